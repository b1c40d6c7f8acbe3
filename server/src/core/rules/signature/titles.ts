/**
 * Vocabulary of the signature block (NĐ 30/2020/NĐ-CP, Điều 13 and Phụ lục I, mục II.7;
 * DOMAIN.md §5): authority prefixes, heads' titles and their deputies' titles, and the
 * collective bodies a "TM." signs for.
 */
import { nameKey } from '../../text/fold';

export type Prefix = 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q';

export interface AuthorityLine {
  prefix?: Prefix;
  /** The text after the prefix, white space collapsed. */
  rest: string;
}

export function splitAuthority(text: string): AuthorityLine {
  const t = text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(TM|KT|TL|TUQ|Q)\s*\.\s*/u.exec(t);
  return m ? { prefix: m[1] as Prefix, rest: t.slice(m[0].length) } : { rest: t };
}

/** Heads' titles, longest first so "TỔNG GIÁM ĐỐC" wins over "GIÁM ĐỐC". */
const HEAD_TITLES = [
  'TỔNG GIÁM ĐỐC', 'TỔNG CỤC TRƯỞNG', 'TỔNG THANH TRA', 'TỔNG KIỂM TOÁN', 'CHI CỤC TRƯỞNG',
  'CHÁNH VĂN PHÒNG', 'CHÁNH THANH TRA', 'CHÁNH ÁN', 'CHỦ TỊCH', 'CHỦ NHIỆM', 'GIÁM ĐỐC',
  'BỘ TRƯỞNG', 'THỦ TƯỚNG', 'CỤC TRƯỞNG', 'VỤ TRƯỞNG', 'VIỆN TRƯỞNG', 'HIỆU TRƯỞNG',
  'TRƯỞNG BAN', 'TRƯỞNG PHÒNG', 'TRƯỞNG ĐOÀN', 'TRƯỞNG KHOA', 'THỐNG ĐỐC', 'BÍ THƯ',
  'THỦ TRƯỞNG', 'TỔNG BIÊN TẬP', 'TRƯỞNG',
].map((t) => ({ t, k: nameKey(t) }));

/** The head title a text starts with ("CHỦ TỊCH THƯỜNG TRỰC" → "CHỦ TỊCH"). */
export function headTitleOf(text: string): string | undefined {
  const k = nameKey(text);
  return HEAD_TITLES.find((h) => k === h.k || k.startsWith(h.k + ' ') || k.startsWith(h.k + ','))?.t;
}

/** A deputy's title: "PHÓ …", or THỨ TRƯỞNG (deputy of a BỘ TRƯỞNG). Returns the head it deputises. */
export function deputyOf(text: string): string | undefined {
  const k = nameKey(text);
  if (k.startsWith(nameKey('THỨ TRƯỞNG'))) return 'BỘ TRƯỞNG';
  // nameKey collapses white space, so one space follows the word.
  const m = /^phó (.*)$/u.exec(k);
  if (!m) return undefined;
  return headTitleOf(m[1]) ?? m[1].toUpperCase();
}

/** A deputy's title ("PHÓ …", "THỨ TRƯỞNG"). */
export function isDeputy(text: string): boolean {
  return deputyOf(text) !== undefined;
}

/** A collective body a "TM." signs for (Điều 13.1: tập thể lãnh đạo). */
export function isCollective(text: string): boolean {
  const k = nameKey(text);
  return [
    'ỦY BAN', 'HỘI ĐỒNG', 'BAN THƯỜNG VỤ', 'BAN CHẤP HÀNH', 'THƯỜNG TRỰC', 'BAN CHỈ ĐẠO', 'BAN', 'ĐOÀN',
    'TỔ', 'CHÍNH PHỦ', 'ĐẢNG ĐOÀN', 'BAN CÁN SỰ', 'TẬP THỂ', 'LIÊN', 'CƠ QUAN', 'HỘI', 'ĐOÀN THANH TRA',
  ].some((c) => k.startsWith(nameKey(c) + ' ') || k === nameKey(c));
}

/** An individual position, which a "TM." cannot stand for. */
export function isIndividualTitle(text: string): boolean {
  return isDeputy(text) || (headTitleOf(text) !== undefined && !isCollective(text));
}
