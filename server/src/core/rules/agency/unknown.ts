/**
 * agency/unknown — a phrase a headword starts (Sở, Bộ, Ban, Ủy ban, UBND, Trung tâm …), or an
 * item of a "các Sở, ngành: …" list, that names no known body but is a near miss of one: one
 * word dropped, added or mistyped, or a few diacritics wrong ("Chủ tịch Ủy nhân dân tỉnh" →
 * "Ủy ban nhân dân", seed 002). Phrases that are simply not in the registry (a real body it
 * does not list, "Hội nghị", "Đoàn kiểm tra") stay silent: the registry is not exhaustive.
 * Names of bodies are proper names (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2 and II.7: the
 * issuer's and authority's names are written in full and exactly).
 */
import { msg, type Rule } from '../types';
import { getAgencyMentions } from '../../extract/agencies';
import { type NearMiss, nearMiss, words } from '../../extract/agencyNear';
import { likeCase, registryNote } from './shared';

export const agencyUnknown: Rule = {
  meta: {
    id: 'agency/unknown',
    family: 'agency',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg(
      'Tên cơ quan không có trong danh mục nhưng gần giống một tên đã biết (viết sai tên cơ quan).',
      'An agency name that is not in the registry but is a near miss of a known one (misspelt agency name).',
    ),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2', 'Decree 30/2020/ND-CP, Appendix I, section II.2'),
  },
  check(ctx) {
    const reg = ctx.data?.agencies;
    if (!reg) return;
    const { unknown } = getAgencyMentions(ctx);
    // nearMiss is pure in (registry, phrase, date, list item or not), and a long notice repeats
    // its phrases ("Sở" of every "các Sở, ngành:"): once per distinct one (profiling, 1 MB notice).
    const near = [new Map<string, NearMiss | undefined>(), new Map<string, NearMiss | undefined>()];
    for (const u of unknown) {
      const seen = near[u.inList ? 1 : 0];
      let nm = seen.get(u.text);
      if (nm === undefined && !seen.has(u.text)) seen.set(u.text, (nm = nearMiss(reg, u.text, ctx.docDate, u.inList)));
      if (!nm) continue;
      const w = words(u.text);
      const start = u.span.start + w[0].start;
      const end = u.span.start + w[nm.replaced - 1].end;
      const written = ctx.model.text.slice(start, u.span.start + w[nm.covered - 1].end);
      const replacement = likeCase(ctx.model.text.slice(start, end), nm.replacement);
      const note = registryNote(nm.entry);
      ctx.report({
        start,
        end,
        message: msg(
          `Không có cơ quan "${written}" trong danh mục; có phải là "${nm.form}"? (${note.vi})`,
          `No agency "${written}" in the registry; did you mean "${nm.form}"? (${note.en})`,
        ),
        fixes: [{ title: msg(`Sửa thành "${replacement}"`, `Change to "${replacement}"`), edits: [{ start, end, newText: replacement }] }],
      });
    }
  },
};
