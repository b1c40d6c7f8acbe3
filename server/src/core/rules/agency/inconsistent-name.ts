/**
 * agency/inconsistent-name — one body written two different ways in one document ("Ban Quản lý
 * dự án đầu tư xây dựng tỉnh" and "Ban Quản lý đầu tư xây dựng tỉnh", seed 001): a word of one
 * or two syllables dropped or added inside the name. A body's name is a proper name and is
 * written the same way throughout (NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2).
 *
 * Not inconsistencies: tone placement, case and punctuation ("Văn hóa, Thể thao và Du lịch" and
 * "Văn hóa - Thể thao và Du lịch" are one name; the registry folds them), an abbreviation for
 * a word ("Ủy ban MTTQ tỉnh"), a list short name next to the full name ("Kế hoạch và Đầu tư" in
 * "các Sở, ngành: …"), a dropped locality or trailing words ("Ban Dân tộc" for "Ban Dân tộc
 * tỉnh"), the optional "Việt Nam" of front bodies, conventional short forms that drop
 * several words ("Văn phòng điều phối nông thôn mới tỉnh"), and "và" for a dash or a comma
 * ("Đài Phát thanh - Truyền hình" and "Đài Phát thanh và Truyền hình").
 */
import { msg, type Rule } from '../types';
import { trailingLevelWord } from '../../data/agencyText';
import { getAgencyMentions, type AgencyMention } from '../../extract/agencies';
import { words } from '../../extract/agencyNear';
import { likeCase, registryNote } from './shared';

/** Folded words of a mention's core (level word and "Việt Nam" left out), or undefined if abbreviated. */
function formOf(text: string): string[] | undefined {
  const w = words(text);
  if (w.some((x) => x.caps)) return undefined;
  const keys = w.map((x) => x.key);
  const lw = trailingLevelWord(keys);
  const core = lw > 0 ? keys.slice(0, lw) : keys;
  const out: string[] = [];
  for (let i = 0; i < core.length; i++) {
    if (core[i] === 'việt' && core[i + 1] === 'nam') { i++; continue; }
    out.push(core[i]);
  }
  return out;
}

/** A form's words without "và": the conjunction stands where another writer puts a dash or a comma. */
function withoutAnd(form: string[]): string {
  return form.filter((w) => w !== 'và').join(' ');
}

/** A form (formOf) and its words joined: the key two forms are compared by. */
interface Form { form: string[]; key: string }

/** One or two syllables dropped or added strictly inside the name (not at its end). */
function innerSlip(a: string[], b: string[]): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const midA = a.length - p - s;
  const midB = b.length - p - s;
  if (s === 0 || p === 0) return false;
  return (midA === 0 && midB >= 1 && midB <= 2) || (midB === 0 && midA >= 1 && midA <= 2);
}

export const agencyInconsistentName: Rule = {
  meta: {
    id: 'agency/inconsistent-name',
    family: 'agency',
    defaultSeverity: 'info',
    fixable: true,
    needsReferenceData: true,
    description: msg(
      'Cùng một cơ quan được viết theo hai cách khác nhau trong văn bản.',
      'The same agency is written two different ways in the document.',
    ),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.2', 'Decree 30/2020/ND-CP, Appendix I, section II.2'),
  },
  check(ctx) {
    if (!ctx.data?.agencies) return;
    const text = ctx.model.text;
    // Per body, its mentions and their forms, in two parallel lists (no object per mention).
    const groups = new Map<string, { ms: AgencyMention[]; fs: Form[] }>();
    // formOf is pure and a long notice names the same few hundred bodies thousands of times:
    // once per distinct text, with its key (profiling, 1 MB notice).
    const forms = new Map<string, Form | undefined>();
    for (const m of getAgencyMentions(ctx).mentions) {
      if (m.inList || m.entries.length !== 1 || m.levelMismatch || m.via === 'abbreviation') continue;
      const core = m.coreSpan.end === m.span.end ? m.text : text.slice(m.coreSpan.start, m.coreSpan.end);
      let f = forms.get(core);
      if (f === undefined && !forms.has(core)) {
        const form = formOf(core);
        forms.set(core, (f = form && form.length >= 3 ? { form, key: form.join(' ') } : undefined));
      }
      if (!f) continue;
      const id = m.entries[0].id;
      let g = groups.get(id);
      if (!g) groups.set(id, (g = { ms: [], fs: [] }));
      g.ms.push(m);
      g.fs.push(f);
    }
    for (const { ms, fs } of groups.values()) {
      const entry = ms[0].entries[0];
      const canonical = formOf(entry.name)?.join(' ');
      // The form to keep: the registry's, if the document uses it; else the first one written.
      const k = Math.max(0, fs.findIndex((f) => f.key === canonical));
      const keep = ms[k];
      const keepForm = fs[k];
      const keepText = text.slice(keep.coreSpan.start, keep.coreSpan.end);
      let keepLine: number | undefined;
      for (let q = 0; q < ms.length; q++) {
        if (fs[q].key === keepForm.key || !innerSlip(keepForm.form, fs[q].form)) continue;
        if (withoutAnd(fs[q].form) === withoutAnd(keepForm.form)) continue;
        const x = ms[q];
        keepLine ??= ctx.model.source.positionAt(ctx.model.source.toOriginal(keep.span.start)).line + 1;
        const written = text.slice(x.coreSpan.start, x.coreSpan.end);
        const newText = likeCase(written, keepText);
        const note = registryNote(entry);
        ctx.report({
          start: x.coreSpan.start,
          end: x.coreSpan.end,
          message: msg(
            `Cùng một cơ quan được viết hai cách: "${x.text}" và "${keep.text}" (dòng ${keepLine}); tên trong danh mục: "${entry.name}" (${note.vi}).`,
            `One agency written two ways: "${x.text}" and "${keep.text}" (line ${keepLine}); registry name: "${entry.name}" (${note.en}).`,
          ),
          fixes: [{ title: msg(`Thống nhất thành "${newText}"`, `Unify to "${newText}"`), edits: [{ start: x.coreSpan.start, end: x.coreSpan.end, newText }] }],
        });
      }
    }
  },
};
