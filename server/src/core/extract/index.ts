/**
 * Cached entities of one lint run (ARCHITECTURE.md: rules share computed analyses through
 * `ctx.cache` so each extraction runs once per lint).
 */
import type { RuleContext } from '../rules/types';
import type { Span } from '../parse/model';
import { extractDates, type DateEntity } from './dates';
import { extractCitations, type Citation } from './citations';

export type { DateEntity } from './dates';
export type { Citation } from './citations';

/** Citations anywhere in the document except the notice's own number line. */
export function getCitations(ctx: Pick<RuleContext, 'model' | 'cache'>): Citation[] {
  const hit = ctx.cache.get('citations') as Citation[] | undefined;
  if (hit) return hit;
  const own = ctx.model.number?.span;
  const list = extractCitations(ctx.model.text).filter((c) => !own || !inside(c.number.span, own));
  ctx.cache.set('citations', list);
  return list;
}

/**
 * Dates in the document, outside the issue-date line and the number line (the parser reads
 * those). Dates inside a citation are marked `inCitation` and also hang on the citation.
 */
export function getDates(ctx: Pick<RuleContext, 'model' | 'cache'>): DateEntity[] {
  const hit = ctx.cache.get('dates') as DateEntity[] | undefined;
  if (hit) return hit;
  const skip = [ctx.model.placeDate?.span, ctx.model.number?.span].filter((s): s is Span => !!s);
  const cites = getCitations(ctx);
  // Plain loops, no closure or array per date or citation (profiling, 1 MB notice).
  const list: DateEntity[] = [];
  for (const d of extractDates(ctx.model.text)) {
    if (!overlapsOne(d.span, skip)) list.push(d);
  }
  // A set, not cites.some() per date: dates × citations was quadratic on long documents.
  const citedDateStarts = new Set<number>();
  for (const c of cites) {
    if (c.date) citedDateStarts.add(c.date.span.start);
  }
  for (const d of list) {
    if (citedDateStarts.has(d.span.start)) d.inCitation = true;
  }
  ctx.cache.set('dates', list);
  return list;
}

/** Does `a` overlap one of `spans` (at most two)? */
function overlapsOne(a: Span, spans: Span[]): boolean {
  for (const s of spans) {
    if (a.start < s.end && s.start < a.end) return true;
  }
  return false;
}

function inside(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}
