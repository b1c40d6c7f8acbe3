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

describe('place rules: the period a message names', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { windowText } = require('../../../server/src/core/rules/place/common') as typeof import('../../../server/src/core/rules/place/common');

  it('ends the day before the window\'s end, across months, years and leap days, also past the memo\'s bound', () => {
    assert.deepStrictEqual(windowText({ from: '2024-02-01', to: '2024-03-01' }), { vi: '1/2/2024–29/2/2024', en: '2024-02-01 to 2024-02-29' });
    assert.deepStrictEqual(windowText({ from: '2025-12-31', to: '2026-01-01' }), { vi: 'ngày 31/12/2025', en: '2025-12-31' });
    // More distinct dates than the memo of "the day before" keeps (4,096): answers stay right.
    const start = Date.UTC(2000, 0, 1);
    for (let k = 0; k < 5000; k++) {
      const from = new Date(start + k * 86400000).toISOString().slice(0, 10);
      const to = new Date(start + (k + 1) * 86400000).toISOString().slice(0, 10);
      assert.strictEqual(windowText({ from, to }).en, from);
    }
  });
});
