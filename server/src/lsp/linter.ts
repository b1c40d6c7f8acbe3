/**
 * Lints open documents and publishes their diagnostics: debounced per document, the newest
 * version always wins, and a result is published only if the document is still at the
 * version that was linted (never a stale result). One lint failing (a rule throwing) is
 * logged and publishes nothing new for that document; it never takes the server down.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeNotice } from '../core/detect';
import { lint, type LintOptions, type LintResult } from '../core/lint';
import type { Locale } from '../core/rules/types';
import { binaryDocumentDiagnostic, looksBinary, toDiagnostics } from '../features/diagnostics';
import { LARGE_DOCUMENT_CHARS, isLargeDocument, largeDocumentMessage, largeDocumentOptions } from './largeDocuments';
import type { ServerSettings } from './settings';

/** Above this size a document is linted with a longer delay and the cheap rules only (largeDocuments.ts). */
export { LARGE_DOCUMENT_CHARS };
const LARGE_DOCUMENT_DEBOUNCE_MS = 1500;

export interface LinterEnv {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settings(): ServerSettings;
  locale(): Locale;
  lintOptions(): LintOptions;
  /**
   * Called after each publish: the findings of a checked notice, or undefined when the
   * document is not (or no longer) checked. The server sends the reviewer's verdict from it.
   */
  onPublished?(uri: string, result: LintResult | undefined): void;
}

export type DocumentKind = 'notice' | 'binary' | 'skip';

export class DocumentLinter {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Last lint result per document, for code actions on the same version. */
  private readonly cache = new Map<string, { version: number; result: LintResult }>();
  /** Documents that currently have diagnostics from us (so a skipped one gets cleared). */
  private readonly published = new Set<string>();
  private readonly largeLogged = new Set<string>();

  constructor(private readonly env: LinterEnv) {}

  /** Which documents are checked (PRODUCT.md: vn-notice always; .md/.txt behind settings). */
  kindOf(doc: TextDocument): DocumentKind {
    const s = this.env.settings();
    const text = doc.getText();
    if (looksBinary(text)) return doc.languageId === 'vn-notice' ? 'binary' : 'skip';
    if (doc.languageId === 'vn-notice') return 'notice';
    if (doc.languageId === 'markdown' && s.checkMarkdown) return looksLikeNotice(text) ? 'notice' : 'skip';
    if (doc.languageId === 'plaintext' && s.checkPlainText) return looksLikeNotice(text) ? 'notice' : 'skip';
    return 'skip';
  }

  /** Lints after the debounce delay; `immediate` for a newly opened document. */
  schedule(doc: TextDocument, immediate = false): void {
    const uri = doc.uri;
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    let delay = immediate ? 0 : this.env.settings().debounceMs;
    if (isLargeDocument(doc.getText())) {
      delay = Math.max(delay, LARGE_DOCUMENT_DEBOUNCE_MS);
      if (!this.largeLogged.has(uri)) {
        this.largeLogged.add(uri);
        this.env.connection.console.log(largeDocumentMessage(uri, LARGE_DOCUMENT_DEBOUNCE_MS));
      }
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, delay),
    );
  }

  /** Relints every document (settings changed): cached results no longer hold. */
  scheduleAll(): void {
    this.cache.clear();
    for (const doc of this.env.documents.all()) this.schedule(doc, true);
  }

  close(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.cache.delete(uri);
    this.largeLogged.delete(uri);
    if (this.published.delete(uri)) void this.env.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.env.onPublished?.(uri, undefined);
  }

  /** The lint result of the document's current version (linting now if none is cached). */
  resultFor(doc: TextDocument): LintResult | undefined {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.result;
    // A large document is checked only by its scheduled run, never inside a request (it would
    // hold the request for as long as the check takes): its quick fixes come with its diagnostics.
    if (this.kindOf(doc) !== 'notice' || isLargeDocument(doc.getText())) return undefined;
    return this.lintSafely(doc);
  }

  private run(uri: string): void {
    const doc = this.env.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const kind = this.kindOf(doc);
    if (kind === 'skip') {
      this.cache.delete(uri);
      if (this.published.delete(uri)) {
        this.publish(uri, version, []);
        this.env.onPublished?.(uri, undefined);
      }
      return;
    }
    if (kind === 'binary') {
      this.publish(uri, version, [binaryDocumentDiagnostic(this.env.locale())]);
      this.env.onPublished?.(uri, undefined);
      return;
    }
    // A hover or completion on this version may already have linted it: reuse that result.
    const hit = this.cache.get(uri);
    const result = hit && hit.version === version ? hit.result : this.lintSafely(doc);
    if (!result) return;
    // The newest version wins: if the document moved on while we linted, drop this result
    // (its own scheduled lint will publish).
    if (this.env.documents.get(uri)?.version !== version) return;
    this.publish(uri, version, toDiagnostics(result.findings, result.model.source, this.env.locale()));
    this.env.onPublished?.(uri, result);
  }

  private lintSafely(doc: TextDocument): LintResult | undefined {
    try {
      const text = doc.getText();
      const options = this.env.lintOptions();
      const result = lint(text, isLargeDocument(text) ? largeDocumentOptions(options) : options);
      this.cache.set(doc.uri, { version: doc.version, result });
      return result;
    } catch (err) {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      this.env.connection.console.error(`vn-notice: checking ${doc.uri} failed: ${detail}`);
      return undefined;
    }
  }

  private publish(uri: string, version: number, diagnostics: Diagnostic[]): void {
    this.published.add(uri);
    void this.env.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
