/** Helpers shared by the `number` rules: the legal basis and the grammar of "Số, ký hiệu". */
import { msg } from '../types';
import { tightenAround } from '../../text/scan';

// NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3: Số: <số>/<tên loại>-<cơ quan ban hành>[-<đơn vị soạn thảo>].
export const BASIS = msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3', 'Decree 30/2020/ND-CP, Appendix I, section II.3');
export const BASIS_III = msg('Nghị định 30/2020/NĐ-CP, Phụ lục III', 'Decree 30/2020/ND-CP, Appendix III');

/**
 * The symbol grammar: TYPE-ISSUER[-UNIT…]. The type code keeps its own case (QyĐ, CTr, TTr);
 * the issuer and unit codes are capitals and digits (Phụ lục I, mục II.3: "chữ in hoa").
 */
export const SYMBOL = /^[\p{L}]+(?:-[\p{Lu}\d]+)+$/u;
/** The whole value: number/symbol. */
export const NUMBER_VALUE = /^\d+\/[\p{L}]+(?:-[\p{Lu}\d]+)+$/u;
/** A Party number "05-TB/TU" (Hướng dẫn 36-HD/VPTW): a valid family of its own, never "fixed". */
export const PARTY_VALUE = /^\d+-[\p{L}]+\/[\p{L}\d]+(?:\/[\p{L}\d]+)?$/u;

/**
 * Removes what is unambiguously noise in a symbol: spaces around "/" and "-", other dashes,
 * underscores or dots between codes; lower-case issuer/unit codes become capitals (the type
 * code keeps its own case: QyĐ, CTr, TTr).
 */
export function normaliseSymbol(s: string): string {
  // Linear (tightenAround), not /\s*[-–—_.]\s*/g: no quadratic backtracking on long blanks.
  const parts = tightenAround(s.trim(), '-–—_.', '-').split('-');
  return parts.map((p, i) => (i > 0 && /^[\p{Ll}\d]+$/u.test(p) ? p.toUpperCase() : p)).join('-');
}

export function normaliseValue(v: string): string {
  const slash = v.indexOf('/');
  if (slash < 0) return v.trim();
  return v.slice(0, slash).replace(/\s+/g, '') + '/' + normaliseSymbol(tightenAround(v.slice(slash + 1), '/', '/'));
}
