/**
 * What a drafter would type next, derived from the notice itself: the issuer's place and
 * code, the place/date line for today, the authority chains that fit the issuer, the usual
 * recipient lines. Used by completion and by the "insert place/date" command.
 */
import type { NoticeModel } from '../core/parse/model';
import { foldName } from '../core/text/fold';

/** "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" / "UBND TỈNH LẠNG SƠN" → "Lạng Sơn"; "XÃ ĐỒNG ĐĂNG" → "Đồng Đăng". */
export function issuerLocality(model: NoticeModel): string | undefined {
  for (const c of [model.header.issuer, model.header.superior]) {
    if (!c) continue;
    const m = /(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(.+)$/u.exec(c.text);
    if (m) return titleCase(m[1].trim());
  }
  return undefined;
}

/** Title case of a name in capitals, keeping Vietnamese letters: "LẠNG SƠN" → "Lạng Sơn". */
export function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+|-)/)
    .map((w) => (w.trim() && w !== '-' ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w))
    .join('');
}

/** Issuer code from the header: UBND for a People's Committee, else the number's code. */
export function issuerCodeOf(model: NoticeModel): string | undefined {
  const issuer = model.header.issuer?.text;
  if (!issuer) return undefined;
  const k = foldName(issuer);
  if (/^(ủy|uỷ) ban nhân dân|^ubnd/.test(k)) return 'UBND';
  if (/^hội đồng nhân dân|^hđnd/.test(k)) return 'HĐND';
  return undefined;
}

/**
 * "<place>, ngày DD tháng MM năm YYYY" for a date: days below 10 and months 1 and 2 take a
 * leading zero, months 3–12 do not (NĐ 30/2020, Phụ lục I, mục II.4).
 */
export function placeDateLine(place: string, date: Date): string {
  const d = date.getDate();
  const m = date.getMonth() + 1;
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `${place}, ngày ${dd} tháng ${mm} năm ${date.getFullYear()}`;
}

/** Authority chains that fit the issuer (DOMAIN.md §5). */
export function authorityChains(model: NoticeModel): string[][] {
  const issuer = foldName(model.header.issuer?.text ?? '');
  if (/^sở|^ban|^cục|^chi cục/.test(issuer)) {
    const head = /^ban/.test(issuer) ? 'TRƯỞNG BAN' : /^(chi )?cục/.test(issuer) ? 'CỤC TRƯỞNG' : 'GIÁM ĐỐC';
    return [[head], [`KT. ${head}`, `PHÓ ${head}`], [`TL. ${head}`, 'CHÁNH VĂN PHÒNG'], [`Q. ${head}`]];
  }
  return [
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'],
    ['TL. CHỦ TỊCH', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
  ];
}

/** The usual Nơi nhận lines for the issuer's level; the archive line last (Phụ lục I, mục II.9). */
export function recipientLines(model: NoticeModel): string[] {
  const issuer = foldName(model.header.issuer?.text ?? '');
  const commune = /(^|\s)(xã|phường|đặc khu)\s/.test(issuer);
  const lines = commune
    ? ['- Thường trực Đảng ủy xã;', '- Thường trực HĐND xã;', '- Chủ tịch, các Phó Chủ tịch UBND xã;', '- Ủy ban MTTQ Việt Nam xã;']
    : ['- Thường trực Tỉnh ủy;', '- Thường trực HĐND tỉnh;', '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- Các sở, ban, ngành tỉnh;', '- Ủy ban MTTQ Việt Nam tỉnh;'];
  return [...lines, '- Lưu: VT.'];
}
