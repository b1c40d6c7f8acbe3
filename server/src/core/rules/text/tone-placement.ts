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

// A word: letters and marks; the pair must end it (open syllable).
const WORD = /[\p{L}\p{M}]+/gu;
const OLD_PAIR = new RegExp(`(?:[${OLD_O}][aeAE]|[${OLD_U}][yY])$`, 'u');
const NEW_PAIR = new RegExp(`(?:[oO][${NEW_A}${NEW_E}]|[uU][${NEW_Y}])$`, 'u');

/** Moves the tone mark to the other vowel of the pair, keeping each letter's case. */
function movePair(pair: string): string {
  const [a, b] = [...pair];
  const ta = toneOf(a);
  if (ta) return stripTone(a) + (b + ta).normalize('NFC');
  const tb = toneOf(b);
  return (a + tb).normalize('NFC') + stripTone(b);
}

export function toneOccurrences(text: string): Occurrence[] {
  const out: Occurrence[] = [];
  let m: RegExpExecArray | null;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text)) !== null) {
    const w = m[0];
    if (w.length < 2) continue;
    let style: Style | undefined;
    if (OLD_PAIR.test(w)) style = 'old';
    else if (NEW_PAIR.test(w)) style = 'new';
    if (!style) continue;
    const pairAt = w.length - 2;
    // "qu" is a consonant: "quý", "quỳ" have one placement only ("qúy" is a misspelling).
    if (pairAt > 0 && /[qQ]/.test(w[pairAt - 1]) && /[uUùúủũụÙÚỦŨỤ]/.test(w[pairAt])) continue;
    // "gi" + "òa"… is not Vietnamese; keep to syllables whose onset is a plain consonant
    // cluster or nothing (hòa, khỏe, thủy, ủy, tòa, xòe).
    if (!/^(?:[bcdđghklmnpqrstvx]|ch|gh|kh|ng|ngh|nh|ph|th|tr)?$/i.test(w.slice(0, pairAt))) continue;
    out.push({ style, wordStart: m.index, wordEnd: m.index + w.length, pairStart: m.index + pairAt, word: w });
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
