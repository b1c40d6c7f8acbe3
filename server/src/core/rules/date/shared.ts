/** Helpers shared by the `date` rules. */
import { msg } from '../types';

// NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4: "<Địa danh>, ngày DD tháng MM năm YYYY".
export const BASIS = msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4', 'Decree 30/2020/ND-CP, Appendix I, section II.4');

export const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** Vietnamese title case of a place name in capitals: "LẠNG SƠN" → "Lạng Sơn". */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .split(/(\s+)/)
    .map((w) => (w.trim() ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join('');
}
