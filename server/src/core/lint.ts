/**
 * lint: text → findings. Parses once, runs every enabled rule, maps ranges back to the
 * user's text. Pure: no I/O, no editor types (ARCHITECTURE.md §1).
 */
import { resolveRule, type NoticeConfig } from './config/config';
import type { ReferenceData } from './data/reference';
import { todayWindow, windowOf, type DateWindow } from './domain/dates';
import type { NoticeModel } from './parse/model';
import { parseNotice } from './parse/parser';
import { ALL_RULES } from './rules';
import type { Finding, Fix, Report, Rule, RuleContext } from './rules/types';
import { SourceText } from './text/source';

export interface LintOptions {
  config?: NoticeConfig;
  /** Rules to run (default: the whole registry). */
  rules?: readonly Rule[];
  data?: ReferenceData;
  /** "Today" for undated drafts; injectable for reproducible tests. */
  today?: Date;
}

export interface LintResult {
  model: NoticeModel;
  findings: Finding[];
  docDate: DateWindow;
  docDateSource: 'document' | 'today';
}

/** The document's date window (PRODUCT.md capability 4). */
export function documentDate(model: NoticeModel, today?: Date): { window: DateWindow; source: 'document' | 'today' } {
  const pd = model.placeDate;
  const w = pd && windowOf(pd.year?.value, pd.month?.value, pd.day?.value);
  if (w) return { window: w, source: 'document' };
  return { window: todayWindow(today), source: 'today' };
}

export class RuleContractError extends Error {}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const source = new SourceText(text);
  const model = parseNotice(source);
  const { window: docDate, source: docDateSource } = documentDate(model, options.today);
  const cache = new Map<string, unknown>();
  const findings: Finding[] = [];
  const textLength = model.text.length;
  for (const rule of options.rules ?? ALL_RULES) {
    const resolved = resolveRule(options.config, rule.meta.id, rule.meta.defaultSeverity);
    if (!resolved.enabled) continue;
    if (rule.meta.needsReferenceData && !options.data) continue;
    const report = (r: Report): void => {
      if (r.fixes && r.fixes.length && !rule.meta.fixable) {
        // ARCHITECTURE.md §3: metadata is enforced, not trusted.
        throw new RuleContractError(`rule ${rule.meta.id} returned a fix but is not declared fixable`);
      }
      const start = clamp(r.start, 0, textLength);
      const end = clamp(r.end, start, textLength);
      findings.push({
        ruleId: rule.meta.id,
        severity: r.severity ?? resolved.severity,
        message: r.message,
        span: { start, end },
        originalSpan: { start: source.toOriginal(start), end: source.toOriginal(end) },
        fixes: (r.fixes ?? []).map((f) => checkFix(rule, f, textLength)),
      });
    };
    const ctx: RuleContext = { model, docDate, docDateSource, options: resolved.options, data: options.data, cache, report };
    rule.check(ctx);
  }
  // Rule ids are ASCII: code-unit order is their order, without the collator localeCompare
  // calls for every tie (profiling, samples).
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { model, findings, docDate, docDateSource };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Number.isFinite(n) ? n : lo));
}

function checkFix(rule: Rule, fix: Fix, textLength: number): Fix {
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < 0 || e.end < e.start || e.end > textLength || (i > 0 && edits[i - 1].end > e.start)) {
      throw new RuleContractError(`rule ${rule.meta.id} returned an invalid or overlapping edit`);
    }
  }
  return { title: fix.title, edits };
}
