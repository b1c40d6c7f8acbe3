/**
 * The engine's contract with rules (ARCHITECTURE.md §3: metadata and results are enforced,
 * not trusted): ranges are clamped to the text, invalid fixes are refused, and fix-all never
 * counts or repeats a fix that changes nothing.
 */
import { strict as assert } from 'assert';
import { applyEdits, fixAll } from '../../../server/src/core/fix';
import { RuleContractError, lint } from '../../../server/src/core/lint';
import { msg, type Report, type Rule } from '../../../server/src/core/rules/types';

/** A rule that reports exactly what it is given. */
function reporting(report: Report): Rule {
  return {
    meta: { id: 'text/test-double', family: 'text', defaultSeverity: 'hint', fixable: true, description: msg('x', 'x') },
    check(ctx) {
      ctx.report(report);
    },
  };
}

describe('engine: results of a rule are checked', () => {
  it('a range outside the text is clamped to it, a non-finite offset to the start', () => {
    const r = lint('abc', { rules: [reporting({ start: Number.NaN, end: 99, message: msg('x', 'x') })] });
    assert.deepEqual(r.findings.map((f) => [f.span, f.originalSpan]), [[{ start: 0, end: 3 }, { start: 0, end: 3 }]]);
  });

  it('a fix whose edits overlap is refused', () => {
    const edits = [{ start: 0, end: 2, newText: 'x' }, { start: 1, end: 3, newText: 'y' }];
    const liar = reporting({ start: 0, end: 3, message: msg('x', 'x'), fixes: [{ title: msg('x', 'x'), edits }] });
    assert.throws(() => lint('abc', { rules: [liar] }), (e: Error) => e instanceof RuleContractError && /invalid or overlapping edit/.test(e.message));
  });

  it('fix-all stops at a fix that changes nothing and does not count it', () => {
    const noop = reporting({ start: 0, end: 1, message: msg('x', 'x'), fixes: [{ title: msg('x', 'x'), edits: [{ start: 0, end: 1, newText: 'a' }] }] });
    assert.deepEqual(fixAll('abc', { rules: [noop] }), { output: 'abc', passes: 0, applied: 0 });
  });
});

describe('engine: applyEdits', () => {
  it('applies edits given in any order', () => {
    assert.equal(applyEdits('abcd', [{ start: 3, end: 4, newText: 'D' }, { start: 0, end: 1, newText: 'A' }]), 'AbcD');
  });

  it('refuses overlapping edits', () => {
    assert.throws(() => applyEdits('abcd', [{ start: 0, end: 2, newText: 'x' }, { start: 1, end: 3, newText: 'y' }]), /overlapping edits/);
  });
});
