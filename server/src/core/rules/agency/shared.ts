/**
 * Helpers shared by the `agency` and `abbreviation` rules: how a finding names the registry's
 * source and date (ARCHITECTURE.md §8: reference data carries its source), and casing.
 */
import { agencyDataSources, type AgencyEntry } from '../../data/agencies';
import type { DateWindow } from '../../domain/dates';
import { msg, type Msg } from '../types';

/** Short citations of the registry's source keys (the JSON's header has the long forms). */
const SOURCE_LABEL: Record<string, Msg> = {
  'nd30-2020': msg('Nghị định 30/2020/NĐ-CP', 'Decree 30/2020/ND-CP'),
  'nq176-2025': msg('Nghị quyết 176/2025/QH15', 'Resolution 176/2025/QH15'),
  'nd24-2014': msg('Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP', 'Decree 24/2014/ND-CP as amended by Decree 107/2020/ND-CP'),
  'nd45-2025': msg('Nghị định 45/2025/NĐ-CP (nay là Nghị định 150/2025/NĐ-CP)', 'Decree 45/2025/ND-CP (now Decree 150/2025/ND-CP)'),
  'langson-2025': msg('Nghị quyết HĐND tỉnh Lạng Sơn ngày 18/02/2025', 'Lạng Sơn People\'s Council resolution of 18/02/2025'),
  'nq202-2025': msg('Nghị quyết 202/2025/QH15', 'Resolution 202/2025/QH15'),
  'luat80-2015': msg('Luật Ban hành văn bản quy phạm pháp luật 2015', 'Law on Legal Documents 2015'),
  'hd36-2018': msg('Hướng dẫn 36-HD/VPTW', 'Guidance 36-HD/VPTW'),
  'domain-s10': msg('danh mục cơ quan thường gặp, chưa có nguồn về ngày hiệu lực', 'list of common bodies, validity dates unsourced'),
  seeds: msg('văn bản thực tế', 'real documents'),
};

export function sourceLabel(key: string): Msg {
  return SOURCE_LABEL[key] ?? msg(key, key);
}

/** "(danh mục cơ quan, cập nhật 2026-11-24; nguồn: …)" — plus an uncertainty note for U entries. */
export function registryNote(entry?: AgencyEntry): Msg {
  const curated = agencyDataSources().curated;
  const src = entry ? sourceLabel(entry.source) : undefined;
  const u = entry?.status === 'U';
  return msg(
    `danh mục cơ quan cập nhật ${curated}${src ? `; nguồn: ${src.vi}` : ''}${u ? '; mục này chưa được xác minh [U]' : ''}`,
    `agency registry of ${curated}${src ? `; source: ${src.en}` : ''}${u ? '; this entry is unverified [U]' : ''}`,
  );
}

/** dd/mm/yyyy of an ISO date. */
export function vnDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The document's date as words: "ngày 05/3/2026", "tháng 8/2020", "năm 2026", or today. */
export function windowLabel(w: DateWindow, source: 'document' | 'today'): Msg {
  const [fy, fm, fd] = w.from.split('-').map(Number);
  const [ty, tm] = w.to.split('-').map(Number);
  if (source === 'today') return msg(`hôm nay (${vnDate(w.from)}, văn bản chưa ghi ngày)`, `today (${vnDate(w.from)}, the document is undated)`);
  if (ty === fy + 1 && fm === 1 && fd === 1 && tm === 1) return msg(`năm ${fy}`, `the year ${fy}`);
  if (fd === 1 && (tm === fm + 1 || (fm === 12 && tm === 1))) return msg(`tháng ${fm}/${fy}`, `${fm}/${fy}`);
  return msg(`ngày ${vnDate(w.from)}`, `${vnDate(w.from)}`);
}

/** The replacement in the case of what it replaces ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "SỞ TÀI CHÍNH"). */
export function likeCase(written: string, replacement: string): string {
  return /\p{Ll}/u.test(written) ? replacement : replacement.toUpperCase();
}
