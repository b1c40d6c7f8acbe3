/**
 * Text → NoticeModel. Tolerant of real drafts: lost headers (the seeds have none), blanks
 * left for the records office, header lines in either column order, Markdown markup, CRLF,
 * BOM, NFD (handled by SourceText), Nơi nhận before or after the signature, items wrapped
 * onto a second line.
 */
import { docTypeByWord } from '../domain/docTypes';
import { foldName } from '../text/fold';
import { SourceText } from '../text/source';
import {
  Cell,
  RULE_LINE,
  cellsOf,
  component,
  isAgencyHeaderText,
  isBareCollectiveName,
  isLocalityContinuation,
  isMotto,
  isNationalTitle,
  parseNumberLine,
  parsePlaceDateLine,
} from './header';
import { isUpperText, splitLines } from './lines';
import type { Component, ComponentName, Line, NoticeModel } from './model';
import { parseSections } from './sections';
import { parseSignature, parseRecipients, findRecipientsLabel, findSignatureStart, isAuthorityLine } from './tail';

/** How far down a header line may be (a header with long superior names fits easily). */
const HEADER_SCAN_LINES = 40;

export function parseNotice(input: string | SourceText): NoticeModel {
  const source = typeof input === 'string' ? new SourceText(input) : input;
  const text = source.text;
  const lines = splitLines(text);
  const model: NoticeModel = { source, text, lines, header: {}, sections: [], order: [] };

  const titleLine = findTitle(lines);
  const headerEnd = titleLine ?? headerEndWithoutTitle(lines);
  parseHeader(model, lines, text, headerEnd);

  if (titleLine !== undefined) {
    const l = lines[titleLine];
    model.title = component(l.content, { start: l.contentStart, end: l.contentEnd }, [titleLine]);
    model.titleTypeCode = docTypeByWord(l.content)?.code;
  }

  // The tail: Nơi nhận and the signature block, in either order.
  const afterTitle = titleLine !== undefined ? titleLine + 1 : firstBodyCandidate(model, lines);
  const recipientsLabel = findRecipientsLabel(lines, afterTitle);
  const signatureStart = findSignatureStart(lines, afterTitle, recipientsLabel);
  const tailStart = Math.min(recipientsLabel ?? lines.length, signatureStart ?? lines.length);

  // Trích yếu: the first paragraph after the title, when it reads like one.
  let bodyStart = afterTitle;
  if (titleLine !== undefined) {
    const abs = parseAbstract(lines, titleLine + 1, tailStart);
    if (abs) {
      model.abstract = abs.component;
      bodyStart = abs.nextLine;
    }
  }

  // Body: everything up to the tail.
  let first = bodyStart;
  while (first < tailStart && lines[first].blank) first++;
  let last = tailStart - 1;
  while (last >= first && lines[last].blank) last--;
  if (last >= first) {
    const lastL = lines[last];
    model.body = {
      span: { start: lines[first].contentStart, end: lastL.contentEnd },
      firstLine: first,
      lastLine: last,
      lastLineContent: { start: lastL.contentStart, end: lastL.contentEnd },
    };
    model.sections = parseSections(lines, first, last);
    model.kinhGui = findKinhGui(lines, afterTitle, last);
  }

  if (recipientsLabel !== undefined) {
    const end = signatureStart !== undefined && signatureStart > recipientsLabel ? signatureStart : lines.length;
    model.recipients = parseRecipients(lines, recipientsLabel, end);
  }
  if (signatureStart !== undefined) {
    const end = recipientsLabel !== undefined && recipientsLabel > signatureStart ? recipientsLabel : lines.length;
    model.signature = parseSignature(lines, signatureStart, end);
  }
  model.order = componentOrder(model);
  return model;
}

/**
 * Without a title, the header ends at the first line that cannot belong to it: a body
 * paragraph (a sentence in lower case), a numbered part, Nơi nhận, or a signature line —
 * so "TL. CHỦ TỊCH" at the end is never taken for the issuing agency.
 */
function headerEndWithoutTitle(lines: Line[]): number {
  const limit = Math.min(lines.length, HEADER_SCAN_LINES);
  for (let i = 0; i < limit; i++) {
    const c = lines[i].content;
    if (!c || RULE_LINE.test(c)) continue;
    if (isAuthorityLine(c) || /^nơi nhận/iu.test(c)) return i;
    if (isUpperText(c) || /^Số\s*[:：]/iu.test(c) || /,\s*ngày(?![\p{L}\p{M}])/iu.test(c) || isMotto(c)) continue;
    return i;
  }
  return limit;
}

/** The tên loại line: "THÔNG BÁO" alone on its line (any markup), near the top. */
function findTitle(lines: Line[]): number | undefined {
  const limit = Math.min(lines.length, 80);
  for (let i = 0; i < limit; i++) {
    const c = lines[i].content;
    if (c.length > 40 || !isUpperText(c)) continue;
    const key = foldName(c).replace(/\s+/g, ' ').trim();
    if (key === 'thông báo') return i;
  }
  // A document of another type (title QUYẾT ĐỊNH, KẾ HOẠCH…) is still parsed, so the
  // number and type rules can say what is wrong.
  for (let i = 0; i < limit; i++) {
    const c = lines[i].content;
    if (c.length <= 40 && isUpperText(c) && docTypeByWord(c) && !/^SỐ/u.test(c)) return i;
  }
  return undefined;
}

function parseHeader(model: NoticeModel, lines: Line[], text: string, headerEnd: number): void {
  const agencyCells: Cell[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i];
    if (line.blank || RULE_LINE.test(line.content)) continue;
    for (const cell of cellsOf(line, text)) {
      const t = cell.text;
      const comp = (): Component => component(t, cell.span, [line.index]);
      if (!model.header.nationalTitle && isNationalTitle(t)) model.header.nationalTitle = comp();
      else if (!model.header.motto && isMotto(t)) model.header.motto = comp();
      else if (!model.number && parseNumberLine(cell)) model.number = parseNumberLine(cell);
      else if (!model.placeDate && parsePlaceDateLine(cell)) model.placeDate = parsePlaceDateLine(cell);
      else if (isAgencyHeaderText(t)) agencyCells.push(cell);
    }
  }
  assignAgencies(model, agencyCells);
}

/**
 * One capital line is the issuer. Two: superior then issuer — unless the second only
 * completes the first ("ỦY BAN NHÂN DÂN" / "TỈNH LẠNG SƠN"), when both are the issuer.
 */
function assignAgencies(model: NoticeModel, cells: Cell[]): void {
  if (cells.length === 0) return;
  const merged: Array<{ text: string; span: { start: number; end: number }; lines: number[] }> = [];
  for (const c of cells) {
    const prev = merged[merged.length - 1];
    if (prev && isBareCollectiveName(prev.text) && isLocalityContinuation(c.text) && c.line.index === prev.lines[prev.lines.length - 1] + 1) {
      prev.text = `${prev.text} ${c.text}`;
      prev.span = { start: prev.span.start, end: c.span.end };
      prev.lines.push(c.line.index);
    } else merged.push({ text: c.text, span: { ...c.span }, lines: [c.line.index] });
  }
  if (merged.length === 1) model.header.issuer = merged[0];
  else {
    model.header.superior = merged[0];
    model.header.issuer = merged[1];
  }
}

/** Without a title, the body starts after the last header component found. */
function firstBodyCandidate(model: NoticeModel, lines: Line[]): number {
  const h = model.header;
  const ls = [h.issuer, h.superior, h.nationalTitle, h.motto, model.number, model.placeDate]
    .filter((c): c is Component => !!c)
    .map((c) => c.lines[c.lines.length - 1]);
  return ls.length ? Math.max(...ls) + 1 : 0;
}

/** Openings of a first body paragraph (căn cứ, thực hiện, ngày …), never of a trích yếu. */
const BODY_OPENING = /^(ngày|hôm nay|vào|thực hiện|căn cứ|theo|sau khi|trong|kính gửi|để|nhằm|qua|tại|[0-9ivx]+[.)])(?![\p{L}\p{M}])/iu;

function parseAbstract(lines: Line[], from: number, tailStart: number): { component: Component; nextLine: number } | undefined {
  let i = from;
  while (i < tailStart && (lines[i].blank || RULE_LINE.test(lines[i].content))) i++;
  if (i >= tailStart) return undefined;
  const first = lines[i];
  const emphasised = first.bold || first.heading > 0;
  if (!emphasised && BODY_OPENING.test(first.content)) return undefined;
  if (!emphasised && first.content.length > 400) return undefined;
  let j = i;
  const parts: string[] = [];
  while (j < tailStart && !lines[j].blank && !RULE_LINE.test(lines[j].content)) {
    if (j > i && BODY_OPENING.test(lines[j].content)) break;
    parts.push(lines[j].content);
    j++;
  }
  const lastLine = lines[j - 1];
  return {
    component: component(
      parts.join(' '),
      { start: first.contentStart, end: lastLine.contentEnd },
      Array.from({ length: j - i }, (_, k) => i + k),
    ),
    nextLine: j,
  };
}

function findKinhGui(lines: Line[], from: number, to: number): Component | undefined {
  for (let i = Math.max(0, from - 1); i <= to && i < lines.length; i++) {
    const l = lines[i];
    // Cheap first-letter test (k, K, the Kelvin sign) before the expression, over every body line.
    const c = l.content.charCodeAt(0);
    if ((c | 32) !== 107 && c !== 0x212a) continue;
    if (/^kính gửi\s*[:：]/iu.test(l.content)) {
      return component(l.content, { start: l.contentStart, end: l.contentEnd }, [i]);
    }
  }
  return undefined;
}

function componentOrder(model: NoticeModel): Array<{ name: ComponentName; line: number }> {
  const entries: Array<[ComponentName, Component | undefined]> = [
    ['nationalTitle', model.header.nationalTitle],
    ['motto', model.header.motto],
    ['superior', model.header.superior],
    ['issuer', model.header.issuer],
    ['number', model.number],
    ['placeDate', model.placeDate],
    ['title', model.title],
    ['abstract', model.abstract],
    ['signature', model.signature && { text: '', span: model.signature.span, lines: model.signature.lines.flatMap((l) => l.lines) }],
    ['recipients', model.recipients?.label],
  ];
  const out = entries
    .filter((e): e is [ComponentName, Component] => !!e[1])
    .map(([name, c]) => ({ name, line: c.lines[0] }));
  if (model.body) out.push({ name: 'body', line: model.body.firstLine });
  return out.sort((a, b) => a.line - b.line);
}
