/**
 * The lines above the title: Quốc hiệu, Tiêu ngữ, cơ quan chủ quản / ban hành, Số, and the
 * place/date line (NĐ 30/2020, Phụ lục I, mục II.1–II.4). On paper they sit in two columns;
 * in a text file they are consecutive lines in either column order, or one line holding both
 * cells separated by a tab or a run of spaces.
 */
import { foldName } from '../text/fold';
import { isUpperText } from './lines';
import type { Component, DatePart, Line, NumberLine, PlaceDateLine, Span } from './model';

const NATIONAL_TITLE = /^cộng hoà xã hội chủ nghĩa việt nam$/;
const MOTTO = /^độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc$/;
/** A decorative rule under a header line: "-------", "___", "———". */
export const RULE_LINE = /^[-_—–=~.*\s]{3,}$/;

/** One cell of a header line, with its range in the view. */
export interface Cell {
  line: Line;
  text: string;
  span: Span;
}

/** Splits a line into cells on a tab or a run of three or more spaces. */
export function cellsOf(line: Line, text: string): Cell[] {
  const content = text.slice(line.contentStart, line.contentEnd);
  const cells: Cell[] = [];
  // Every match holds a character at least, so exec moves on by itself.
  const re = /[^\t]+?(?=\t|\s{3,}|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = trimStars(raw.trim()).trim();
    if (t) {
      const s = line.contentStart + m.index + lead + raw.trim().indexOf(t);
      cells.push({ line, text: t, span: { start: s, end: s + t.length } });
    }
  }
  return mergeBlanks(cells, text);
}

/**
 * A run of spaces inside "Số:      /TB-UBND" or "ngày   tháng 8 năm 2020" is a blank left for
 * the records office, not a column gap: join such cells back into one.
 */
function mergeBlanks(cells: Cell[], text: string): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (prev && (/(^Số\s*[:：]?|\b(ngày|tháng|năm))$/iu.test(prev.text) || /^(\/|(tháng|năm)\b)/iu.test(c.text))) {
      out[out.length - 1] = { line: c.line, text: text.slice(prev.span.start, c.span.end), span: { start: prev.span.start, end: c.span.end } };
    } else out.push(c);
  }
  return out;
}

/** Drops leading and trailing "*" (a loop: /^\*+|\*+$/g backtracks quadratically on a run of stars). */
function trimStars(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 42) a++;
  while (b > a && s.charCodeAt(b - 1) === 42) b--;
  return s.slice(a, b);
}

export function isNationalTitle(s: string): boolean {
  return NATIONAL_TITLE.test(foldName(s).replace(/\s+/g, ' ').trim());
}

export function isMotto(s: string): boolean {
  return MOTTO.test(foldName(s).replace(/\s+/g, ' ').trim());
}

export function component(text: string, span: Span, lines: number[]): Component {
  return { text, span, lines };
}

const NUMBER_LINE = /^Số\s*[:：]\s*/iu;

/** Parses "Số: 05/TB-UBND" (also "Số:    /TB-UBND", blanks for the records office). */
export function parseNumberLine(cell: Cell): NumberLine | undefined {
  const m = NUMBER_LINE.exec(cell.text);
  if (!m) return undefined;
  const valueStart = cell.span.start + m[0].length;
  const value = cell.text.slice(m[0].length).trim();
  const valueSpan = { start: valueStart, end: valueStart + value.length };
  const nl: NumberLine = {
    text: cell.text,
    span: cell.span,
    lines: [cell.line.index],
    value,
    valueSpan,
    blankNumber: false,
    unitCodes: [],
  };
  const slash = value.indexOf('/');
  const numberPart = slash >= 0 ? value.slice(0, slash) : value;
  const trimmedNumber = numberPart.trim();
  // Blank: nothing but spaces, dots or underscores before the slash.
  nl.blankNumber = slash >= 0 && /^[\s._…]*$/.test(numberPart);
  if (!nl.blankNumber && trimmedNumber) {
    const off = valueStart + numberPart.indexOf(trimmedNumber);
    nl.numberText = trimmedNumber;
    nl.numberSpan = { start: off, end: off + trimmedNumber.length };
  }
  if (slash >= 0) {
    const symbolRaw = value.slice(slash + 1);
    const symbol = symbolRaw.trim();
    const symOff = valueStart + slash + 1 + (symbolRaw.length - symbolRaw.trimStart().length);
    nl.symbol = symbol;
    nl.symbolSpan = { start: symOff, end: symOff + symbol.length };
    const parts = symbol.split('-');
    let off = symOff;
    parts.forEach((p, i) => {
      const span = { start: off, end: off + p.length };
      if (i === 0) {
        nl.typeCode = p;
        nl.typeCodeSpan = span;
      } else if (i === 1) {
        nl.issuerCode = p;
        nl.issuerCodeSpan = span;
      } else nl.unitCodes.push(p);
      off += p.length + 1;
    });
  }
  return nl;
}

/**
 * "<Địa danh>, ngày DD tháng MM năm YYYY" with any part possibly blank
 * ("Lạng Sơn, ngày   tháng 8 năm 2020", "Hà Nội, ngày …… tháng …… năm 2025").
 * A manual scan rather than one regular expression, to get exact ranges of each part.
 */
export function parsePlaceDateLine(cell: Cell): PlaceDateLine | undefined {
  const t = cell.text;
  const comma = t.search(/,\s*ngày\b/iu);
  if (comma <= 0) return undefined;
  const place = t.slice(0, comma).trim();
  if (!place || place.length > 80 || /\d/.test(place)) return undefined;
  const base = cell.span.start;
  const parts: Record<'ngày' | 'tháng' | 'năm', DatePart | undefined> = { ngày: undefined, tháng: undefined, năm: undefined };
  const kw = /\b(ngày|tháng|năm)\b/giu;
  // From the comma: the first keyword found is the "ngày" after it.
  kw.lastIndex = comma;
  const found: Array<{ key: 'ngày' | 'tháng' | 'năm'; at: number; len: number }> = [];
  let m: RegExpExecArray | null;
  while ((m = kw.exec(t)) !== null) {
    const key = m[1].toLowerCase() as 'ngày' | 'tháng' | 'năm';
    if (found.some((f) => f.key === key)) break;
    found.push({ key, at: m.index, len: m[0].length });
  }
  // The rest after the last value must be nothing but an optional full stop.
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const valStart = f.at + f.len;
    const valEnd = i + 1 < found.length ? found[i + 1].at : t.length;
    const seg = t.slice(valStart, valEnd);
    const digits = /\d+/.exec(seg);
    const keywordSpan = { start: base + f.at, end: base + f.at + f.len };
    if (digits) {
      const s = base + valStart + digits.index;
      parts[f.key] = { value: Number(digits[0]), raw: digits[0], span: { start: s, end: s + digits[0].length }, keywordSpan };
    } else {
      // Blank: the gap between the keyword and the next one.
      parts[f.key] = { raw: '', span: { start: base + valStart, end: base + valEnd }, keywordSpan };
    }
  }
  return {
    text: t,
    span: cell.span,
    lines: [cell.line.index],
    place,
    placeSpan: { start: base + t.indexOf(place), end: base + t.indexOf(place) + place.length },
    day: parts['ngày'],
    month: parts['tháng'],
    year: parts['năm'],
  };
}

/** An issuer-like header line: capitals, not the Quốc hiệu / Tiêu ngữ, not a rule line. */
export function isAgencyHeaderText(s: string): boolean {
  if (!isUpperText(s) || isNationalTitle(s) || isMotto(s) || RULE_LINE.test(s)) return false;
  if (/^(THÔNG BÁO|SỐ\s*:)/u.test(s)) return false;
  return true;
}

/** "TỈNH LẠNG SƠN" continuing "ỦY BAN NHÂN DÂN" on the next line. */
export function isLocalityContinuation(s: string): boolean {
  return /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?![\p{L}\p{M}])/u.test(s);
}

/** A collective body's name that a locality line may complete. */
export function isBareCollectiveName(s: string): boolean {
  return /^(ỦY|UỶ) BAN NHÂN DÂN$|^HỘI ĐỒNG NHÂN DÂN$/u.test(s.replace(/\s+/g, ' ').trim());
}
