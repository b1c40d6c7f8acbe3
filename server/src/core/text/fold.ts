/**
 * Folding of Vietnamese names for matching (RULES.md, last paragraph): names must match
 * whatever the differences that do not matter — NFC vs NFD, old/new tone placement
 * (hòa/hoà, thủy/thuỷ), letter case, and "-" vs "–".
 *
 * `foldName` keeps the length of an NFC input (one UTF-16 unit in, one out), so an offset in
 * the folded string is the same offset in the NFC string it came from. Callers that search
 * the document text with folded patterns rely on this.
 */

import { letterOrMarkAt } from './scan';
import { plainOnly } from './source';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;
const TONE_MARKS_G = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Lower-case one UTF-16 unit, keeping the length (Turkish İ would otherwise grow). */
function lowerUnit(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === ch.length ? l : ch;
}

/** Lower-case keeping the length of the string. */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const ch of s) out += lowerUnit(ch);
  return out;
}

/** The tone mark of a precomposed vowel, or '' — "à" → U+0300. */
export function toneOf(ch: string): string {
  const m = ch.normalize('NFD').match(TONE_MARKS);
  return m ? m[0] : '';
}

/** The vowel without its tone mark (keeping â, ă, ơ, ư, ê, ô) — "ầ" → "â". */
export function stripTone(ch: string): string {
  return ch.normalize('NFD').replace(TONE_MARKS_G, '').normalize('NFC');
}

function withTone(ch: string, tone: string): string {
  return (stripTone(ch) + tone).normalize('NFC');
}

/**
 * The two tone-placement styles differ only for the open syllables "oa", "oe", "uy"
 * (hòa/hoà, khỏe/khoẻ, thủy/thuỷ): the old style marks the first vowel, the new style the
 * second. After a final consonant both styles agree (hoàng, khuyến), so only an open
 * syllable is rewritten. We fold to the new style (the one the decree's own examples use
 * less often, but which is unambiguous to compute).
 */
const OLD_STYLE_PAIR = /[òóỏõọ][ae]|[ùúủũụ]y/g;

/**
 * Each old-style pair and its new-style form ("òa" → "oà"), computed once: rewriting a pair
 * normalises four times (profiling, 1 MB notice: folding names such as "Thủy", "Hòa" cost ~1 µs each).
 * "qu" + "ò"… cannot happen; "gò" + "a"? "gòa" is not a word; fold anyway. "qúy" would be a
 * misspelling of "quý": "qu" is a consonant, handled the same way.
 */
const NEW_STYLE_PAIR = new Map<string, string>([
  ...[...'òóỏõọ'].flatMap((o) => [...'ae'].map((v): [string, string] => [o + v, 'o' + withTone(v, toneOf(o))])),
  ...[...'ùúủũụ'].map((u): [string, string] => [u + 'y', 'u' + withTone('y', toneOf(u))]),
]);

/**
 * Fold tone placement to the new style; length-preserving on NFC input. A pair is open when
 * no letter or mark follows it; that test is done in code rather than by a `u` look-ahead
 * (profiling, 1 MB notice: 1.3 → 0.6 ms when a whole document is folded).
 */
export function foldTonePlacement(nfcLower: string): string {
  let out = '';
  let copied = 0;
  OLD_STYLE_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OLD_STYLE_PAIR.exec(nfcLower)) !== null) {
    const end = m.index + 2;
    if (letterOrMarkAt(nfcLower, end)) continue;
    out += nfcLower.slice(copied, m.index) + NEW_STYLE_PAIR.get(m[0]);
    copied = end;
  }
  return copied === 0 ? nfcLower : out + nfcLower.slice(copied);
}

/**
 * Case-, dash- and tone-placement-insensitive key of an NFC string, same length as its input.
 * Use `nfc()` first on text that may be decomposed.
 */
export function foldName(nfcText: string): string {
  let s = lowerSameLength(nfcText);
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-');
  return foldTonePlacement(s);
}

/**
 * NFC of a string; one of plain units only (most names and words of a draft) is returned as it
 * is, without a call into the normaliser (profiling, samples: names keyed for every look-up).
 */
export function nfc(s: string): string {
  return plainOnly(s) ? s : s.normalize('NFC');
}

/**
 * Accent-insensitive key (for spelling suggestions only, never for deciding a match):
 * all marks removed, đ → d, lower case, white space collapsed. Not length-preserving.
 */
export function stripAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Matching key for a whole name: NFC, folded, inner white space collapsed, trimmed. */
export function nameKey(s: string): string {
  const f = foldName(nfc(s));
  // Most names have single spaces only, which the replacement would copy unchanged
  // (profiling, 1 MB notice: names are keyed tens of thousands of times).
  return (/[^\S ]| {2}/.test(f) ? f.replace(/\s+/g, ' ') : f).trim();
}

/** Damerau-free Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The old-style form of each new-style pair ("oà" → "òa"): NEW_STYLE_PAIR read backwards. */
const OLD_STYLE_OF = new Map([...NEW_STYLE_PAIR].map(([o, n]) => [n, o]));

/**
 * Source of an expression (to use with the `iu` flags) that finds a name key (`nameKey`) in
 * unfolded NFC text wherever the folded text would contain it: either tone placement of a
 * word-final open oa/oe/uy, any dash, any white-space run for a space (case by the flag). It
 * spares folding a whole document to look for a few names (profiling, the samples).
 */
export function unfoldedPattern(key: string): string {
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\\u2010-\\u2015\\u2212]');
  return key.split(' ').map((word) => {
    const old = OLD_STYLE_OF.get(word.slice(-2));
    return old ? `(?:${esc(word)}|${esc(word.slice(0, -2) + old)})` : esc(word);
  }).join('\\s+');
}
