/**
 * number/unknown-type-code — the type code is not one of Phụ lục III (NĐ 30/2020), nor a
 * team code from config (`options.codes`). Case matters: Phụ lục III writes QyĐ, CTr, TTr,
 * TrS in mixed case and the rest in capitals. Codes of the repealed Thông tư 01/2011/TT-BNV
 * (GN, TTh, UQ, NP) still circulate [S] and get their replacement.
 */
import { allTypeCodes, docTypeByCode, OUTDATED_TYPE_CODES } from '../../domain/docTypes';
import { stripAccents } from '../../text/fold';
import { msg, type Fix, type Rule } from '../types';
import { BASIS_III } from './shared';

export const numberUnknownTypeCode: Rule = {
  meta: {
    id: 'number/unknown-type-code',
    family: 'number',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Ký hiệu tên loại không có trong Phụ lục III.', 'The type code is not in Appendix III.'),
    legalBasis: BASIS_III,
  },
  check(ctx) {
    const n = ctx.model.number;
    if (!n || !n.typeCode || !n.typeCodeSpan) return;
    const code = n.typeCode.trim();
    // No issuer code: a bare "/UBND" is a công văn symbol or a malformed number, not a type code.
    if (!code || !n.issuerCode || !/^[\p{L}]+$/u.test(code)) return;
    // Without a typed title ("THÔNG BÁO"), "05/UBND-VP" may be a công văn, which has no type code.
    if (!ctx.model.titleTypeCode) return;
    if (docTypeByCode(code)) return;
    const team = Array.isArray(ctx.options.codes) ? (ctx.options.codes as unknown[]).map(String) : [];
    if (team.includes(code)) return;
    const start = n.typeCodeSpan.start + n.typeCode.indexOf(code);
    const end = start + code.length;
    const fixTo = (c: string): Fix => ({ title: msg(`Thay bằng "${c}"`, `Replace with "${c}"`), edits: [{ start, end, newText: c }] });
    const outdated = OUTDATED_TYPE_CODES[code];
    if (outdated) {
      ctx.report({
        start,
        end,
        message: msg(
          `Ký hiệu "${code}" theo Thông tư 01/2011/TT-BNV đã hết hiệu lực: dùng "${outdated}" (Nghị định 30/2020/NĐ-CP, Phụ lục III).`,
          `"${code}" is an outdated code of the repealed Circular 01/2011/TT-BNV: use "${outdated}" (Decree 30/2020/ND-CP, Appendix III).`,
        ),
        fixes: [fixTo(outdated)],
      });
      return;
    }
    const candidates = suggest(code, ctx.model.titleTypeCode);
    const hint = candidates.length ? candidates.map((c) => `"${c}"`).join(', ') : '';
    ctx.report({
      start,
      end,
      message: msg(
        `Ký hiệu tên loại "${code}" không có trong Phụ lục III Nghị định 30/2020/NĐ-CP (phân biệt chữ hoa, chữ thường)${hint ? `; có phải ${hint}?` : '.'}`,
        `Type code "${code}" is not in Appendix III of Decree 30/2020/ND-CP (case matters)${hint ? `; did you mean ${hint}?` : '.'}`,
      ),
      fixes: candidates.length ? candidates.map(fixTo) : undefined,
    });
  },
};

/** Same letters in another case or without diacritics (QD → QĐ), else one edit away; the title's code first. */
function suggest(code: string, titleCode?: string): string[] {
  const all = allTypeCodes();
  const key = (s: string) => stripAccents(s).toUpperCase();
  const exact = all.filter((c) => c.toUpperCase() === code.toUpperCase() || key(c) === key(code));
  if (exact.length) return order(exact, titleCode);
  // One letter off and the title agrees: the only near code we are sure of.
  if (titleCode && oneEdit(code.toUpperCase(), titleCode.toUpperCase())) return [titleCode];
  return [];
}

function order(list: string[], first?: string): string[] {
  return [...list].sort((a, b) => Number(b === first) - Number(a === first));
}

/** Two different codes (suggest has ruled out equal ones) one insertion, deletion or change apart. */
function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + (a.length >= b.length ? 1 : 0)) === b.slice(i + (b.length >= a.length ? 1 : 0));
}
