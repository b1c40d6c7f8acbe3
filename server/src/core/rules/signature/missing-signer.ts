/**
 * signature/missing-signer — no signer's name under the title.
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7.c: the signer's full name (họ, tên đệm, tên) under the
 * title and the signature. A name written in capitals, or with "(Đã ký)" before it, counts.
 */
import { nameKey } from '../../text/fold';
import { msg, type Rule } from '../types';
import { headTitleOf, isCollective, isDeputy, splitAuthority } from './titles';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.7';
/** Placeholders between the title and the name: "(Đã ký)", "[chữ ký số]", "(Ký, đóng dấu)". */
const PLACEHOLDER = /^[([].*[)\]]$/u;

export const missingSigner: Rule = {
  meta: {
    id: 'signature/missing-signer',
    family: 'signature',
    defaultSeverity: 'error',
    fixable: false,
    description: msg('Thiếu họ tên người ký dưới chức vụ.', "The signer's name is missing under the title."),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const sig = model.signature;
    if (!sig || sig.signer || sig.lines.length === 0) return;
    const last = sig.lines[sig.lines.length - 1];
    // A name in capitals is parsed as one more title line: not a title, not a body → a name.
    const l = splitAuthority(last.text);
    const k = nameKey(l.rest);
    const looksLikeTitle = !!l.prefix || !!headTitleOf(l.rest) || isDeputy(l.rest) || isCollective(l.rest) || /(trưởng|giám đốc|chủ tịch|chánh|ủy viên|uỷ viên|thư ký|bí thư)/u.test(k);
    if (!looksLikeTitle && sig.lines.length > 1) return;
    // Anything but blanks and placeholders between the title and the end (or Nơi nhận)?
    const lastLine = last.lines[last.lines.length - 1];
    const stop = model.recipients && model.recipients.label.lines[0] > lastLine ? model.recipients.label.lines[0] : model.lines.length;
    for (let i = lastLine + 1; i < stop; i++) {
      const c = model.lines[i].content;
      if (c && !PLACEHOLDER.test(c)) return;
    }
    ctx.report({
      start: last.span.start,
      end: last.span.end,
      message: msg(
        `Thiếu họ tên người ký dưới chức vụ "${last.text}" (${BASIS_VI}).`,
        `Missing the signer's name under the title "${last.text}" (${BASIS_EN}).`,
      ),
    });
  },
};
