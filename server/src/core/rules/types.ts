/**
 * The rule API (ARCHITECTURE.md §2–4): one file per rule with its metadata inside it; a
 * rule reads the NoticeModel and reports findings; fixes are data (text edits on offsets).
 */
import type { NoticeModel, Span } from '../parse/model';
import type { DateWindow } from '../domain/dates';
import type { ReferenceData } from '../data/reference';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A message in both UI languages: Vietnamese (default) and English. */
export interface Msg {
  vi: string;
  en: string;
}

export type Locale = 'vi' | 'en';

export function msg(vi: string, en: string): Msg {
  return { vi, en };
}

/** A replacement of the view range [start, end) by newText. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Msg;
  edits: TextEdit[];
}

export type RuleFamily =
  | 'structure'
  | 'number'
  | 'date'
  | 'reference'
  | 'agency'
  | 'abbreviation'
  | 'place'
  | 'recipients'
  | 'signature'
  | 'text';

export interface RuleMeta {
  /** `family/name`, a public interface (RULES.md). */
  id: string;
  family: RuleFamily;
  defaultSeverity: Severity;
  /** A rule that is not fixable must not return fixes: the engine throws if it does. */
  fixable: boolean;
  description: Msg;
  /** The legal basis, when there is one ("NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3"). */
  legalBasis?: Msg;
  /** The rule needs the reference data (gazetteer, agency registry). */
  needsReferenceData?: boolean;
}

export interface Report {
  start: number;
  end: number;
  message: Msg;
  /** Candidate fixes, best first. Only for rules declared fixable. */
  fixes?: Fix[];
  /** Overrides the configured severity for this one finding (e.g. a hint for a blank). */
  severity?: Severity;
}

export interface RuleContext {
  model: NoticeModel;
  /** The document's date as a window: a full date, a partial one, or today if undated. */
  docDate: DateWindow;
  /** Where docDate came from: the place/date line, or today's date for an undated draft. */
  docDateSource: 'document' | 'today';
  /** Rule options from config (rule-specific, may be empty). */
  options: Record<string, unknown>;
  /** Reference data providers (gazetteer, agencies); absent in minimal runs. */
  data?: ReferenceData;
  /** Shared, lazily computed analyses (entities) so rules do not extract twice. */
  cache: Map<string, unknown>;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

/** A finding as the engine returns it, ranges in the view and in the user's text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: Msg;
  /** View offsets. */
  span: Span;
  /** Offsets in the original text. */
  originalSpan: Span;
  fixes: Fix[];
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Where the docs pages live (rendered by the repository host). */
export const DOCS_BASE = 'https://github.com/vn-notice/vn-notice/blob/main/docs/rules/';
