/**
 * "Go to" from a citation to its first occurrence in the same document: a long notice cites
 * "Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh" once in full and later by number.
 */
import type { Location } from 'vscode-languageserver-types';
import { extractCitations } from '../core/extract/citations';
import type { NoticeModel, Span } from '../core/parse/model';
import { rangeOf } from './positions';

interface Occurrence {
  key: string;
  span: Span;
}

function occurrences(model: NoticeModel): Occurrence[] {
  const out: Occurrence[] = [];
  for (const line of model.lines) {
    if (line.blank) continue;
    for (const c of extractCitations(model.text.slice(line.start, line.end))) {
      out.push({ key: c.normalized, span: { start: line.start + c.number.span.start, end: line.start + c.number.span.end } });
    }
  }
  return out;
}

/** The first occurrence of the cited number under the cursor, when the cursor is on a later one. */
export function citationDefinition(model: NoticeModel, offset: number, uri: string): Location | undefined {
  const v = model.source.toView(offset);
  const all = occurrences(model);
  const here = all.find((o) => o.span.start <= v && v <= o.span.end);
  if (!here) return undefined;
  const first = all.find((o) => o.key === here.key);
  if (!first || first === here) return undefined;
  return { uri, range: rangeOf(model, first.span) };
}
