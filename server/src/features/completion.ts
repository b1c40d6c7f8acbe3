/**
 * Completion that knows administrative Vietnamese (issue "Editor experience"): agency names
 * valid on the document's date, administrative units by context, type codes after "Số:" and
 * in citations, authority chains fitting the issuer, recipient lines inside Nơi nhận, and a
 * generated place/date line with today's date. Pure: a function of the text, the model and
 * the reference data.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import type { ReferenceData } from '../core/data/reference';
import type { AdminUnit, UnitType } from '../core/data/gazetteer';
import { DOC_TYPES } from '../core/domain/docTypes';
import type { DateWindow } from '../core/domain/dates';
import type { NoticeModel } from '../core/parse/model';
import { foldName, nfc } from '../core/text/fold';
import { rangeOf } from './positions';
import { authorityChains, issuerCodeOf, issuerLocality, placeDateLine, recipientLines } from './drafting';

export interface CompletionInput {
  model: NoticeModel;
  /** Cursor offset in the user's (original) text. */
  offset: number;
  docDate: DateWindow;
  data?: ReferenceData;
  today: Date;
}

const TYPE_WORDS = DOC_TYPES.map((t) => t.word).join('|');
const CITATION_SLASH = new RegExp(`(${TYPE_WORDS})\\s+số\\s+\\d+\\/([\\p{L}-]*)$`, 'iu');
const NUMBER_SLASH = /^\s*Số\s*:\s*[\d\s]*\/([\p{L}-]*)$/iu;
const AGENCY_PREFIX = /(?<![\p{L}\p{M}])(Sở|Bộ)\s+([\p{L}\p{M} ,-]*)$/u;
const UNIT_PREFIX = /(?<![\p{L}\p{M}])(xã|phường|thị trấn|huyện|quận|thị xã|đặc khu)\s+([\p{Lu}][\p{L}\p{M} ]*)?$/iu;

export function completions(input: CompletionInput): CompletionItem[] {
  const { model } = input;
  const src = model.source;
  const viewOffset = src.toView(input.offset);
  const lineIdx = model.lines.findIndex((l) => viewOffset >= l.start && viewOffset <= l.end);
  if (lineIdx < 0) return [];
  const line = model.lines[lineIdx];
  const prefix = nfc(model.text.slice(line.start, viewOffset));
  const range = (fromView: number) => rangeOf(model, { start: fromView, end: viewOffset });

  let m: RegExpExecArray | null;
  if ((m = NUMBER_SLASH.exec(prefix))) return numberSymbolItems(model, range(viewOffset - m[1].length));
  if ((m = CITATION_SLASH.exec(prefix))) return citationCodeItems(m[1], range(viewOffset - m[2].length));
  if ((m = UNIT_PREFIX.exec(prefix)) && input.data?.gazetteer) {
    const typed = m[2] ?? '';
    return unitItems(input, m[1], typed, lineIdx, range(viewOffset - typed.length));
  }
  if ((m = AGENCY_PREFIX.exec(prefix)) && input.data?.agencies) {
    return agencyItems(input, m[1], m[2], range(viewOffset - m[0].length));
  }
  const trimmed = prefix.trim();
  if (inRecipients(model, lineIdx) && /^[-+]?\s*[\p{L}\p{M} ]*$/u.test(trimmed)) {
    return recipientLines(model).map((text, i) => ({
      label: text,
      kind: CompletionItemKind.Value,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range: range(line.contentStart), newText: text },
    }));
  }
  if (afterBody(model, lineIdx) && /^[A-ZĐ. ]*$/u.test(trimmed)) {
    return authorityChains(model).map((chain, i) => ({
      label: chain.join(' / '),
      kind: CompletionItemKind.Snippet,
      detail: 'Thẩm quyền ký (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7)',
      sortText: String(i).padStart(3, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: range(line.contentStart), newText: `${chain.join('\n')}\n\n\${1:Họ và tên}` },
    }));
  }
  if (inHeaderZone(model, lineIdx)) {
    const place = issuerLocality(model) ?? model.placeDate?.place;
    if (place && (trimmed === '' || foldName(place).startsWith(foldName(trimmed)))) {
      const text = placeDateLine(place, input.today);
      return [
        {
          label: text,
          kind: CompletionItemKind.Event,
          detail: 'Địa danh và thời gian ban hành — hôm nay (Phụ lục I, mục II.4)',
          textEdit: { range: range(line.contentStart), newText: text },
        },
      ];
    }
  }
  return [];
}

function numberSymbolItems(model: NoticeModel, range: ReturnType<typeof rangeOf>): CompletionItem[] {
  const issuer = model.number?.issuerCode || issuerCodeOf(model) || 'UBND';
  const own = model.titleTypeCode ?? 'TB';
  const types = [DOC_TYPES.find((t) => t.code === own)!, ...DOC_TYPES.filter((t) => t.code && t.code !== own)];
  return types.map((t, i) => ({
    label: `${t.code}-${issuer}`,
    kind: CompletionItemKind.EnumMember,
    detail: `${t.word} (Phụ lục III, Nghị định 30/2020/NĐ-CP)`,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: `${t.code}-${issuer}` },
  }));
}

function citationCodeItems(typeWord: string, range: ReturnType<typeof rangeOf>): CompletionItem[] {
  const t = DOC_TYPES.find((d) => foldName(d.word) === foldName(typeWord));
  if (!t || !t.code) return [];
  return [
    {
      label: `${t.code}-`,
      kind: CompletionItemKind.EnumMember,
      detail: `${t.word}: mã ${t.code} (Phụ lục III)`,
      textEdit: { range, newText: `${t.code}-` },
    },
  ];
}

function agencyItems(input: CompletionInput, head: string, typed: string, range: ReturnType<typeof rangeOf>): CompletionItem[] {
  const reg = input.data!.agencies!;
  const wanted = foldName(nfc(`${head} ${typed}`)).replace(/\s+/g, ' ');
  const province = issuerLocality(input.model);
  return reg
    .all()
    .filter((e) => foldName(e.name).startsWith(wanted) && reg.isValid(e, input.docDate, province))
    .slice(0, 50)
    .map((e, i) => ({
      label: e.name,
      kind: CompletionItemKind.Module,
      detail: validityText(e.validFrom, e.validTo),
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: e.name },
    }));
}

function validityText(from: string | null, to: string | null): string {
  if (!from && !to) return 'cơ quan';
  return `hiệu lực ${from ?? '…'} → ${to ?? 'nay'}`;
}

const POST_REFORM_COMMUNE: UnitType[] = ['xa', 'phuong', 'dac_khu'];

function unitItems(input: CompletionInput, typeWord: string, typed: string, lineIdx: number, range: ReturnType<typeof rangeOf>): CompletionItem[] {
  const gz = input.data!.gazetteer!;
  const { model, docDate } = input;
  const lineText = model.lines[lineIdx].content;
  const word = foldName(typeWord);
  const district = /huyện\s+([\p{Lu}][\p{L}\p{M}]*(?:\s+[\p{Lu}][\p{L}\p{M}]*)*)/u.exec(lineText);
  let candidates: AdminUnit[] = [];
  const types = typesFor(word, docDate);
  if (district && ['xã', 'thị trấn'].includes(word)) {
    const d = gz.find(district[1], docDate, { types: ['huyen'] });
    if (d.length === 1) candidates = gz.children(d[0], docDate);
  }
  if (candidates.length === 0) {
    const provinceName = issuerLocality(model) ?? model.placeDate?.place;
    const prov = provinceName ? gz.find(provinceName, docDate, { level: 'province' }) : [];
    if (prov.length === 1) candidates = unitsOfProvince(gz, prov[0], docDate);
  }
  const typedKey = foldName(nfc(typed.trim()));
  const seen = new Set<string>();
  return candidates
    .filter((u) => types.includes(u.type) && foldName(u.name).startsWith(typedKey))
    .filter((u) => !seen.has(u.code + u.name) && !!seen.add(u.code + u.name))
    .slice(0, 200)
    .map((u, i) => ({
      label: u.name,
      kind: CompletionItemKind.Folder,
      detail: `${u.fullName} (mã ${u.code})`,
      sortText: String(i).padStart(4, '0'),
      textEdit: { range, newText: u.name },
    }));
}

function typesFor(word: string, docDate: DateWindow): UnitType[] {
  const post = docDate.from >= '2025-07-01';
  switch (word) {
    case 'xã':
      return ['xa'];
    case 'phường':
      return ['phuong'];
    case 'thị trấn':
      return post ? [] : ['thi_tran'];
    case 'đặc khu':
      return post ? ['dac_khu'] : [];
    case 'huyện':
      return post ? [] : ['huyen'];
    case 'quận':
      return post ? [] : ['quan'];
    case 'thị xã':
      return post ? [] : ['thi_xa'];
    default:
      return POST_REFORM_COMMUNE;
  }
}

/** Districts and communes of a province valid in the window (communes through their districts before the reform). */
function unitsOfProvince(gz: NonNullable<ReferenceData['gazetteer']>, province: AdminUnit, w: DateWindow): AdminUnit[] {
  const out: AdminUnit[] = [];
  for (const child of gz.children(province, w)) {
    out.push(child);
    if (child.level === 'district') out.push(...gz.children(child, w));
  }
  return out;
}

function inRecipients(model: NoticeModel, lineIdx: number): boolean {
  const r = model.recipients;
  if (!r) return false;
  const labelLine = r.label.lines[0];
  const sigStart = model.signature?.lines[0]?.lines[0];
  return lineIdx > labelLine && (sigStart === undefined || sigStart < labelLine || lineIdx < sigStart);
}

function afterBody(model: NoticeModel, lineIdx: number): boolean {
  if (!model.body || model.signature) return false;
  if (lineIdx <= model.body.lastLine && !/\.\/\.\s*$/.test(model.lines[model.body.lastLine].content)) return false;
  return lineIdx > model.body.lastLine || /\.\/\.\s*$/.test(model.lines[Math.max(0, lineIdx - 2)]?.content ?? '');
}

function inHeaderZone(model: NoticeModel, lineIdx: number): boolean {
  const title = model.title?.lines[0];
  return !model.placeDate && (title === undefined || lineIdx < title);
}
