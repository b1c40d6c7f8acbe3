/**
 * structure/missing-end-mark — the body does not end with "./.".
 * Every template of NĐ 30/2020/NĐ-CP, Phụ lục III (Mẫu 1.4 for a notice) ends the body with
 * "./."; it is a convention of the templates, not a sentence of the decree, hence info.
 * "…15/7/2024/." is not the mark: a date's slash followed by a full stop.
 */
import { lastWordStart } from '../../text/scan';
import { msg, type Fix, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.4';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix III, form 1.4';

export const missingEndMark: Rule = {
  meta: {
    id: 'structure/missing-end-mark',
    family: 'structure',
    defaultSeverity: 'info',
    fixable: true,
    description: msg('Phần nội dung không kết thúc bằng dấu "./.".', 'The body does not end with "./.".'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const body = model.body;
    if (!body) return;
    const { start, end } = body.lastLineContent;
    const last = model.text.slice(start, end);
    if (/\.\/\.$/.test(last)) return;
    let cover: { start: number; end: number };
    let fix: Fix | undefined;
    let foundVi: string;
    let foundEn: string;
    const insert = (at: number, text: string): Fix => ({
      title: msg('Thêm dấu "./." cuối nội dung', 'Add "./." at the end of the body'),
      edits: [{ start: at, end: at, newText: text }],
    });
    if (/\/\.$/.test(last)) {
      // "…2024/." → "…2024./."
      cover = { start: end - 2, end };
      fix = insert(end - 2, '.');
      foundVi = 'kết thúc bằng "/." (dấu gạch chéo của ngày tháng rồi dấu chấm), không phải dấu "./."';
      foundEn = 'ends with "/." (a date\'s slash and a full stop), not with "./."';
    } else if (/\.\/$/.test(last)) {
      cover = { start: end - 2, end };
      fix = insert(end, '.');
      foundVi = 'kết thúc bằng "./" thiếu dấu chấm cuối';
      foundEn = 'ends with "./", the final full stop is missing';
    } else if (/[^.]\.$/.test(last) || last === '.') {
      cover = { start: end - 1, end };
      fix = insert(end, '/.');
      foundVi = 'kết thúc bằng dấu chấm, thiếu "/."';
      foundEn = 'ends with a full stop without "/."';
    } else if (/[\p{L}\p{N})"”]$/u.test(last)) {
      cover = { start: start + lastWordStart(last), end };
      fix = insert(end, './.');
      foundVi = 'không có dấu kết thúc';
      foundEn = 'has no end mark';
    } else {
      // Ends with ";", ":", "…": what the sentence lacks is not certain.
      cover = { start: start + lastWordStart(last), end };
      foundVi = `kết thúc bằng "${last.slice(-1)}"`;
      foundEn = `ends with "${last.slice(-1)}"`;
    }
    ctx.report({
      start: cover.start,
      end: cover.end,
      message: msg(
        `Câu cuối của phần nội dung ${foundVi}; theo mẫu, nội dung kết thúc bằng "./." (${BASIS_VI}).`,
        `The last sentence of the body ${foundEn}; the templates end the body with "./." (${BASIS_EN}).`,
      ),
      fixes: fix ? [fix] : undefined,
    });
  },
};
