/**
 * number/malformed — "Số, ký hiệu" not written `Số: <n>/<type>-<issuer>[-<unit>]`.
 * NĐ 30/2020, Phụ lục I, mục II.3: a slash between number and symbol, hyphens between the
 * codes, no spaces; administrative documents carry no year (the year marks a legal normative
 * document, Luật 80/2015/QH13 Điều 10). A Party number ("05-TB/TU", Hướng dẫn 36-HD/VPTW)
 * is a family of its own and is left alone.
 */
import type { NoticeModel } from '../../parse/model';
import { msg, type Fix, type Rule, type RuleContext } from '../types';
import { NUMBER_VALUE, PARTY_VALUE, SYMBOL, normaliseSymbol, normaliseValue } from './shared';

const CITE = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3';
const CITE_EN = 'Decree 30/2020/ND-CP, Appendix I, II.3';

export const numberMalformed: Rule = {
  meta: {
    id: 'number/malformed',
    family: 'number',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Số, ký hiệu không đúng dạng "Số: 05/TB-UBND".', 'The number is not written like "Số: 05/TB-UBND".'),
    legalBasis: msg(CITE, CITE_EN),
  },
  check(ctx) {
    const n = ctx.model.number;
    if (!n) return missingColon(ctx);
    const v = n.value;
    if (!v || PARTY_VALUE.test(v)) return;
    const at = { start: n.valueSpan.start, end: n.valueSpan.end };
    if (n.blankNumber) {
      // Only the symbol can be judged; the blank is the records office's. A blank number has
      // its slash, so the parser has read a symbol (maybe empty) and its range.
      const sym = n.symbol!;
      if (!sym || SYMBOL.test(sym)) return;
      const fixed = normaliseSymbol(sym);
      // The reason is the symbol's as if the number were filled in: the slash is there.
      report(ctx, n.symbolSpan!.start, n.symbolSpan!.end, sym, SYMBOL.test(fixed) ? fixed : undefined, reason(`1/${sym}`));
      return;
    }
    if (NUMBER_VALUE.test(v)) return;
    const year = /^(\d+)\/(\d{4})\/(.+)$/u.exec(v);
    if (year && NUMBER_VALUE.test(`${year[1]}/${year[3]}`)) {
      const want = `${year[1]}/${year[3]}`;
      ctx.report({
        start: at.start,
        end: at.end,
        message: msg(
          `Số, ký hiệu "${v}" có năm ${year[2]}: văn bản hành chính không ghi năm trong số (chỉ văn bản quy phạm pháp luật có năm) — viết "${want}" (${CITE}).`,
          `"${v}" contains the year ${year[2]}: administrative documents carry no year in their number (only legal normative documents do) — write "${want}" (${CITE_EN}).`,
        ),
        fixes: [fix(at.start, at.end, want)],
      });
      return;
    }
    const norm = normaliseValue(v);
    report(ctx, at.start, at.end, v, norm !== v && NUMBER_VALUE.test(norm) ? norm : undefined);
  },
};

function fix(start: number, end: number, text: string): Fix {
  return { title: msg(`Sửa thành "${text}"`, `Change to "${text}"`), edits: [{ start, end, newText: text }] };
}

function report(ctx: RuleContext, start: number, end: number, found: string, want?: string, why = reason(found)): void {
  ctx.report({
    start,
    end,
    message: msg(
      `Số, ký hiệu "${found}" sai dạng: ${why.vi}${want ? `; viết "${want}"` : ''}. Dạng đúng: "Số: 05/TB-UBND" (${CITE}).`,
      `Malformed number "${found}": ${why.en}${want ? `; write "${want}"` : ''}. Expected like "Số: 05/TB-UBND" (${CITE_EN}).`,
    ),
    fixes: want ? [fix(start, end, want)] : undefined,
  });
}

function reason(v: string): { vi: string; en: string } {
  if (/\s/.test(v)) return { vi: 'có khoảng trắng bên trong', en: 'spaces inside' };
  if (/[–—_.]/.test(v)) return { vi: 'dùng dấu phân cách sai (chỉ dùng "/" và "-")', en: 'wrong separators (only "/" and "-")' };
  if (!v.includes('/')) return { vi: 'thiếu dấu "/" và ký hiệu', en: 'no "/" and symbol' };
  const num = v.slice(0, v.indexOf('/'));
  if (/\p{L}/u.test(num)) return { vi: `số "${num}" có chữ cái`, en: `the number "${num}" contains letters` };
  if (!/-[^-/]/.test(v.slice(v.indexOf('/')))) return { vi: 'ký hiệu thiếu phần viết tắt tên cơ quan ban hành', en: 'the symbol lacks the issuer code' };
  if (v.indexOf('/') !== v.lastIndexOf('/')) return { vi: 'có hơn một dấu "/"', en: 'more than one "/"' };
  if (/\p{Ll}/u.test(v)) return { vi: 'ký hiệu phải viết in hoa', en: 'the symbol must be in capitals' };
  return { vi: 'không đúng cấu trúc số/tên loại-cơ quan', en: 'not number/type-issuer' };
}

/** "Số 05/TB-UBND" without the colon: the parser does not take it as the number line. */
function missingColon(ctx: RuleContext): void {
  const m: NoticeModel = ctx.model;
  const titleLine = m.title?.lines[0] ?? Math.min(m.lines.length, 15);
  for (const l of m.lines.slice(0, titleLine)) {
    const mm = /^Số(\s+)((?:[\d.…_][\d.…_ ]*)?\/[\p{L}\d-]+)/u.exec(l.content);
    if (!mm) continue;
    const at = l.contentStart + 2 + mm[1].length;
    ctx.report({
      start: l.contentStart,
      end: l.contentStart + mm[0].length,
      message: msg(
        `Thiếu dấu hai chấm sau "Số": viết "Số: ${mm[2].trim()}" (${CITE}).`,
        `Missing colon after "Số": write "Số: ${mm[2].trim()}" (${CITE_EN}).`,
      ),
      fixes: [{ title: msg('Thêm dấu ":"', 'Add ":"'), edits: [{ start: l.contentStart + 2, end: at, newText: ': ' }] }],
    });
    return;
  }
}
