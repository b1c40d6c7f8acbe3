/**
 * agency/defunct — a known body that did not exist on the document's date: merged, renamed or
 * abolished (DOMAIN.md §10: ministries and provincial departments from 01/3/2025 under Nghị quyết
 * 176/2025/QH15 and NĐ 45/2025/NĐ-CP; district bodies from 01/7/2025 under Nghị quyết
 * 202/2025/QH15), or not yet created. A partial date counts if the body existed at any point of
 * it; U entries (unsourced dates) are never defunct; a body named as the issuer of a cited
 * earlier document, or marked "(cũ)", "nay là", is history and stays silent.
 */
import { msg, type Rule } from '../types';
import type { AgencyEntry } from '../../data/agencies';
import { trailingLevelWord } from '../../data/agencyText';
import { getAgencyMentions, type AgencyMention } from '../../extract/agencies';
import { words } from '../../extract/agencyNear';
import { likeCase, registryNote, vnDate, windowLabel } from './shared';

/** A name without its trailing level word ("Ban Dân tộc tỉnh" → "Ban Dân tộc"). */
function withoutLevelWord(name: string): string {
  const w = words(name);
  const lw = trailingLevelWord(w.map((x) => x.key));
  return lw > 0 ? name.slice(0, w[lw - 1].end) : name;
}

/** What replaces the mention: the successor's short name in a list, else its name. */
function replacementFor(m: AgencyMention, s: AgencyEntry): string | undefined {
  if (m.via === 'short-name') return s.shortNames[0];
  return withoutLevelWord(s.name);
}

export const agencyDefunct: Rule = {
  meta: {
    id: 'agency/defunct',
    family: 'agency',
    defaultSeverity: 'warning',
    fixable: true,
    needsReferenceData: true,
    description: msg(
      'Cơ quan không tồn tại vào ngày của văn bản (đã hợp nhất, đổi tên, giải thể hoặc chưa thành lập).',
      'An agency that did not exist on the document\'s date (merged, renamed, abolished or not yet created).',
    ),
    legalBasis: msg('Nghị quyết 176/2025/QH15; Nghị định 45/2025/NĐ-CP; Nghị quyết 202/2025/QH15', 'Resolution 176/2025/QH15; Decree 45/2025/ND-CP; Resolution 202/2025/QH15'),
  },
  check(ctx) {
    const reg = ctx.data?.agencies;
    if (!reg) return;
    const x = getAgencyMentions(ctx);
    const w = ctx.docDate;
    const when = windowLabel(w, ctx.docDateSource);
    // Validity of each entry on the date, once per entry: a notice names the same bodies many
    // times, and a closure per mention showed in the profile (samples).
    const validOnDate = new Map<AgencyEntry, boolean>();
    const anyValid = (es: AgencyEntry[]): boolean => {
      for (const e of es) {
        let v = validOnDate.get(e);
        if (v === undefined) validOnDate.set(e, (v = reg.isValid(e, w)));
        if (v) return true;
      }
      return false;
    };
    for (const m of x.mentions) {
      if (m.entries.length === 0) continue;
      // `historical` last: it is worked out when first read, and most bodies named are valid.
      if (anyValid(m.entries)) {
        // Only in some provinces (Sở Quy hoạch - Kiến trúc): judged when the header names the
        // province, and not when the mention names its own ("… thành phố Hà Nội").
        if (!x.provinceCertain || !x.province || m.entries.some((e) => reg.isValid(e, w, x.province))) continue;
        if (m.locality && m.entries.some((e) => reg.isValid(e, w, m.locality))) continue;
        if (m.historical) continue;
        const e = m.entries[0];
        ctx.report({
          start: m.span.start,
          end: m.span.end,
          message: msg(
            `"${m.text}" chỉ có ở ${(e.provinces ?? []).join(', ')}, không có ở ${x.province} (${registryNote(e).vi}).`,
            `"${m.text}" exists only in ${(e.provinces ?? []).join(', ')}, not in ${x.province} (${registryNote(e).en}).`,
          ),
        });
        continue;
      }
      if (m.historical) continue;
      const e = m.entries[0];
      const note = registryNote(e);
      const notYet = m.entries.every((x2) => x2.validFrom !== null && x2.validFrom >= w.to);
      if (notYet) {
        ctx.report({
          start: m.span.start,
          end: m.span.end,
          message: msg(
            `"${m.text}" chưa tồn tại vào ${when.vi}: cơ quan này được thành lập từ ${vnDate(e.validFrom!)} (${note.vi}).`,
            `"${m.text}" did not exist yet on ${when.en}: it was created on ${vnDate(e.validFrom!)} (${note.en}).`,
          ),
        });
        continue;
      }
      const succ = new Map<string, AgencyEntry>();
      for (const x2 of m.entries) for (const s of reg.successorsAt(x2, w)) succ.set(s.id, s);
      const names = [...new Set([...succ.values()].map((s) => s.name))];
      const texts = [...new Set([...succ.values()].map((s) => replacementFor(m, s)).filter((t): t is string => !!t))];
      const ended = e.validTo ? vnDate(e.validTo) : '?';
      const succVi = names.length ? `; chức năng chuyển sang ${names.map((n) => `"${n}"`).join(', ')}` : '';
      const succEn = names.length ? `; its functions passed to ${names.map((n) => `"${n}"`).join(', ')}` : '';
      const core = ctx.model.text.slice(m.coreSpan.start, m.coreSpan.end);
      const label = m.via === 'short-name' ? `"${m.text}" (${e.name})` : `"${m.text}"`;
      const fix = texts.length === 1
        ? [{ title: msg(`Thay bằng "${likeCase(core, texts[0])}"`, `Replace with "${likeCase(core, texts[0])}"`), edits: [{ start: m.coreSpan.start, end: m.coreSpan.end, newText: likeCase(core, texts[0]) }] }]
        : undefined;
      ctx.report({
        start: m.coreSpan.start,
        end: m.coreSpan.end,
        message: msg(
          `${label} không còn tồn tại vào ${when.vi}: cơ quan này chấm dứt từ ${ended}${succVi} (${note.vi}).`,
          `${label} no longer existed on ${when.en}: it ceased on ${ended}${succEn} (${note.en}).`,
        ),
        fixes: fix,
      });
    }
  },
};
