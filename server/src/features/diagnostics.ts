/**
 * Finding → LSP Diagnostic. Pure: LSP *types* only (erased at build time), so the mapping
 * is unit-testable without a connection. PRODUCT.md "Interfaces that others rely on":
 * source = "vn-notice", code = rule id, codeDescription.href = the rule's docs page.
 */
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import type { Finding, Locale, Severity } from '../core/rules/types';
import { docsUrl } from '../core/rules/types';
import type { Span } from '../core/parse/model';
import type { SourceText } from '../core/text/source';

export const DIAGNOSTIC_SOURCE = 'vn-notice';

// Literal values of DiagnosticSeverity (LSP 3.17 §Diagnostic), so no runtime import is needed.
const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

export function toSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/** Range of a span of the ORIGINAL text (the document as the editor holds it). */
export function originalRange(source: SourceText, span: Span): Range {
  return { start: source.positionAt(span.start), end: source.positionAt(span.end) };
}

export function toDiagnostic(f: Finding, source: SourceText, locale: Locale): Diagnostic {
  return {
    range: originalRange(source, f.originalSpan),
    severity: toSeverity(f.severity),
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    codeDescription: { href: docsUrl(f.ruleId) },
    message: f.message[locale],
  };
}

export function toDiagnostics(findings: readonly Finding[], source: SourceText, locale: Locale): Diagnostic[] {
  return findings.map((f) => toDiagnostic(f, source, locale));
}

/** The one diagnostic a binary document gets instead of a lint (it is not a text notice). */
export function binaryDocumentDiagnostic(locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    source: DIAGNOSTIC_SOURCE,
    message:
      locale === 'en'
        ? 'This file is binary, not a text notice: it was not checked.'
        : 'Tệp này là tệp nhị phân, không phải văn bản thông báo: không kiểm tra.',
  };
}

/** NUL bytes in the first 8 KB: the same test git uses to call a file binary. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
