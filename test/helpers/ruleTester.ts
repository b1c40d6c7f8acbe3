/**
 * Table tests for one rule (ARCHITECTURE.md §5, after eslint's RuleTester): valid texts
 * report nothing; invalid texts report exactly the listed findings (range as the covered
 * text or line/column, message, severity) and, when `output` is given, fixing gives that
 * output and the fixed text no longer reports the rule's fixable findings.
 */
import { strict as assert } from 'assert';
import { fixAll } from '../../server/src/core/fix';
import { lint, type LintOptions } from '../../server/src/core/lint';
import type { Rule, Severity } from '../../server/src/core/rules/types';

export interface ExpectedFinding {
  /** Substring or pattern of the Vietnamese message. */
  message?: string | RegExp;
  /** Substring or pattern of the English message. */
  messageEn?: string | RegExp;
  /** The exact original text the finding's range covers. */
  covers?: string;
  /** 0-based line of the start. */
  line?: number;
  severity?: Severity;
}

export interface ValidCase {
  name?: string;
  text: string;
  options?: Omit<LintOptions, 'rules'>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The text after applying all fixes (omit when the rule offers none for this case). */
  output?: string;
}

/** Shared "today" so undated drafts behave the same on every machine. */
export const TEST_TODAY = new Date(Date.UTC(2026, 10, 24));

function run(rule: Rule, c: ValidCase) {
  return lint(c.text, { today: TEST_TODAY, ...c.options, rules: [rule] });
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual.includes(expected) : expected.test(actual);
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((c, i) => {
      it(`valid ${i + 1}${c.name ? ': ' + c.name : ''}`, () => {
        const r = run(rule, c);
        assert.deepEqual(
          r.findings.map((f) => `${f.ruleId}: ${f.message.vi} [${c.text.slice(f.originalSpan.start, f.originalSpan.end)}]`),
          [],
        );
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${i + 1}${c.name ? ': ' + c.name : ''}`, () => {
        const r = run(rule, c);
        const got = r.findings.map((f) => ({
          message: f.message.vi,
          covers: c.text.slice(f.originalSpan.start, f.originalSpan.end),
        }));
        assert.equal(r.findings.length, c.errors.length, `expected ${c.errors.length} findings, got ${JSON.stringify(got, null, 1)}`);
        c.errors.forEach((e, k) => {
          const f = r.findings[k];
          assert.equal(f.ruleId, rule.meta.id);
          if (e.message !== undefined) assert.ok(matches(f.message.vi, e.message), `message ${k}: ${f.message.vi}`);
          if (e.messageEn !== undefined) assert.ok(matches(f.message.en, e.messageEn), `English message ${k}: ${f.message.en}`);
          assert.ok(f.message.vi.length > 0 && f.message.en.length > 0, 'both languages');
          if (e.covers !== undefined) assert.equal(c.text.slice(f.originalSpan.start, f.originalSpan.end), e.covers, `range ${k}`);
          if (e.line !== undefined) assert.equal(r.model.source.positionAt(f.originalSpan.start).line, e.line, `line ${k}`);
          if (e.severity !== undefined) assert.equal(f.severity, e.severity, `severity ${k}`);
        });
        if (c.output !== undefined) {
          const fixed = fixAll(c.text, { today: TEST_TODAY, ...c.options, rules: [rule] });
          assert.equal(fixed.output, c.output);
          const again = run(rule, { ...c, text: fixed.output });
          assert.equal(again.findings.filter((f) => f.fixes.length > 0).length, 0, 'the fixed text must not need the fix again');
        } else {
          assert.ok(r.findings.every((f) => f.fixes.length === 0), 'a fix was offered but no output given');
        }
      });
    });
  });
}
