/**
 * Cached entities of one lint run (ARCHITECTURE.md: rules share computed analyses through
 * `ctx.cache` so each extraction runs once per lint).
 */
import type { RuleContext } from '../rules/types';
import type { Span } from '../parse/model';
import { extractDates, type DateEntity } from './dates';
import { extractCitations, type Citation } from './citations';
import { firstEndingAfter } from './spans';

export type { DateEntity } from './dates';
export type { Citation } from './citations';

/** Citations anywhere in the document except the notice's own number line. */
export function getCitations(ctx: Pick<RuleContext, 'model' | 'cache'>): Citation[] {
  const hit = ctx.cache.get('citations') as Citation[] | undefined;
  if (hit) return hit;
  const own = ctx.model.number?.span;
  let list = extractCitations(ctx.model.text);
  // Copied only when a citation is the notice's own number (rarely: no closure call per citation).
  if (own && hasInside(list, own)) list = list.filter((c) => !inside(c.number.span, own));
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
  // The dates come sorted by start, without overlaps (so their ends are sorted too): the few
  // that overlap a skipped span are found by binary search, and the dates of the citations,
  // which come in the same order (each follows its number, and the next "số" comes after it), in
  // one walk; not by a test, a set lookup and a copy per date (profiling, 1 MB notice: ~2 ms).
  const list = extractDates(ctx.model.text);
  for (const s of skip) {
    const from = firstEndingAfter(list, s.start);
    let to = from;
    while (to < list.length && list[to].span.start < s.end) to++;
    if (to > from) list.splice(from, to - from);
  }
  let j = 0;
  for (const c of cites) {
    if (!c.date) continue;
    const at = c.date.span.start;
    while (j < list.length && list[j].span.start < at) j++;
    if (j < list.length && list[j].span.start === at) list[j].inCitation = true;
  }
  ctx.cache.set('dates', list);
  return list;
}

function hasInside(cites: Citation[], own: Span): boolean {
  for (const c of cites) {
    if (inside(c.number.span, own)) return true;
  }
  return false;
}

function inside(a: Span, b: Span): boolean {
  return a.start >= b.start && a.end <= b.end;
}
