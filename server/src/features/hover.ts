/**
 * Hover (issue "Editor experience"): on a diagnostic, the rule's explanation with its legal
 * basis and docs link; on a number or citation, its parts explained; on an administrative
 * unit, its type, parents, code and whether it exists on the document's date (and what
 * replaced it); on an agency, its full name, validity and predecessor/successor. Pure.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { AdminUnit, Gazetteer, UnitType } from '../core/data/gazetteer';
import type { AgencyRegistry } from '../core/data/agencies';
import type { ReferenceData } from '../core/data/reference';
import type { DateWindow } from '../core/domain/dates';
import { extractCitations, type Citation } from '../core/extract/citations';
import type { NoticeModel, Span } from '../core/parse/model';
import { ruleById } from '../core/rules';
import { docsUrl, type Finding, type Locale } from '../core/rules/types';
import { rangeOf } from './positions';
import { issuerLocality } from './drafting';

export interface HoverInput {
  model: NoticeModel;
  /** Cursor offset in the user's text. */
  offset: number;
  findings: readonly Finding[];
  docDate: DateWindow;
  data?: ReferenceData;
  locale?: Locale;
}

const FAMILY_NAMES: Record<Citation['family'], string> = {
  administrative: 'văn bản hành chính (số/ký hiệu, không có năm)',
  congvan: 'công văn (số/cơ quan-đơn vị soạn thảo)',
  legal: 'văn bản quy phạm pháp luật (số/năm/loại-cơ quan)',
  'legal-qh': 'văn bản của Quốc hội, Ủy ban Thường vụ Quốc hội (số/năm/QH khóa)',
  party: 'văn bản của Đảng (số-loại/cơ quan)',
  unknown: 'không xác định',
};

export function hover(input: HoverInput): Hover | undefined {
  const { model } = input;
  const v = model.source.toView(input.offset);
  const parts: string[] = [];
  let span: Span | undefined;
  const widen = (s: Span) => (span = span ? { start: Math.min(span.start, s.start), end: Math.max(span.end, s.end) } : s);

  for (const f of input.findings) {
    if (f.span.start <= v && v <= f.span.end) {
      parts.push(findingText(f, input.locale ?? 'vi'));
      widen(f.span);
    }
  }
  const loc = input.locale ?? 'vi';
  const entity = citationHover(model, v) ?? numberHover(model, v, loc) ?? unitHover(input, v) ?? agencyHover(input, v);
  if (entity) {
    parts.push(entity.text);
    widen(entity.span);
  }
  if (!parts.length || !span) return undefined;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: rangeOf(model, span) };
}

function findingText(f: Finding, locale: Locale): string {
  const rule = ruleById(f.ruleId);
  const lines = [`**${f.message[locale]}**`, ''];
  if (rule) lines.push(rule.meta.description[locale]);
  if (rule?.meta.legalBasis) lines.push('', `${locale === 'en' ? 'Legal basis' : 'Căn cứ'}: ${rule.meta.legalBasis[locale]}`);
  lines.push('', `[\`${f.ruleId}\`](${docsUrl(f.ruleId)})`);
  return lines.join('\n');
}

function citationHover(model: NoticeModel, v: number): { text: string; span: Span } | undefined {
  const line = model.lines.find((l) => v >= l.start && v <= l.end);
  if (!line) return undefined;
  const cites = extractCitations(model.text.slice(line.start, line.end));
  const c = cites.find((x) => line.start + x.number.span.start <= v && v <= line.start + x.number.span.end);
  if (!c) return undefined;
  const rows = [`**${c.number.text}** — ${FAMILY_NAMES[c.family]}`, ''];
  if (c.serial) rows.push(`- số: \`${c.serial.text}\``);
  if (c.year) rows.push(`- năm: \`${c.year.text}\``);
  if (c.typeCode) rows.push(`- loại văn bản: \`${c.typeCode.text}\``);
  if (c.issuerCode) rows.push(`- cơ quan ban hành: \`${c.issuerCode.text}\``);
  for (const u of c.unitCodes) rows.push(`- đơn vị/lĩnh vực: \`${u.text}\``);
  if (c.date) rows.push(`- ngày: ${c.date.day ?? '…'}/${c.date.month ?? '…'}/${c.date.year ?? '…'}`);
  if (c.issuer) rows.push(`- của: ${c.issuer.text}`);
  return { text: rows.join('\n'), span: { start: line.start + c.number.span.start, end: line.start + c.number.span.end } };
}

function numberHover(model: NoticeModel, v: number, locale: Locale): { text: string; span: Span } | undefined {
  const n = model.number;
  if (!n || v < n.span.start || v > n.span.end) return undefined;
  const en = locale === 'en';
  const rows = [en ? '**Number and symbol of the document** (Decree 30/2020/ND-CP, Appendix I, II.3)' : '**Số, ký hiệu của văn bản** (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3)', ''];
  const blank = en ? '- number: blank — the records office fills it in at issuance' : '- số: để trống — Văn thư ghi khi ban hành';
  rows.push(n.blankNumber ? blank : `- ${en ? 'number' : 'số'}: \`${n.numberText ?? ''}\``);
  if (n.typeCode) rows.push(`- ${en ? 'document type' : 'loại văn bản'}: \`${n.typeCode}\``);
  if (n.issuerCode) rows.push(`- ${en ? 'issuer' : 'cơ quan ban hành'}: \`${n.issuerCode}\``);
  for (const u of n.unitCodes) rows.push(`- ${en ? 'drafting unit' : 'đơn vị soạn thảo'}: \`${u}\``);
  return { text: rows.join('\n'), span: n.span };
}

// No `i` flag: under /iu, \p{Lu} would match lower case too ("tỉnh chủ trì …" is no unit).
const UNIT_MENTION = /(?<![\p{L}\p{M}])([Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Tt]hị trấn|THỊ TRẤN|[Hh]uyện|HUYỆN|[Qq]uận|QUẬN|[Tt]hị xã|THỊ XÃ|[Tt]ỉnh|TỈNH|[Tt]hành phố|THÀNH PHỐ|[Đđ]ặc khu|ĐẶC KHU)\s+([\p{Lu}][\p{L}\p{M}]*(?:\s+[\p{Lu}][\p{L}\p{M}]*)*)/gu;
const TYPE_OF_WORD: Record<string, UnitType[]> = {
  xã: ['xa'],
  phường: ['phuong'],
  'thị trấn': ['thi_tran'],
  huyện: ['huyen'],
  quận: ['quan'],
  'thị xã': ['thi_xa'],
  tỉnh: ['tinh'],
  'thành phố': ['thanh_pho_tw', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw'],
  'đặc khu': ['dac_khu'],
};

function unitHover(input: HoverInput, v: number): { text: string; span: Span } | undefined {
  const gz = input.data?.gazetteer;
  if (!gz) return undefined;
  const { model } = input;
  const line = model.lines.find((l) => v >= l.start && v <= l.end);
  if (!line) return undefined;
  const text = model.text.slice(line.start, line.end);
  UNIT_MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UNIT_MENTION.exec(text)) !== null) {
    const span = { start: line.start + m.index, end: line.start + m.index + m[0].length };
    if (v < span.start || v > span.end) continue;
    const types = TYPE_OF_WORD[m[1].toLowerCase()];
    const units = gz.findAnyTime(m[2], { types });
    const en = input.locale === 'en';
    if (!units.length) {
      const none = en ? `No administrative unit "${m[0]}" in the official list (General Statistics Office).` : `Không có đơn vị hành chính "${m[0]}" trong Danh mục (Tổng cục Thống kê).`;
      return { text: none, span };
    }
    // The document's province first, then the readings that exist on the document's date.
    const province = issuerLocality(model) ?? model.placeDate?.place;
    const w = input.docDate;
    const score = (u: AdminUnit) => 2 * Number(inProvince(gz, u, province)) + Number(u.validFrom < w.to && (u.validTo === null || u.validTo > w.from));
    const sorted = [...units].sort((a, b) => score(b) - score(a));
    return { text: sorted.slice(0, 4).map((u) => unitText(gz, u, input.docDate, en)).join('\n\n'), span };
  }
  return undefined;
}

function inProvince(gz: Gazetteer, u: AdminUnit, province?: string): boolean {
  return !!province && gz.province(u)?.name === province;
}

function fmt(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function existsText(exists: boolean, en: boolean): string {
  if (en) return exists ? "Exists on the document's date." : "**Does not exist on the document's date.**";
  return exists ? 'Tồn tại vào thời điểm của văn bản.' : '**Không tồn tại vào thời điểm của văn bản.**';
}

function unitText(gz: Gazetteer, u: AdminUnit, w: DateWindow, en = false): string {
  const chain: string[] = [];
  for (let p = gz.parent(u); p; p = gz.parent(p)) chain.push(p.fullName);
  const until = u.validTo ? (en ? ` to ${fmt(u.validTo)} (exclusive)` : ` đến ${fmt(u.validTo)} (không kể ngày này)`) : en ? ' to date' : ' đến nay';
  const exists = u.validFrom < w.to && (u.validTo === null || u.validTo > w.from);
  const parents = chain.length ? `${en ? ', in' : ', thuộc'} ${chain.join(', ')}` : '';
  const rows = [`**${u.fullName}** — ${en ? 'code' : 'mã'} ${u.code}${parents}`, `${en ? 'Valid: from' : 'Hiệu lực: từ'} ${fmt(u.validFrom)}${until}.`];
  rows.push(existsText(exists, en));
  const succ = gz.successors(u);
  if (succ.length) rows.push(`${en ? 'From 01/7/2025' : 'Từ 01/7/2025'}: ${succ.map((s) => `${s.unit.fullName} (${s.kind})`).join(', ')}.`);
  rows.push(en ? '_Source: list of administrative units, General Statistics Office; 2025 conversion table._' : '_Nguồn: Danh mục đơn vị hành chính, Tổng cục Thống kê; bảng chuyển đổi ĐVHC 2025._');
  return rows.join('\n');
}

function agencyHover(input: HoverInput, v: number): { text: string; span: Span } | undefined {
  const reg = input.data?.agencies as AgencyRegistry | undefined;
  if (!reg) return undefined;
  const { model } = input;
  const line = model.lines.find((l) => v >= l.start && v <= l.end);
  if (!line) return undefined;
  const text = model.text.slice(line.start, line.end);
  const starts = /(?<![\p{L}\p{M}])\p{Lu}/gu;
  let m: RegExpExecArray | null;
  let best: { text: string; span: Span } | undefined;
  while ((m = starts.exec(text)) !== null) {
    const at = line.start + m.index;
    if (at > v) break;
    const match = reg.matchPrefix(text.slice(m.index));
    if (!match) continue;
    const end = at + match.matchedText.length;
    if (v > end) continue;
    const e = match.entry;
    const en = input.locale === 'en';
    const unsure = en ? ' _(unsourced data — U)_' : ' _(dữ liệu chưa chắc chắn — U)_';
    const rows = [`**${e.name}**${e.status === 'U' ? unsure : ''}`];
    const to = e.validTo ? fmt(e.validTo) + (en ? ' (exclusive)' : ' (không kể ngày này)') : en ? 'now' : 'nay';
    rows.push(`${en ? 'Valid' : 'Hiệu lực'}: ${e.validFrom ? fmt(e.validFrom) : '…'} → ${to}.`);
    rows.push(existsText(reg.isValid(e, input.docDate), en));
    const pred = e.predecessors.map((id) => reg.byId(id)?.name).filter(Boolean);
    const succ = reg.successorsOf(e).map((s) => s.name);
    if (pred.length) rows.push(`${en ? 'Predecessors' : 'Tiền thân'}: ${pred.join(', ')}.`);
    if (succ.length) rows.push(`${en ? 'Succeeded by' : 'Kế thừa bởi'}: ${succ.join(', ')}.`);
    best = { text: rows.join('\n\n'), span: { start: at, end } };
    break;
  }
  return best;
}
