/**
 * Code actions from lint results (pure, LSP types only): a quick fix for every fix of every
 * finding in the requested range, and `source.fixAll.vn-notice` (ARCHITECTURE.md §7, the
 * vscode-eslint convention) that applies every non-overlapping fix of the whole document.
 */
import type { CodeAction, CodeActionKind, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { fixAll, toOriginalEdits } from '../core/fix';
import type { LintOptions, LintResult } from '../core/lint';
import type { Locale } from '../core/rules/types';
import { SourceText } from '../core/text/source';
import { originalRange, toDiagnostic } from './diagnostics';

export const QUICK_FIX: CodeActionKind = 'quickfix';
export const FIX_ALL_KIND: CodeActionKind = 'source.fixAll.vn-notice';

/** `only` filter of a codeAction request: a kind is wanted if it equals or refines one asked for. */
export function wantsKind(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return kind === QUICK_FIX; // unfiltered requests are for the light bulb
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

/** Identifies the document version edits were computed for, so a stale edit is refused. */
export interface DocRef {
  uri: string;
  version: number;
}

function workspaceEdit(doc: DocRef, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

/** Two LSP ranges touch or overlap (an empty range at a finding's edge counts). */
function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function quickFixes(doc: DocRef, result: LintResult, range: Range, locale: Locale): CodeAction[] {
  const source = result.model.source;
  const actions: CodeAction[] = [];
  for (const f of result.findings) {
    if (f.fixes.length === 0) continue;
    const diagnostic = toDiagnostic(f, source, locale);
    if (!touches(diagnostic.range, range)) continue;
    f.fixes.forEach((fix, i) => {
      const edits = toOriginalEdits(source, fix).map((e) => ({ range: originalRange(source, e), newText: e.newText }));
      actions.push({
        title: fix.title[locale],
        kind: QUICK_FIX,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: workspaceEdit(doc, edits),
      });
    });
  }
  return actions;
}

/** The whole-document fix-all, or undefined when nothing is fixable. */
export function fixAllAction(doc: DocRef, text: string, options: LintOptions, locale: Locale): CodeAction | undefined {
  const { output } = fixAll(text, options);
  if (output === text) return undefined;
  return {
    title: locale === 'en' ? 'Fix all vn-notice problems' : 'Sửa tất cả lỗi vn-notice',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(doc, [minimalEdit(text, output)]),
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * One edit replacing only what changed between two texts (common prefix and suffix kept),
 * so the editor keeps the cursor and undo stays small. Never splits a surrogate pair or a
 * CRLF, so the edit's positions are valid in the editor.
 */
export function minimalEdit(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  while (p > 0 && (isLowSurrogate(before.charCodeAt(p)) || (before.charCodeAt(p) === 10 && before.charCodeAt(p - 1) === 13))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  while (s > 0 && (isLowSurrogate(before.charCodeAt(before.length - s)) || (before.charCodeAt(before.length - s) === 10 && before.charCodeAt(before.length - s - 1) === 13))) s--;
  const source = new SourceText(before);
  return {
    range: { start: source.positionAt(p), end: source.positionAt(before.length - s) },
    newText: after.slice(p, after.length - s),
  };
}
