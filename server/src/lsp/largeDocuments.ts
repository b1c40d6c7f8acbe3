/**
 * Large documents (issue 7, "never in the way"): above 2 MB or 20,000 lines a document is
 * checked with the rules whose cost is one pass over the text — structure, number, recipients,
 * signature, text and the date rules that read only the header. The rules that extract and
 * look up entities across the whole body (agency, place, abbreviation, reference, date/invalid,
 * date/after-issue, date/weekday-mismatch) cost 50–1,400 ms per MB each (npm run bench,
 * scripts/bench/profile-driver.ts) and would keep the server from answering for seconds. The
 * user is told once per document (window/logMessage, the output channel).
 */
import { ALL_RULES } from '../core/rules';
import type { LintOptions } from '../core/lint';
import type { Rule } from '../core/rules/types';

/** Above this many UTF-16 code units a document is large. */
export const LARGE_DOCUMENT_CHARS = 2 * 1024 * 1024;
/** Above this many lines a document is large. */
export const LARGE_DOCUMENT_LINES = 20_000;

const CHEAP_FAMILIES: ReadonlySet<string> = new Set(['structure', 'number', 'recipients', 'signature', 'text']);
const CHEAP_IDS: ReadonlySet<string> = new Set(['date/placeholder', 'date/format', 'date/place-mismatch']);

export function isCheapRule(rule: Rule): boolean {
  return CHEAP_FAMILIES.has(rule.meta.family) || CHEAP_IDS.has(rule.meta.id);
}

/** Counts lines up to `limit + 1` (bounded: stops as soon as the answer is known). */
function moreLinesThan(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++n >= limit) return true;
  return false;
}

export function isLargeDocument(text: string): boolean {
  return text.length > LARGE_DOCUMENT_CHARS || (text.length > LARGE_DOCUMENT_LINES && moreLinesThan(text, LARGE_DOCUMENT_LINES));
}

/** The options for a large document: the same configuration, only the cheap rules. */
export function largeDocumentOptions(base: LintOptions): LintOptions {
  return { ...base, rules: (base.rules ?? ALL_RULES).filter(isCheapRule) };
}

/** The one message per document (window/logMessage). */
export function largeDocumentMessage(uri: string, debounceMs: number): string {
  return (
    `vn-notice: ${uri} is larger than 2 MB or 20,000 lines; checking it ${debounceMs} ms after the last change, ` +
    'with the structure, number, recipients, signature, text and header-date rules only ' +
    '(tài liệu quá lớn: chỉ kiểm tra các quy tắc nhanh; agency, place, abbreviation, reference rules are skipped).'
  );
}
