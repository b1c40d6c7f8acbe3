/**
 * structure/missing-recipients — no "Nơi nhận:" block.
 * NĐ 30/2020/NĐ-CP, Điều 8 khoản 9 and Phụ lục I, mục II.9: every document lists its
 * recipients, the last item being "Lưu: VT, …" (DOMAIN.md §6). The fix inserts the block's
 * skeleton after the signature (or the body); the items are for the drafter to fill in.
 */
import { msg, type Rule } from '../types';
import { eol, firstContentSpan, lineSpan } from '../util';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.9';

export const missingRecipients: Rule = {
  meta: {
    id: 'structure/missing-recipients',
    family: 'structure',
    defaultSeverity: 'error',
    fixable: true,
    description: msg('Thiếu phần "Nơi nhận:".', 'The "Nơi nhận:" (recipients) block is missing.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    if (model.recipients) return;
    const nl = eol(model);
    // After whichever of signature and body ends last.
    let endLine: number | undefined;
    let anchor = firstContentSpan(model);
    if (model.body) {
      endLine = model.body.lastLine;
      anchor = model.body.lastLineContent;
    }
    const sig = model.signature;
    if (sig) {
      const sigLast = sig.signer ? sig.signer.lines[0] : sig.lines[sig.lines.length - 1]?.lines[0];
      if (sigLast !== undefined && (endLine === undefined || sigLast > endLine)) endLine = sigLast;
      if (sig.lines[0]) anchor = sig.lines[0].span;
    }
    if (endLine === undefined) {
      const last = [...model.lines].reverse().find((l) => !l.blank);
      if (!last) return;
      endLine = last.index;
      anchor = lineSpan(last);
    }
    const at = model.lines[endLine].end;
    const block = `Nơi nhận:${nl}- …;${nl}- Lưu: VT, ….`;
    ctx.report({
      start: anchor.start,
      end: anchor.end,
      message: msg(
        `Thiếu phần "Nơi nhận:" (mỗi nơi nhận một dòng "- …;", mục cuối "- Lưu: VT, …") (${BASIS_VI}).`,
        `Missing the "Nơi nhận:" block (one "- …;" line per recipient, the last "- Lưu: VT, …") (${BASIS_EN}).`,
      ),
      fixes: [{ title: msg('Chèn khung "Nơi nhận:"', 'Insert a "Nơi nhận:" block'), edits: [{ start: at, end: at, newText: nl + nl + block }] }],
    });
  },
};
