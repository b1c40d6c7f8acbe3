/**
 * text/confusable — a known misspelling from the curated list in `confusables.ts`.
 *
 * Matching is on whole words, ignoring case and tone placement (hoá/hóa), over single
 * spaces inside one line. The fix copies the case of each word ("Đơn đốc" → "Đôn đốc",
 * "ĐƠN ĐỐC" → "ĐÔN ĐỐC"). Entries carry neighbour lists that make a match correct
 * ("giám sát nhập khẩu"); only entries that are always wrong in administrative prose exist.
 */
import { lastWordBeforeBlanks } from '../../text/scan';
import { foldName, nfc } from '../../text/fold';
import { msg, type Rule } from '../types';
import { CONFUSABLES, type Confusable } from './confusables';

interface Compiled {
  entry: Confusable;
  /** Sticky: tried at each candidate position of the folded text. */
  re: RegExp;
  notAfter: Set<string>;
  notBefore: Set<string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SEP = '[ \\t\\u00a0]+';

let compiled: { entries: Compiled[]; candidates: RegExp } | undefined;
function compile(): { entries: Compiled[]; candidates: RegExp } {
  if (compiled) return compiled;
  const wordsOf = (entry: Confusable): string[] => foldName(nfc(entry.wrong)).split(' ');
  const entries = CONFUSABLES.map((entry) => ({
    entry,
    re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${wordsOf(entry).map(escapeRe).join(SEP)}(?![\\p{L}\\p{M}\\p{N}])`, 'uy'),
    notAfter: new Set((entry.notAfter ?? []).map((w) => foldName(nfc(w)))),
    notBefore: new Set((entry.notBefore ?? []).map((w) => foldName(nfc(w)))),
  }));
  // Every entry at once, case-insensitively over the unfolded text: a superset of the places
  // where an entry matches the folded text, so a document without one is never folded
  // (profiling, 1 MB notice: folding it and running each entry's expression cost ~10 ms).
  // The folded words serve as is: no wrong form ends a word in a marked open "oa", "oe", "uy",
  // the only place the two tone styles differ (a data test keeps it so).
  // Grouped by first letter ("s(?:át…|ử…|ắp…)"): the engine then tries one group per position
  // instead of every entry, half the time (profiling, samples). Same alternatives, same order
  // within a group; entries of different groups cannot match at one position.
  const groups = new Map<string, string[]>();
  for (const e of CONFUSABLES) {
    const src = wordsOf(e).map(escapeRe).join(SEP);
    const first = src[0];
    groups.set(first, [...(groups.get(first) ?? []), src.slice(1)]);
  }
  const candidates = new RegExp([...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|'), 'giu');
  return (compiled = { entries, candidates });
}

function isUpper(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Copies the case of `model` onto `word` (all caps, capitalised, or lower). */
function withCaseOf(word: string, model: string): string {
  if (model.length > 1 && isUpper(model)) return word.toUpperCase();
  if (isUpper(model[0])) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The right form with the case and separators of the matched text. */
export function casePreserving(matched: string, right: string): string {
  const parts = matched.split(/([ \t\u00a0]+)/);
  const mWords = parts.filter((_, i) => i % 2 === 0);
  const rWords = right.split(' ');
  if (mWords.length !== rWords.length) return withCaseOf(right, mWords[0]);
  let out = '';
  rWords.forEach((w, i) => {
    out += withCaseOf(w, mWords[i]) + (i < rWords.length - 1 ? parts[2 * i + 1] : '');
  });
  return out;
}

export const confusable: Rule = {
  meta: {
    id: 'text/confusable',
    family: 'text',
    defaultSeverity: 'info',
    fixable: true,
    description: msg(
      'Từ viết sai thường gặp trong văn bản hành chính (ví dụ "đơn đốc" → "đôn đốc"), theo danh sách có nguồn.',
      'A common misspelling in administrative prose (e.g. "đơn đốc" → "đôn đốc"), from a curated list with sources.',
    ),
  },
  check(ctx) {
    const { model } = ctx;
    const text = model.text;
    const { entries, candidates } = compile();
    let folded: string | undefined;
    // Per entry, where its last match ended (its matches do not overlap) and its matches.
    const lastEnd = entries.map(() => 0);
    const hits: Array<Array<{ start: number; end: number }>> = entries.map(() => []);
    candidates.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = candidates.exec(text)) !== null) {
      const start = m.index;
      // Entries may overlap ("đề suất sắc"): the next candidate may start inside this one.
      candidates.lastIndex = start + 1;
      const view = (folded ??= foldName(text));
      entries.forEach((c, k) => {
        if (start < lastEnd[k]) return;
        c.re.lastIndex = start;
        const f = c.re.exec(view);
        if (!f) return;
        const end = start + f[0].length;
        lastEnd[k] = end;
        const next = /^[ \t\u00a0]+([\p{L}\p{M}]+)/u.exec(view.slice(end, end + 40));
        if (next && c.notAfter.has(next[1])) return;
        const prev = lastWordBeforeBlanks(view.slice(Math.max(0, start - 40), start));
        if (prev && c.notBefore.has(prev)) return;
        hits[k].push({ start, end });
      });
    }
    // Entries may overlap ("đề suất sắc thuế": "đề suất" and "suất sắc"); the words are read
    // once, from the left, so a match starting inside an earlier one is not a second slip.
    const all = hits.flatMap((hs, k) => hs.map((h) => ({ ...h, k }))).sort((a, b) => a.start - b.start || b.end - a.end);
    let covered = 0;
    for (const { start, end, k } of all) {
      if (start < covered) continue;
      covered = end;
      const { entry } = entries[k];
      const found = text.slice(start, end);
      const right = casePreserving(found, entry.right);
      ctx.report({
        start,
        end,
        message: msg(`"${found}" → "${right}": ${entry.note.vi}`, `"${found}" → "${right}": ${entry.note.en}`),
        fixes: [{ title: msg(`Sửa thành "${right}"`, `Change to "${right}"`), edits: [{ start, end, newText: right }] }],
      });
    }
  },
};
