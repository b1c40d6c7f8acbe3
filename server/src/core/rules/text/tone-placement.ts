/**
 * text/tone-placement — both tone-placement styles in one document.
 *
 * Vietnamese has two accepted ways to place the tone mark on the open syllables "oa", "oe",
 * "uy": the traditional one on the first vowel (hòa, khỏe, thủy) and the newer one on the
 * second (hoà, khoẻ, thuỷ). NĐ 30/2020 itself prints both (CỘNG HÒA / CỘNG HOÀ, DOMAIN.md §2),
 * so neither is wrong — but one document should use one style, and names written both ways
 * ("Nhất Hòa" / "Nhất Hoà") look like two different places. After a final consonant or a
 * third vowel both styles agree (hoàng, khuyến, ngoài), so only open syllables count
 * (the same set `text/fold.ts` folds).
 *
 * We report the occurrences of the minority style and offer to rewrite them in the majority
 * style. On a tie the traditional style wins: it is the one the decree's own forms use most.
 */
import { msg, type Rule } from '../types';
import { stripTone, toneOf } from '../../text/fold';
import { letterOrMarkAt, letterOrMarkBefore } from '../../text/scan';

type Style = 'old' | 'new';

interface Occurrence {
  style: Style;
  /** The whole word (view range), shown to the user. */
  wordStart: number;
  wordEnd: number;
  /** The two vowels whose mark moves. */
  pairStart: number;
  word: string;
}

const OLD_O = 'òóỏõọÒÓỎÕỌ';
const OLD_U = 'ùúủũụÙÚỦŨỤ';
const NEW_A = 'àáảãạÀÁẢÃẠ';
const NEW_E = 'èéẻẽẹÈÉẺẼẸ';
const NEW_Y = 'ỳýỷỹỵỲÝỶỸỴ';

/**
 * The pairs whose mark can sit on either vowel, found without the Unicode-class word regex
 * (profiling, 1 MB notice: splitting every word with [\p{L}\p{M}]+ cost ~22 ms). No `u` flag
 * needed: each character of a pair is one UTF-16 unit. Old-style pairs start with a marked o/u,
 * new-style pairs with a plain one, so `OLD_FIRST` tells the two apart.
 */
const PAIR = new RegExp(`[${OLD_O}][aeAE]|[${OLD_U}][yY]|[oO][${NEW_A}${NEW_E}]|[uU][${NEW_Y}]`, 'g');
const OLD_FIRST = new Set([...OLD_O, ...OLD_U].map((c) => c.charCodeAt(0)));
/** The onsets a pair may follow: a plain consonant cluster or nothing (hòa, khỏe, thủy, ủy, tòa, xòe). */
const ONSET = /^(?:[bcdđghklmnpqrstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr)?$/i;
const ONSET_MAX = 3;

/** A letter of ONSET's alphabet (đ, and the ASCII consonants of either case). */
function isOnsetLetter(c: number): boolean {
  if (c === 0x111 || c === 0x110) return true;
  if (c >= 128) return false;
  const l = c | 32;
  return l >= 97 && l <= 122 && 'bcdghklmnpqrstvx'.includes(String.fromCharCode(l));
}

/** Moves the tone mark to the other vowel of the pair, keeping each letter's case. */
function movePair(pair: string): string {
  const [a, b] = [...pair];
  const ta = toneOf(a);
  if (ta) return stripTone(a) + (b + ta).normalize('NFC');
  const tb = toneOf(b);
  return (a + tb).normalize('NFC') + stripTone(b);
}

/**
 * Words (runs of letters and marks) that end in an open "oa", "oe", "uy" with a marked vowel.
 * Each candidate pair is checked in place: it must end its word, and the word must start at
 * most ONSET_MAX characters before it, so the word's start is found by a short walk back.
 */
export function toneOccurrences(text: string): Occurrence[] {
  const out: Occurrence[] = [];
  let m: RegExpExecArray | null;
  PAIR.lastIndex = 0;
  while ((m = PAIR.exec(text)) !== null) {
    const pairAt = m.index;
    const wordEnd = pairAt + 2;
    if (letterOrMarkAt(text, wordEnd)) continue;
    let wordStart = pairAt;
    while (wordStart > 0 && pairAt - wordStart < ONSET_MAX && isOnsetLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    // Letters before the walked onset: too long an onset, or not a plain consonant cluster.
    if (letterOrMarkBefore(text, wordStart)) continue;
    // "qu" is a consonant: "quý", "quỳ" have one placement only ("qúy" is a misspelling).
    if (pairAt > wordStart && /[qQ]/.test(text[pairAt - 1]) && /[uUùúủũụÙÚỦŨỤ]/.test(text[pairAt])) continue;
    // "gi" + "òa"… is not Vietnamese; keep to syllables whose onset is a plain consonant
    // cluster or nothing.
    if (!ONSET.test(text.slice(wordStart, pairAt))) continue;
    const style: Style = OLD_FIRST.has(text.charCodeAt(pairAt)) ? 'old' : 'new';
    out.push({ style, wordStart, wordEnd, pairStart: pairAt, word: text.slice(wordStart, wordEnd) });
  }
  return out;
}

const STYLE_NAME = {
  old: msg('kiểu cũ (dấu ở nguyên âm thứ nhất: hòa, thủy)', 'traditional (mark on the first vowel: hòa, thủy)'),
  new: msg('kiểu mới (dấu ở nguyên âm thứ hai: hoà, thuỷ)', 'new (mark on the second vowel: hoà, thuỷ)'),
};

export const tonePlacement: Rule = {
  meta: {
    id: 'text/tone-placement',
    family: 'text',
    defaultSeverity: 'hint',
    fixable: true,
    description: msg(
      'Văn bản dùng lẫn hai kiểu đặt dấu thanh (hòa/hoà, thủy/thuỷ).',
      'The document mixes the two tone-placement styles (hòa/hoà, thủy/thuỷ).',
    ),
  },
  check(ctx) {
    const { model } = ctx;
    const occ = toneOccurrences(model.text);
    const old = occ.filter((o) => o.style === 'old');
    const neu = occ.filter((o) => o.style === 'new');
    if (old.length === 0 || neu.length === 0) return;
    const majority: Style = neu.length > old.length ? 'new' : 'old';
    const minority = majority === 'old' ? neu : old;
    const majCount = majority === 'old' ? old.length : neu.length;
    const example = (majority === 'old' ? old : neu)[0].word;
    for (const o of minority) {
      const pair = model.text.slice(o.pairStart, o.pairStart + 2);
      const moved = movePair(pair);
      const fixed = o.word.slice(0, o.word.length - 2) + moved;
      ctx.report({
        start: o.wordStart,
        end: o.wordEnd,
        message: msg(
          `"${o.word}" đặt dấu ${STYLE_NAME[o.style].vi}, trong khi văn bản chủ yếu đặt dấu ${STYLE_NAME[majority].vi} (${majCount} lần, ví dụ "${example}"); nên thống nhất một kiểu: "${fixed}".`,
          `"${o.word}" uses the ${STYLE_NAME[o.style].en} tone placement while the document mostly uses the ${STYLE_NAME[majority].en} one (${majCount} times, e.g. "${example}"); use one style: "${fixed}".`,
        ),
        fixes: [
          {
            title: msg(`Đổi thành "${fixed}"`, `Change to "${fixed}"`),
            edits: [{ start: o.pairStart, end: o.pairStart + 2, newText: moved }],
          },
        ],
      });
    }
  },
};
