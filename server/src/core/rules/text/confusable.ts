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
  re: RegExp;
  notAfter: Set<string>;
  notBefore: Set<string>;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let compiled: Compiled[] | undefined;
function compile(): Compiled[] {
  if (compiled) return compiled;
  compiled = CONFUSABLES.map((entry) => {
    const words = foldName(nfc(entry.wrong)).split(' ').map(escapeRe);
    return {
      entry,
      re: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${words.join('[ \\t\\u00a0]+')}(?![\\p{L}\\p{M}\\p{N}])`, 'gu'),
      notAfter: new Set((entry.notAfter ?? []).map((w) => foldName(nfc(w)))),
      notBefore: new Set((entry.notBefore ?? []).map((w) => foldName(nfc(w)))),
    };
  });
  return compiled;
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
    const folded = foldName(model.text);
    for (const c of compile()) {
      c.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = c.re.exec(folded)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        const next = /^[ \t\u00a0]+([\p{L}\p{M}]+)/u.exec(folded.slice(end, end + 40));
        if (next && c.notAfter.has(next[1])) continue;
        const prev = lastWordBeforeBlanks(folded.slice(Math.max(0, start - 40), start));
        if (prev && c.notBefore.has(prev)) continue;
        const found = model.text.slice(start, end);
        const right = casePreserving(found, c.entry.right);
        ctx.report({
          start,
          end,
          message: msg(`"${found}" → "${right}": ${c.entry.note.vi}`, `"${found}" → "${right}": ${c.entry.note.en}`),
          fixes: [{ title: msg(`Sửa thành "${right}"`, `Change to "${right}"`), edits: [{ start, end, newText: right }] }],
        });
      }
    }
  },
};
