/** View offsets of the model → LSP ranges in the user's text. */
import type { Range } from 'vscode-languageserver-types';
import type { NoticeModel, Span } from '../core/parse/model';

export function rangeOf(model: NoticeModel, span: Span): Range {
  const s = model.source;
  return { start: s.positionAt(s.toOriginal(span.start)), end: s.positionAt(s.toOriginal(span.end)) };
}

/** Range of whole lines first..last (content of the last line included). */
export function lineRange(model: NoticeModel, first: number, last: number): Range {
  return rangeOf(model, { start: model.lines[first].start, end: model.lines[last].end });
}
