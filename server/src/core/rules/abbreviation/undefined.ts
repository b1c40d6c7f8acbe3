/**
 * abbreviation/undefined — an abbreviation used in the abstract or the body without being spelled
 * out at its first use ("Chương trình mục tiêu quốc gia (MTQG)"), and not on the list of forms
 * readers know without a definition. DOMAIN.md §7: NĐ 30/2020/NĐ-CP itself only allows common
 * abbreviations (UBND, HĐND) in the superior agency's name; "define at first use, in brackets"
 * comes from older guidance [U] — a style rule, hence info. Nơi nhận is shorthand by practice
 * (DOMAIN.md §6) and is not checked; each abbreviation is reported once, at its first use.
 */
import { msg, type Rule } from '../types';
import { getAbbreviations } from '../../extract/abbreviations';
import { getAgencyRegistry } from '../../data/agencies';
import { knownAbbreviations, intendedAgencyAbbreviation } from '../agency/abbr-known';

/**
 * Known to readers without a definition, besides the registry's own list (needsDefinition:
 * false): international acronyms and the school levels of official school names ("Trường PTDT
 * bán trú TH và THCS"). Teams extend it with the rule option `allow`.
 */
export const DEFAULT_ALLOW: readonly string[] = [
  'ODA', 'FDI', 'GDP', 'GRDP', 'PCI', 'PAPI', 'PAR', 'SIPAS', 'ICT', 'ASEAN', 'WTO', 'WHO', 'USD', 'VND', 'OCOP', 'COVID', 'SARS',
  'THCS', 'THPT', 'PTDT', 'PTDTBT', 'PTDTNT', 'MN',
];

export const abbreviationUndefined: Rule = {
  meta: {
    id: 'abbreviation/undefined',
    family: 'abbreviation',
    defaultSeverity: 'info',
    fixable: false,
    needsReferenceData: true,
    description: msg(
      'Chữ viết tắt được dùng mà không viết đầy đủ ở lần dùng đầu tiên (quy tắc trình bày, không phải quy định của Nghị định 30/2020/NĐ-CP).',
      'An abbreviation used without being spelled out at its first use (a style rule, not a requirement of Decree 30/2020/ND-CP).',
    ),
  },
  check(ctx) {
    const reg = ctx.data?.agencies ?? getAgencyRegistry();
    const allow = new Set([...DEFAULT_ALLOW, ...(Array.isArray(ctx.options.allow) ? ctx.options.allow.map(String) : [])]);
    const { uses, definitions } = getAbbreviations(ctx);
    const { tokens } = knownAbbreviations(reg);
    const seen = new Set<string>();
    for (const u of uses) {
      if (u.zone !== 'body' && u.zone !== 'abstract') continue;
      if (seen.has(u.text)) continue;
      seen.add(u.text);
      if (allow.has(u.text)) continue;
      const info = reg.abbreviation(u.text);
      if (info && !info.needsDefinition) continue;
      // A misspelt agency abbreviation is agency/unknown-abbreviation's warning.
      if (!info && !tokens.has(u.text) && intendedAgencyAbbreviation(reg, u.text)) continue;
      const def = definitions.get(u.text);
      if (def && def.span.start <= u.span.start) continue;
      const fixed = info ? undefined : reg.misspelledAbbreviation(u.text);
      // Every misspelling names a listed abbreviation with its expansion (tested on the data).
      const exp = fixed ? reg.abbreviation(fixed)!.expansion : info?.expansion;
      const hintVi = fixed ? ` (có phải "${fixed}" – ${exp}?)` : exp ? ` (${exp})` : '';
      const hintEn = fixed ? ` (did you mean "${fixed}" – ${exp}?)` : exp ? ` (${exp})` : '';
      const later = def ? ctx.model.source.positionAt(ctx.model.source.toOriginal(def.span.start)).line + 1 : undefined;
      ctx.report({
        start: u.span.start,
        end: u.span.end,
        message: later
          ? msg(
            `Chữ viết tắt "${u.text}"${hintVi} được dùng trước khi được giải thích (dòng ${later}); nên viết đầy đủ kèm "(${u.text})" ở lần dùng đầu tiên.`,
            `The abbreviation "${u.text}"${hintEn} is used before it is spelled out (line ${later}); spell it out with "(${u.text})" at its first use.`,
          )
          : msg(
            `Chữ viết tắt "${u.text}"${hintVi} không được viết đầy đủ ở lần dùng đầu tiên; nên viết tên đầy đủ kèm "(${u.text})".`,
            `The abbreviation "${u.text}"${hintEn} is not spelled out at its first use; write the full form followed by "(${u.text})".`,
          ),
      });
    }
  },
};
