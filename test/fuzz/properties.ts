/**
 * The properties the core must keep on any input ("never in the way", issue 7). Each check
 * throws an AssertionError describing the first violation; the mocha suite and
 * `scripts/fuzz.ts` run the same checks.
 */
import * as assert from 'assert';
import { loadReferenceData } from '../../server/src/core/data/load';
import { applyEdits, fixAll, selectFixes, toOriginalEdits } from '../../server/src/core/fix';
import { lint, type LintOptions } from '../../server/src/core/lint';
import type { Finding, TextEdit } from '../../server/src/core/rules/types';
import { SourceText } from '../../server/src/core/text/source';

/** Reference data on (so the data rules run) and a fixed "today". */
export const FUZZ_OPTIONS: LintOptions = { data: loadReferenceData(), today: new Date(Date.UTC(2025, 8, 15)) };

/** Rules whose findings depend on the encoding itself, so NFD and NFC legitimately differ. */
const ENCODING_RULES = new Set(['text/unicode-normalization']);

function describeFinding(f: Finding): string {
  return `${f.ruleId} span=[${f.span.start},${f.span.end}) original=[${f.originalSpan.start},${f.originalSpan.end})`;
}

/** 1 + 2: lint does not throw; every span lies in the document; every fix is well-formed. */
export function checkLintBounds(text: string, options: LintOptions = FUZZ_OPTIONS): void {
  const result = lint(text, options);
  const source = result.model.source;
  const viewLen = source.text.length;
  const origLen = text.length;
  for (const f of result.findings) {
    const d = describeFinding(f);
    assert.ok(Number.isInteger(f.span.start) && Number.isInteger(f.span.end), `non-integer span: ${d}`);
    assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= viewLen, `span outside the view (length ${viewLen}): ${d}`);
    assert.ok(0 <= f.originalSpan.start && f.originalSpan.start <= f.originalSpan.end && f.originalSpan.end <= origLen, `originalSpan outside the text (length ${origLen}): ${d}`);
    for (const fix of f.fixes) {
      checkEdits(fix.edits, viewLen, `${d} fix "${fix.title.en}" (view)`);
      checkEdits(toOriginalEdits(source, fix), origLen, `${d} fix "${fix.title.en}" (original)`);
    }
  }
}

function checkEdits(edits: readonly TextEdit[], len: number, what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end) && typeof e.newText === 'string', `malformed edit in ${what}`);
    assert.ok(0 <= e.start && e.start <= e.end && e.end <= len, `edit [${e.start},${e.end}) out of bounds (length ${len}) in ${what}`);
    if (i > 0) {
      const p = sorted[i - 1];
      assert.ok(p.end <= e.start, `overlapping edits [${p.start},${p.end}) and [${e.start},${e.end}) in ${what}`);
      assert.ok(!(p.start === p.end && e.start === e.end && p.start === e.start), `two insertions at ${e.start} in ${what}`);
    }
  }
}

/** 3: fixAll is idempotent: fixing the fixed text changes nothing. */
export function checkFixAllIdempotent(text: string, options: LintOptions = FUZZ_OPTIONS): void {
  const once = fixAll(text, options).output;
  const twice = fixAll(once, options);
  if (twice.output !== once) {
    const at = firstDifference(once, twice.output);
    assert.fail(
      `fixAll is not idempotent: a second fixAll applied ${twice.applied} edit(s) in ${twice.passes} pass(es); ` +
        `first difference at ${at}: ${JSON.stringify(once.slice(Math.max(0, at - 20), at + 20))} → ${JSON.stringify(twice.output.slice(Math.max(0, at - 20), at + 20))}; ` +
        `remaining findings with fixes: ${lint(once, options).findings.filter((f) => f.fixes.length).map((f) => f.ruleId).join(', ')}`,
    );
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * 4: one pass of selectFixes + applyEdits keeps every character outside the edited ranges,
 * in order, and each edit's original range covers exactly what the rule saw in the view
 * (after NFC), so a fix never eats a character the rule did not target.
 */
export function checkFixPreservesText(text: string, options: LintOptions = FUZZ_OPTIONS): void {
  const result = lint(text, options);
  const source = result.model.source;
  const edits = selectFixes(source, result.findings);
  checkEdits(edits, text.length, 'selectFixes');
  // Each selected edit maps a view range to an original range holding the same text.
  for (const f of result.findings) {
    const fix = f.fixes[0];
    if (!fix) continue;
    for (const e of fix.edits) {
      const os = source.toOriginal(e.start);
      const oe = source.toOriginal(e.end);
      const viewText = source.text.slice(e.start, e.end);
      const origText = text.slice(os, oe).normalize('NFC');
      assert.strictEqual(origText, viewText.normalize('NFC'), `${f.ruleId}: edit view [${e.start},${e.end}) maps to original [${os},${oe}) with different text`);
    }
  }
  const out = applyEdits(text, edits);
  // Walk the output: kept text, replacement, kept text … must reproduce it exactly.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  let at = 0;
  for (const e of sorted) {
    const kept = text.slice(pos, e.start);
    assert.strictEqual(out.slice(at, at + kept.length), kept, `text before edit [${e.start},${e.end}) was not preserved`);
    at += kept.length;
    assert.strictEqual(out.slice(at, at + e.newText.length), e.newText, `edit [${e.start},${e.end}) not applied as given`);
    at += e.newText.length;
    pos = e.end;
  }
  assert.strictEqual(out.slice(at), text.slice(pos), 'text after the last edit was not preserved');
  assert.strictEqual(out.length, at + text.length - pos, 'output has extra characters');
}

/**
 * 5: NFD text gets the same findings as its NFC form: same rule ids over the same covered
 * text (compared after NFC), except the rules about the encoding itself.
 */
export function checkNfdEquivalence(text: string, options: LintOptions = FUZZ_OPTIONS): void {
  const nfc = text.normalize('NFC');
  const nfd = text.normalize('NFD');
  if (nfc === nfd) return;
  const key = (t: string): string[] =>
    lint(t, options)
      .findings.filter((f) => !ENCODING_RULES.has(f.ruleId))
      .map((f) => `${f.ruleId} ${JSON.stringify(t.slice(f.originalSpan.start, f.originalSpan.end).normalize('NFC'))}`)
      .sort();
  const a = key(nfc);
  const b = key(nfd);
  if (a.join('\n') !== b.join('\n')) {
    const onlyNfc = a.filter((x) => !b.includes(x));
    const onlyNfd = b.filter((x) => !a.includes(x));
    assert.fail(`NFD and NFC findings differ.\n  only in NFC: ${onlyNfc.join(' | ') || '—'}\n  only in NFD: ${onlyNfd.join(' | ') || '—'}`);
  }
}

export interface PropertyDef {
  name: string;
  check: (text: string) => void;
}

export const PROPERTIES: PropertyDef[] = [
  { name: 'lint never throws; spans and fixes stay inside the document', check: (t) => checkLintBounds(t) },
  { name: 'fixAll is idempotent', check: (t) => checkFixAllIdempotent(t) },
  { name: 'one fix pass keeps every character outside the edited ranges', check: (t) => checkFixPreservesText(t) },
  { name: 'NFD text gets the same findings as its NFC form', check: (t) => checkNfdEquivalence(t) },
];

/** SourceText invariants used by the properties above, checked directly. */
export function checkSourceMapping(text: string): void {
  const s = new SourceText(text);
  const v = s.text;
  assert.strictEqual(v, text.replace(/^\ufeff/, '').normalize('NFC'), 'the view must be the NFC of the text (BOM dropped)');
  assert.strictEqual(s.toOriginal(0) <= s.toOriginal(v.length), true);
  assert.strictEqual(s.toOriginal(v.length), text.length, 'end of view must map to end of text');
  let prev = -1;
  for (let i = 0; i <= v.length; i++) {
    const o = s.toOriginal(i);
    assert.ok(o >= prev && o <= text.length, `toOriginal not monotone at ${i}`);
    prev = o;
  }
}
