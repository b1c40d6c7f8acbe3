/**
 * agency/unknown-abbreviation — an abbreviation in the text or in Nơi nhận that the document
 * does not define and the registry does not know, and that is a slip of a known agency
 * abbreviation ("MTQT" for MTTQ, seed 002). NĐ 30/2020/NĐ-CP allows common abbreviations of
 * bodies (UBND, HĐND) in the superior agency's name (Phụ lục I, mục II.2); a misspelt one names
 * no body. Unknown abbreviations that are not near a known agency abbreviation (school levels,
 * drafting-unit initials, codes) are left to abbreviation/undefined; "Lưu: …" is never checked.
 */
import { msg, type Rule } from '../types';
import { getAbbreviations } from '../../extract/abbreviations';
import { knownAbbreviations, intendedAgencyAbbreviation } from './abbr-known';
import { registryNote } from './shared';

export const agencyUnknownAbbreviation: Rule = {
  meta: {
    id: 'agency/unknown-abbreviation',
    family: 'agency',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg(
      'Chữ viết tắt tên cơ quan không được định nghĩa trong văn bản và không có trong danh mục (viết sai chữ viết tắt).',
      'An agency abbreviation that is neither defined in the document nor known (misspelt abbreviation).',
    ),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2', 'Decree 30/2020/ND-CP, Appendix I, section II.2'),
  },
  check(ctx) {
    const reg = ctx.data?.agencies;
    if (!reg) return;
    const { uses, definitions } = getAbbreviations(ctx);
    const { tokens } = knownAbbreviations(reg);
    const note = registryNote();
    // Pure in (document, registry, token): decided once per distinct token, not per use — a long
    // notice uses a few dozen abbreviations thousands of times (profiling, 1 MB notice).
    const intended = new Map<string, { want: string; expVi: string } | undefined>();
    for (const u of uses) {
      let hit = intended.get(u.text);
      if (hit === undefined && !intended.has(u.text)) {
        const want = definitions.has(u.text) || reg.abbreviation(u.text) || tokens.has(u.text) ? undefined : intendedAgencyAbbreviation(reg, u.text);
        const exp = want ? reg.abbreviation(want)?.expansion : undefined;
        intended.set(u.text, (hit = want ? { want, expVi: exp ? ` (${exp})` : '' } : undefined));
      }
      if (!hit) continue;
      const { want, expVi } = hit;
      ctx.report({
        start: u.span.start,
        end: u.span.end,
        message: msg(
          `Chữ viết tắt "${u.text}" không được định nghĩa trong văn bản và không có trong danh mục; có phải là "${want}"${expVi}? (${note.vi})`,
          `The abbreviation "${u.text}" is not defined in the document and not known; did you mean "${want}"${expVi}? (${note.en})`,
        ),
        fixes: [{ title: msg(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [{ start: u.span.start, end: u.span.end, newText: want }] }],
      });
    }
  },
};
