/**
 * Outline: document symbols for the components of a notice (header, Số, date, title, trích
 * yếu, each numbered section with its heading, Nơi nhận, signature), sections nested by
 * their numbering (I. > 1. > 1.1. > a) > (1)).
 */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Component, NoticeModel, Section } from '../core/parse/model';
import { lineRange, rangeOf } from './positions';

function sym(model: NoticeModel, name: string, detail: string, kind: SymbolKind, c: Component): DocumentSymbol {
  const r = rangeOf(model, c.span);
  return { name, detail, kind, range: r, selectionRange: r, children: [] };
}

/** Rank of a section label: lower is outer. */
function rank(s: Section): number {
  switch (s.kind) {
    case 'roman':
      return 0;
    case 'arabic':
      return s.numbers.length;
    case 'letter':
      return 10;
    default:
      return 11;
  }
}

export function documentSymbols(model: NoticeModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const h = model.header;
  const headerParts = [h.superior, h.issuer, h.nationalTitle, h.motto].filter((c): c is Component => !!c);
  if (headerParts.length) {
    const first = Math.min(...headerParts.map((c) => c.lines[0]));
    const last = Math.max(...headerParts.map((c) => c.lines[c.lines.length - 1]));
    const header: DocumentSymbol = {
      name: 'Phần đầu (header)',
      detail: h.issuer?.text ?? '',
      kind: SymbolKind.Namespace,
      range: lineRange(model, first, last),
      selectionRange: lineRange(model, first, first),
      children: [],
    };
    if (h.superior) header.children!.push(sym(model, 'Cơ quan chủ quản', h.superior.text, SymbolKind.Object, h.superior));
    if (h.issuer) header.children!.push(sym(model, 'Cơ quan ban hành', h.issuer.text, SymbolKind.Object, h.issuer));
    if (h.nationalTitle) header.children!.push(sym(model, 'Quốc hiệu', h.nationalTitle.text, SymbolKind.String, h.nationalTitle));
    if (h.motto) header.children!.push(sym(model, 'Tiêu ngữ', h.motto.text, SymbolKind.String, h.motto));
    out.push(header);
  }
  if (model.number) out.push(sym(model, 'Số, ký hiệu', model.number.value, SymbolKind.Number, model.number));
  if (model.placeDate) out.push(sym(model, 'Địa danh, thời gian', model.placeDate.text, SymbolKind.Event, model.placeDate));
  if (model.title) out.push(sym(model, model.title.text, 'Tên loại', SymbolKind.Class, model.title));
  if (model.abstract) out.push(sym(model, 'Trích yếu', model.abstract.text.slice(0, 120), SymbolKind.String, model.abstract));
  out.push(...sectionTree(model));
  if (model.recipients) {
    const r = model.recipients;
    out.push({
      name: 'Nơi nhận',
      detail: `${r.items.length}`,
      kind: SymbolKind.Array,
      range: rangeOf(model, r.span),
      selectionRange: rangeOf(model, r.label.span),
      children: r.items.map((i) => sym(model, i.value, '', SymbolKind.Field, i)),
    });
  }
  if (model.signature) {
    const s = model.signature;
    const name = s.lines.map((l) => l.text).join(' / ') || 'Chữ ký';
    const r = rangeOf(model, s.span);
    out.push({ name, detail: s.signer?.text ?? '', kind: SymbolKind.Key, range: r, selectionRange: r, children: [] });
  }
  // Nơi nhận and the signature may come in either order: the outline follows the text.
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** Sections nested by rank; each section's range runs to the line before the next section of the same or outer rank. */
function sectionTree(model: NoticeModel): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: Array<{ rank: number; sym: DocumentSymbol }> = [];
  const secs = model.sections;
  const bodyLast = model.body?.lastLine ?? 0;
  secs.forEach((s, i) => {
    const r = rank(s);
    let endLine = bodyLast;
    for (let j = i + 1; j < secs.length; j++) {
      if (rank(secs[j]) <= r) {
        endLine = secs[j].line - 1;
        break;
      }
    }
    while (endLine > s.line && model.lines[endLine].blank) endLine--;
    const d: DocumentSymbol = {
      name: `${s.label.trim()} ${s.title}`.trim().slice(0, 120),
      kind: SymbolKind.Module,
      range: lineRange(model, s.line, endLine),
      selectionRange: rangeOf(model, s.span),
      children: [],
    };
    while (stack.length && stack[stack.length - 1].rank >= r) stack.pop();
    if (stack.length) stack[stack.length - 1].sym.children!.push(d);
    else roots.push(d);
    stack.push({ rank: r, sym: d });
  });
  return roots;
}
