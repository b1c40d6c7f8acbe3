/**
 * structure/kinh-gui-in-notice — "Kính gửi:" or a "Như trên" recipient in a THÔNG BÁO.
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9: only tờ trình, báo cáo to a superior and công văn
 * are addressed "Kính gửi:", and only they use "Như trên" in Nơi nhận (which refers back to
 * the Kính gửi list). A notice lists every recipient under Nơi nhận.
 */
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.9';

export const kinhGuiInNotice: Rule = {
  meta: {
    id: 'structure/kinh-gui-in-notice',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg(
      'Thông báo có phần "Kính gửi:" hoặc nơi nhận "Như trên".',
      'A notice with a "Kính gửi:" block or a "Như trên" recipient.',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const isNotice = model.titleTypeCode === 'TB' || (!model.title && model.number?.typeCode === 'TB');
    if (!isNotice) return;
    const kg = model.kinhGui;
    if (kg) {
      // The parser takes only a line opening with "Kính gửi:" as the block.
      const len = /^kính gửi/iu.exec(kg.text)![0].length;
      ctx.report({
        start: kg.span.start,
        end: kg.span.start + len,
        message: msg(
          `Thông báo không có phần "Kính gửi:"; chỉ tờ trình, báo cáo gửi cấp trên và công văn mới có. Ghi các cơ quan nhận ở "Nơi nhận:" (${BASIS_VI}).`,
          `A notice has no "Kính gửi:" (only submissions, upward reports and official letters do); list the recipients under "Nơi nhận:" (${BASIS_EN}).`,
        ),
      });
    }
    for (const item of model.recipients?.items ?? []) {
      const m = /^như\s+trên(?![\p{L}\p{M}])/iu.exec(item.value);
      if (!m || !/^(\s*\(.*\))?\s*[;.,]?$/u.test(item.value.slice(m[0].length))) continue;
      ctx.report({
        start: item.valueSpan.start,
        end: item.valueSpan.start + m[0].length,
        message: msg(
          `Nơi nhận "Như trên" chỉ dùng khi văn bản có phần "Kính gửi:" (tờ trình, báo cáo, công văn); trong thông báo hãy ghi cụ thể từng nơi nhận (${BASIS_VI}).`,
          `The recipient "Như trên" ("as above") only refers to a "Kính gửi:" list (submissions, reports, letters); a notice names each recipient (${BASIS_EN}).`,
        ),
      });
    }
  },
};
