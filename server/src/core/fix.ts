/**
 * Fixes are data (ARCHITECTURE.md §4): edits on view offsets, mapped to the user's text and
 * applied the same way by the CLI, the server and the tests.
 */
import { lint, type LintOptions } from './lint';
import type { Finding, Fix, TextEdit } from './rules/types';
import type { SourceText } from './text/source';

/** Edits of a fix in offsets of the original text. */
export function toOriginalEdits(source: SourceText, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ start: source.toOriginal(e.start), end: source.toOriginal(e.end), newText: e.newText }));
}

/** Applies non-overlapping edits (original offsets). Throws on overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error('overlapping edits');
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Picks the preferred fix of each finding, skipping any that overlaps one already taken
 * (the next pass picks it up). Returns original-text edits.
 */
export function selectFixes(source: SourceText, findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix) continue;
    const edits = toOriginalEdits(source, fix);
    const clash = edits.some((e) => taken.some((t) => overlapsEdit(e, t)));
    if (!clash) taken.push(...edits);
  }
  return taken;
}

function overlapsEdit(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point also clash: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

export interface FixAllResult {
  output: string;
  passes: number;
  applied: number;
}

/** Applies all fixes, re-lints and repeats until nothing changes (at most maxPasses). */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  for (; passes < maxPasses; passes++) {
    const result = lint(current, options);
    const edits = selectFixes(result.model.source, result.findings);
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += edits.length;
    current = next;
  }
  return { output: current, passes, applied };
}
