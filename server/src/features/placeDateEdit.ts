/**
 * The edit of the "insert place/date" command (issue "Editor experience": the place/date line
 * is generated, not typed). "<place of the issuer>, ngày DD tháng MM năm YYYY" for today
 * (NĐ 30/2020, Phụ lục I, mục II.4), placed at the cursor when one is given, else where the
 * notice has it: over an existing place/date line, else on the line after "Số: …", else after
 * the header. Pure: model, date and cursor in, one text edit (or the reason there is none) out.
 */
import type { Position, TextEdit } from 'vscode-languageserver-types';
import type { NoticeModel } from '../core/parse/model';
import { msg, type Msg } from '../core/rules/types';
import { issuerLocality, placeDateLine } from './drafting';
import { rangeOf } from './positions';

export type PlaceDateEditResult = { edit: TextEdit; text: string } | { error: Msg };

export function placeDateEdit(model: NoticeModel, today: Date, cursor?: Position): PlaceDateEditResult {
  const place = issuerLocality(model) ?? model.placeDate?.place?.trim();
  if (!place) {
    return {
      error: msg(
        'vn-notice: không xác định được địa danh — hãy ghi tên cơ quan ban hành (ví dụ "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") trước.',
        'vn-notice: cannot tell the place — write the issuing agency (e.g. "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") first.',
      ),
    };
  }
  const text = placeDateLine(place, today);
  if (cursor) return { text, edit: { range: { start: cursor, end: cursor }, newText: text } };
  if (model.placeDate) return { text, edit: { range: rangeOf(model, model.placeDate.span), newText: text } };
  const eol = model.source.original.includes('\r\n') ? '\r\n' : '\n';
  const h = model.header;
  const after = model.number ?? [h.motto, h.nationalTitle, h.issuer, h.superior].find((c) => !!c);
  if (after) {
    const lastLine = model.lines[after.lines[after.lines.length - 1]];
    const at = rangeOf(model, { start: lastLine.end, end: lastLine.end }).end;
    return { text, edit: { range: { start: at, end: at }, newText: `${eol}${text}` } };
  }
  const start = { line: 0, character: 0 };
  return { text, edit: { range: { start, end: start }, newText: `${text}${eol}` } };
}
