/**
 * Facts about the header that several structure rules need to build certain fixes: the
 * issuer code a header line implies, and the place name a provincial issuer writes.
 */
import { splitAtUnitWord } from '../../text/scan';
import type { Line, NoticeModel } from '../../parse/model';
import { nameKey } from '../../text/fold';

/**
 * The issuer code ("UBND", "HĐND") when the issuing-agency line is a People's Committee or
 * Council — the only bodies whose code is fixed by practice everywhere. A sở's code varies
 * by province (STNMT, STN&MT, SNNMT …), so none is guessed for it.
 */
export function certainIssuerCode(model: NoticeModel): string | undefined {
  const issuer = model.header.issuer;
  if (!issuer) return undefined;
  const k = nameKey(issuer.text);
  if (k.startsWith(nameKey('ỦY BAN NHÂN DÂN'))) return 'UBND';
  if (k.startsWith(nameKey('HỘI ĐỒNG NHÂN DÂN'))) return 'HĐND';
  return undefined;
}

/** Centrally-run cities: their bodies write the city's name; Hồ Chí Minh with "Thành phố". */
const CITIES: Record<string, string> = {
  [nameKey('HÀ NỘI')]: 'Hà Nội',
  [nameKey('HẢI PHÒNG')]: 'Hải Phòng',
  [nameKey('ĐÀ NẴNG')]: 'Đà Nẵng',
  [nameKey('CẦN THƠ')]: 'Cần Thơ',
  [nameKey('HUẾ')]: 'Huế',
  [nameKey('HỒ CHÍ MINH')]: 'Thành phố Hồ Chí Minh',
};

/** "LẠNG SƠN" → "Lạng Sơn", "BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu". */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/(\s+)/)
    .map((w) => (/\s/.test(w) || !w ? w : w[0].toUpperCase() + w.slice(1)))
    .join('');
}

/**
 * The place a provincial issuer writes before the date (DOMAIN.md §4: provincial bodies —
 * UBND tỉnh and its sở — write the province's name; the decree's own example is
 * "Thành phố Hồ Chí Minh, ngày …"). Only the provincial level is certain; the practice
 * of district and commune bodies varies [U], so no place is derived for them.
 */
export function certainIssuerPlace(model: NoticeModel): string | undefined {
  for (const c of [model.header.issuer, model.header.superior]) {
    if (!c) continue;
    const t = c.text.replace(/\s+/g, ' ').trim();
    const hit = splitAtUnitWord(t, ['TỈNH', 'THÀNH PHỐ', 'TP.', 'TP'], (rest) => /^\p{Lu}[\p{Lu}\p{M} -]*$/u.test(rest) && /\p{Lu}$/u.test(rest));
    if (!hit) continue;
    const m = ['', hit.word.replace(/^TP\.?$/u, 'TP'), hit.rest] as const;
    const name = m[2].trim();
    // "TỈNH ỦY QUẢNG NINH" is the provincial Party committee, not a province named "Ủy …"; a
    // name longer than the parser takes as a place would be inserted again on every fix pass.
    if (/^(ỦY|UỶ)(?![\p{L}\p{M}])/u.test(name) || name.length > 40) continue;
    if (m[1] === 'TỈNH') return titleCase(name);
    const city = CITIES[nameKey(name)];
    if (city) return city;
  }
  return undefined;
}

/** Index of the title line, or the number of lines scanned for the header. */
export function headerEnd(model: NoticeModel): number {
  return model.title ? model.title.lines[0] : Math.min(model.lines.length, 40);
}

/** Header lines (before the title) matching a test, for "written but not recognised" cases. */
export function headerLineMatching(model: NoticeModel, test: (l: Line) => boolean): Line | undefined {
  const end = headerEnd(model);
  for (let i = 0; i < end; i++) if (!model.lines[i].blank && test(model.lines[i])) return model.lines[i];
  return undefined;
}
