/** Small helpers shared by rules: ranges of lines, insertion points, line breaks. */
import type { Component, Line, NoticeModel, Span } from '../parse/model';
import type { TextEdit } from './types';

/** The line break the document uses (CRLF documents get CRLF insertions). */
export function eol(model: NoticeModel): string {
  return /\r\n/.test(model.text.slice(0, 2000)) ? '\r\n' : '\n';
}

/** Range of a line's content; callers pass a line with content (a blank one has no range to show). */
export function lineSpan(line: Line): Span {
  return { start: line.contentStart, end: line.contentEnd };
}

/** Range of the first non-blank line (where "missing …" findings are shown), or [0, 0]. */
export function firstContentSpan(model: NoticeModel): Span {
  const l = model.lines.find((x) => !x.blank);
  return l ? lineSpan(l) : { start: 0, end: 0 };
}

/**
 * Where to insert a component that belongs after the header (title, number …): after the
 * last header component found, else at the top. `prefix`/`suffix` carry the line breaks.
 */
export function insertionPointAfterHeader(model: NoticeModel): { offset: number; prefix: string; suffix: string; anchor: Span } {
  const nl = eol(model);
  const h = model.header;
  const comps = [h.nationalTitle, h.motto, h.superior, h.issuer, model.number, model.placeDate].filter((c) => !!c);
  if (comps.length === 0) {
    return { offset: 0, prefix: '', suffix: nl + nl, anchor: firstContentSpan(model) };
  }
  const lastLine = Math.max(...comps.map((c) => c!.lines[c!.lines.length - 1]));
  const line = model.lines[lastLine];
  return { offset: line.end, prefix: nl + nl, suffix: '', anchor: lineSpan(line) };
}

/** The text of a span. */
export function textOf(model: NoticeModel, span: Span): string {
  return model.text.slice(span.start, span.end);
}

/**
 * Where a missing header line goes: just before or after a neighbouring component on the same
 * two-column row (Số before the place/date line, the place/date line after Số), else after
 * the header. Returns the insertion and the range the finding is shown on.
 */
export function insertHeaderLine(
  model: NoticeModel,
  line: string,
  neighbour: { component: Component | undefined; side: 'before' | 'after' },
): { edit: TextEdit; anchor: Span } {
  const nl = eol(model);
  const c = neighbour.component;
  if (c && neighbour.side === 'before') {
    const at = model.lines[c.lines[0]].start;
    return { edit: { start: at, end: at, newText: line + nl + nl }, anchor: c.span };
  }
  if (c) {
    const at = model.lines[c.lines[c.lines.length - 1]].end;
    return { edit: { start: at, end: at, newText: nl + nl + line }, anchor: c.span };
  }
  const at = insertionPointAfterHeader(model);
  return { edit: { start: at.offset, end: at.offset, newText: at.prefix + line + at.suffix }, anchor: at.anchor };
}
