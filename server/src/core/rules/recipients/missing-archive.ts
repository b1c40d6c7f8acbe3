/**
 * recipients/missing-archive — no final "Lưu: VT, …" item, or it is not last, or it does not
 * name the records office (VT).
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 (DOMAIN.md §6): the last item of Nơi nhận is
 * "- Lưu: VT, <đơn vị soạn thảo>[, số lượng bản]." — VT is the Văn thư, which keeps the
 * original.
 */
import { msg, type Rule } from '../types';
import { eol } from '../util';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.9';
const LUU = /^lưu\s*[:：]?/iu;

export const missingArchive: Rule = {
  meta: {
    id: 'recipients/missing-archive',
    family: 'recipients',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      'Nơi nhận không có mục cuối "- Lưu: VT, …".',
      'Nơi nhận lacks the final "- Lưu: VT, …" item.',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const r = model.recipients;
    if (!r) return;
    const nl = eol(model);
    const idx = r.items.findIndex((it) => LUU.test(it.value));
    if (idx < 0) {
      const last = r.items[r.items.length - 1];
      // Insert after the last item; its full stop becomes ";" now that it is no longer last.
      const edit = last
        ? /\.$/.test(model.text.slice(last.valueSpan.start, last.valueSpan.end)) && !/\.\.$|…\.$/.test(model.text.slice(last.valueSpan.start, last.valueSpan.end))
          ? { start: last.valueSpan.end - 1, end: last.valueSpan.end, newText: ';' + nl + '- Lưu: VT.' }
          : { start: last.valueSpan.end, end: last.valueSpan.end, newText: nl + '- Lưu: VT.' }
        : { start: model.lines[r.label.lines[0]].end, end: model.lines[r.label.lines[0]].end, newText: nl + '- Lưu: VT.' };
      ctx.report({
        start: r.label.span.start,
        end: r.label.span.end,
        message: msg(
          `Nơi nhận thiếu mục cuối "- Lưu: VT, <đơn vị soạn thảo>." (bản lưu tại Văn thư) (${BASIS_VI}).`,
          `Nơi nhận lacks the final item "- Lưu: VT, <drafting unit>." (the copy kept by the records office) (${BASIS_EN}).`,
        ),
        fixes: [{ title: msg('Thêm "- Lưu: VT."', 'Add "- Lưu: VT."'), edits: [edit] }],
      });
      return;
    }
    const item = r.items[idx];
    const luuLen = /^lưu/iu.exec(item.value)![0].length;
    if (idx !== r.items.length - 1) {
      ctx.report({
        start: item.valueSpan.start,
        end: item.valueSpan.end,
        message: msg(
          `Mục "${item.value.trim()}" phải là mục cuối cùng của Nơi nhận (${BASIS_VI}).`,
          `The item "${item.value.trim()}" must be the last item of Nơi nhận (${BASIS_EN}).`,
        ),
      });
    }
    // "Lưu: KT." without the records office.
    const rest = item.value.replace(LUU, '').trim();
    if (!/(^|[\s,;(])(VT|Văn thư)(?=[\s,;.()]|$)/iu.test(rest)) {
      const colon = LUU.exec(item.value)![0];
      const at = item.valueSpan.start + colon.length;
      const ws = /^\s*/.exec(item.value.slice(colon.length))![0];
      ctx.report({
        start: item.valueSpan.start,
        end: item.valueSpan.start + luuLen,
        message: msg(
          `Mục "Lưu" phải ghi "VT" (Văn thư) trước đơn vị soạn thảo: "Lưu: VT, ${rest}" (${BASIS_VI}).`,
          `The "Lưu" item must name "VT" (the records office) before the drafting unit: "Lưu: VT, ${rest}" (${BASIS_EN}).`,
        ),
        fixes: colon.includes(':')
          ? [{ title: msg('Thêm "VT, "', 'Add "VT, "'), edits: [{ start: at, end: at + ws.length, newText: ' VT, ' }] }]
          : undefined,
      });
    }
  },
};
