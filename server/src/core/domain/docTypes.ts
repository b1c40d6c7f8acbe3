/**
 * Document types and their codes — NĐ 30/2020/NĐ-CP, Phụ lục III (viết tắt tên loại văn bản).
 * Codes keep their mixed case (QyĐ, CTr, TTr, TrS): case matters.
 */
import { foldName } from '../text/fold';

export interface DocType {
  /** The type word as written in running text ("Kế hoạch"). */
  word: string;
  /** Phụ lục III code; '' for types without one (công văn, thư công). */
  code: string;
}

export const DOC_TYPES: readonly DocType[] = [
  { word: 'Nghị quyết', code: 'NQ' },
  { word: 'Quyết định', code: 'QĐ' },
  { word: 'Chỉ thị', code: 'CT' },
  { word: 'Quy chế', code: 'QC' },
  { word: 'Quy định', code: 'QyĐ' },
  { word: 'Thông cáo', code: 'TC' },
  { word: 'Thông báo', code: 'TB' },
  { word: 'Hướng dẫn', code: 'HD' },
  { word: 'Chương trình', code: 'CTr' },
  { word: 'Kế hoạch', code: 'KH' },
  { word: 'Phương án', code: 'PA' },
  { word: 'Đề án', code: 'ĐA' },
  { word: 'Dự án', code: 'DA' },
  { word: 'Báo cáo', code: 'BC' },
  { word: 'Biên bản', code: 'BB' },
  { word: 'Tờ trình', code: 'TTr' },
  { word: 'Hợp đồng', code: 'HĐ' },
  { word: 'Công điện', code: 'CĐ' },
  { word: 'Bản ghi nhớ', code: 'BGN' },
  { word: 'Bản thỏa thuận', code: 'BTT' },
  { word: 'Giấy ủy quyền', code: 'GUQ' },
  { word: 'Giấy mời', code: 'GM' },
  { word: 'Giấy giới thiệu', code: 'GGT' },
  { word: 'Giấy nghỉ phép', code: 'GNP' },
  { word: 'Phiếu gửi', code: 'PG' },
  { word: 'Phiếu chuyển', code: 'PC' },
  { word: 'Phiếu báo', code: 'PB' },
  { word: 'Bản sao y', code: 'SY' },
  { word: 'Bản trích sao', code: 'TrS' },
  { word: 'Bản sao lục', code: 'SL' },
  { word: 'Công văn', code: '' },
];

/** Codes of the repealed Thông tư 01/2011/TT-BNV still seen in drafts, with their replacement [S]. */
export const OUTDATED_TYPE_CODES: Readonly<Record<string, string>> = {
  GN: 'BGN',
  TTh: 'BTT',
  UQ: 'GUQ',
  NP: 'GNP',
};

const byCode = new Map(DOC_TYPES.filter((t) => t.code).map((t) => [t.code, t]));
const byWord = new Map(DOC_TYPES.map((t) => [foldName(t.word), t]));

/** The document type of a Phụ lục III code, case-sensitive. */
export function docTypeByCode(code: string): DocType | undefined {
  return byCode.get(code);
}

/** The document type of a type word, in any case and tone style ("THÔNG BÁO", "thông báo"). */
export function docTypeByWord(word: string): DocType | undefined {
  return byWord.get(foldName(word.normalize('NFC')).replace(/\s+/g, ' ').trim());
}

/** All type codes of Phụ lục III. */
export function allTypeCodes(): string[] {
  return [...byCode.keys()];
}
