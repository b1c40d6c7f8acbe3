/**
 * Wiring of the editor features (issue "Editor experience") to the connection: completion,
 * hover, outline, folding, go to definition, semantic tokens, the insert-place/date command,
 * the review report request and the verdict notification. Each handler only looks up the
 * document and its cached lint result (DocumentLinter, one per version) and calls a pure
 * feature in server/src/features/; a failing feature is logged and answers "nothing".
 */
import {
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type Location,
  type SemanticTokens,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReferenceData } from '../core/data/reference';
import type { LintResult } from '../core/lint';
import type { Locale } from '../core/rules/types';
import { completions } from '../features/completion';
import { citationDefinition } from '../features/definition';
import { foldingRanges } from '../features/folding';
import { hover } from '../features/hover';
import { placeDateEdit } from '../features/placeDateEdit';
import { reviewReport, verdictOf } from '../features/review';
import { SEMANTIC_LEGEND, semanticTokensData } from '../features/semanticTokens';
import { documentSymbols } from '../features/symbols';
import type { DocumentLinter } from './linter';
import {
  INSERT_PLACE_DATE_COMMAND,
  REVIEW_REPORT_REQUEST,
  VERDICT_NOTIFICATION,
  type InsertPlaceDateArgs,
  type ReviewReportParams,
  type ReviewReportResult,
  type VerdictParams,
} from './protocol';

export interface FeatureEnv {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  linter: DocumentLinter;
  data: ReferenceData;
  locale(): Locale;
  /** "Today" for the generated place/date line and undated drafts. */
  today(): Date;
}

/** Completion triggers: after a word (space), in numbers ("/", "-") and after "Số:" / "xã:". */
export const COMPLETION_TRIGGERS = [' ', '/', '-', ':'];

export function featureCapabilities(): Partial<ServerCapabilities> {
  return {
    completionProvider: { triggerCharacters: COMPLETION_TRIGGERS, resolveProvider: false },
    hoverProvider: true,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    definitionProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: false },
    executeCommandProvider: { commands: [INSERT_PLACE_DATE_COMMAND] },
  };
}

/** The verdict notification for a publish (not checked → the client hides the verdict). */
export function verdictParams(uri: string, result: LintResult | undefined, locale: Locale): VerdictParams {
  if (!result) return { uri, checked: false, ready: false, errors: 0, warnings: 0, infos: 0, hints: 0, label: '' };
  const v = verdictOf(result.findings, locale);
  return { uri, checked: true, ready: v.ready, errors: v.errors, warnings: v.warnings, infos: v.infos, hints: v.hints, label: v.label };
}

/** "file:///a/b/Thông%20báo.tb.md" → "Thông báo.tb.md". */
export function fileNameOf(uri: string): string {
  const last = uri.split(/[/\\]/).pop() || uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function registerFeatures(env: FeatureEnv): void {
  const { connection, documents, linter, data } = env;

  /** The document and its lint result for this version (cached by the linter), or undefined. */
  const current = (uri: string): { doc: TextDocument; result: LintResult } | undefined => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const result = linter.resultFor(doc);
    return result ? { doc, result } : undefined;
  };

  /** Runs one feature; a bug in it is logged and the request answers `fallback`. */
  const guarded = <T>(what: string, uri: string, fallback: T, f: () => T): T => {
    try {
      return f();
    } catch (err) {
      connection.console.error(`vn-notice: ${what} for ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };

  connection.onCompletion((p): CompletionItem[] =>
    guarded('completion', p.textDocument.uri, [], () => {
      const c = current(p.textDocument.uri);
      if (!c) return [];
      const { model, docDate } = c.result;
      return completions({ model, offset: c.doc.offsetAt(p.position), docDate, data, today: env.today() });
    }),
  );

  connection.onHover((p): Hover | null =>
    guarded('hover', p.textDocument.uri, null, () => {
      const c = current(p.textDocument.uri);
      if (!c) return null;
      const { model, docDate, findings } = c.result;
      return hover({ model, offset: c.doc.offsetAt(p.position), findings, docDate, data, locale: env.locale() }) ?? null;
    }),
  );

  connection.onDocumentSymbol((p): DocumentSymbol[] =>
    guarded('outline', p.textDocument.uri, [], () => {
      const c = current(p.textDocument.uri);
      return c ? documentSymbols(c.result.model) : [];
    }),
  );

  connection.onFoldingRanges((p): FoldingRange[] =>
    guarded('folding', p.textDocument.uri, [], () => {
      const c = current(p.textDocument.uri);
      return c ? foldingRanges(c.result.model) : [];
    }),
  );

  connection.onDefinition((p): Location | null =>
    guarded('definition', p.textDocument.uri, null, () => {
      const c = current(p.textDocument.uri);
      return c ? (citationDefinition(c.result.model, c.doc.offsetAt(p.position), c.doc.uri) ?? null) : null;
    }),
  );

  connection.languages.semanticTokens.on((p): SemanticTokens =>
    guarded('semantic tokens', p.textDocument.uri, { data: [] }, () => {
      const c = current(p.textDocument.uri);
      if (!c) return { data: [] };
      const { model, docDate } = c.result;
      return { data: semanticTokensData({ model, docDate, data }) };
    }),
  );

  connection.onRequest(REVIEW_REPORT_REQUEST, (p: ReviewReportParams): ReviewReportResult | null =>
    guarded('review report', p?.uri ?? '', null, () => {
      const c = p?.uri ? current(p.uri) : undefined;
      if (!c) return null;
      const fileName = fileNameOf(c.doc.uri);
      return { fileName, markdown: reviewReport(c.result, fileName, env.locale()) };
    }),
  );

  connection.onExecuteCommand(async (p) => {
    if (p.command !== INSERT_PLACE_DATE_COMMAND) return null;
    const args = (p.arguments?.[0] ?? {}) as Partial<InsertPlaceDateArgs>;
    const c = typeof args.uri === 'string' ? current(args.uri) : undefined;
    if (!c) return false;
    const r = guarded('insert place/date', c.doc.uri, undefined, () => placeDateEdit(c.result.model, env.today(), args.position));
    if (!r) return false;
    if ('error' in r) {
      void connection.window.showWarningMessage(r.error[env.locale()]);
      return false;
    }
    const label = env.locale() === 'en' ? 'Insert place and date' : 'Chèn địa danh và thời gian';
    const applied = await connection.workspace.applyEdit({
      label,
      edit: { documentChanges: [{ textDocument: { uri: c.doc.uri, version: c.doc.version }, edits: [r.edit] }] },
    });
    return applied.applied;
  });
}

/** Sends the verdict of a document with its publish. */
export function sendVerdict(connection: Connection, uri: string, result: LintResult | undefined, locale: Locale): void {
  void connection.sendNotification(VERDICT_NOTIFICATION, verdictParams(uri, result, locale));
}
