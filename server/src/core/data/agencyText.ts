/**
 * Text side of agency matching: headwords, tokenisation of folded text, and the locality that
 * trails an agency name ("tỉnh Lạng Sơn", "huyện Lộc Bình"). Pure; no I/O.
 *
 * Names are compared on `foldName` keys (server/src/core/text/fold.ts), so NFC/NFD, case,
 * hòa/hoà and "-"/"–" never matter (RULES.md, last paragraph). On top of that, "," and "-"
 * between words are *soft*: "Văn hóa, Thể thao và Du lịch" (seed 000), "Văn hóa - Thể thao và Du
 * lịch" (seed 001) and "Văn hóa Thể thao và Du lịch" (NĐ 150/2025) are one name.
 */
import { foldName, nfc } from '../text/fold';

/**
 * Words that start an agency phrase (RULES.md, agency/unknown). The extraction code checks any
 * capitalised phrase they head against the registry. Longer headwords first, so a caller that
 * tests them in order finds "Bộ Chỉ huy" before "Bộ".
 */
export const AGENCY_HEADWORDS: readonly string[] = [
  'Bộ Chỉ huy', 'Bộ', 'Sở', 'Ban', 'Cục', 'Chi cục', 'Tổng cục', 'Văn phòng', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND',
  'UBMTTQ', 'Hội đồng nhân dân', 'Thanh tra', 'Kho bạc', 'Trung tâm', 'Hội', 'Đài', 'Báo', 'Công an', 'Ngân hàng',
  'Liên minh', 'Liên đoàn', 'Tỉnh Đoàn', 'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ',
  'Đảng ủy', 'Đảng uỷ', 'Đoàn Đại biểu', 'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Thường trực',
];

/**
 * Weak headwords: they also start ordinary phrases ("Phòng chống thiên tai", seed 004), so a
 * phrase they head should be reported only when it is a near miss of a known name (`nearMiss`,
 * extract/agencyNear.ts).
 * "Ủy" covers the dropped "ban" of "Chủ tịch Ủy nhân dân tỉnh" (seed 002).
 */
export const AGENCY_WEAK_HEADWORDS: readonly string[] = ['Phòng', 'Chi nhánh', 'Đoàn', 'Thuế', 'Ủy', 'Uỷ'];

export interface Token {
  /** Folded text of the token (foldName of the NFC input). */
  key: string;
  start: number;
  end: number;
  /** "," or "-": skipped inside names. */
  soft: boolean;
}

/**
 * Class of each UTF-16 unit for `tokenize`: 0 word, 1 white space (`\s`), 2 soft separator, 3 hard
 * punctuation; the tokens are the matches of `/[,-]|[;:().“”"*[\]!?…]|[^\s,;:().“”"*[\]!?…-]+/gu`
 * on the folded text (soft separators, hard punctuation, and words, which keep inner "&", "/",
 * "'"). A hand scan with this table instead of that expression's matchAll: no match arrays for the
 * ~200,000 tokens of a long body (profiling, 1 MB notice: tokenising the zone was a fifth of the
 * agency extraction).
 */
const TOKEN_CLASS = (() => {
  const c = new Uint8Array(0x10000);
  const ws = '\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff';
  for (const ch of ws) c[ch.charCodeAt(0)] = 1;
  for (let u = 0x2000; u <= 0x200a; u++) c[u] = 1;
  c[0x2c] = 2; // ,
  c[0x2d] = 2; // -
  // The other dashes, which foldName turns into "-": so the table splits NFC text as it splits
  // the folded text (TokenTable reads the unfolded text).
  for (let u = 0x2010; u <= 0x2015; u++) c[u] = 2;
  c[0x2212] = 2;
  for (const ch of ';:().“”"*[]!?…') c[ch.charCodeAt(0)] = 3;
  return c;
})();

/** White space as `\s` and `trimEnd` define it, on a UTF-16 code. */
export function isSpaceCode(c: number): boolean {
  return TOKEN_CLASS[c] === 1;
}

/** Tokens of an NFC string, on its folded form (same offsets: foldName keeps the length). */
export function tokenize(nfcText: string): Token[] {
  const folded = foldName(nfcText);
  const out: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const k = TOKEN_CLASS[folded.charCodeAt(i)];
    if (k === 1) { i++; continue; }
    if (k !== 0) {
      out.push({ key: folded[i], start: i, end: i + 1, soft: k === 2 });
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && TOKEN_CLASS[folded.charCodeAt(e)] === 0) e++;
    out.push({ key: folded.slice(i, e), start: i, end: e, soft: false });
    i = e;
  }
  return out;
}

/**
 * The tokens of `tokenize` as parallel arrays over the folded text: no object and no key string
 * per token. A whole zone of a 1 MB notice is ~200,000 tokens that stay alive while it is
 * matched; as objects they made the young-generation collections copy megabytes each time (GC
 * was a quarter of the agency extraction: profiling, 1 MB notice). Keys are compared in place.
 */
export class TokenTable {
  readonly length: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly softs: Uint8Array;

  /** Tokens of `nfcText.slice(from, to)`, with offsets in that slice. */
  constructor(nfcText: string, from = 0, to = nfcText.length) {
    const slice = from === 0 && to === nfcText.length ? nfcText : nfcText.slice(from, to);
    this.folded = foldName(slice);
    // Split on the unfolded text (the same split: the table knows the other dashes): a whole
    // document read in place, not through the slice or the folded copy, whose characters cost
    // more to read (profiling, 1 MB notice).
    const n = to - from;
    // Sized for a word of ~4 characters and grown if needed, not one slot per character: a
    // 1 MB zone's tables were 9 MB to clear and to collect (profiling, 1 MB notice).
    let cap = (n >> 2) + 16;
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let softs = new Uint8Array(cap);
    let count = 0;
    // One pass, one class look-up per character: a word token opens at a word character after
    // another class and closes at the next non-word one; a separator is a token of its own.
    let prev = 1;
    for (let p = 0; p < n; p++) {
      const k = TOKEN_CLASS[nfcText.charCodeAt(from + p)];
      if (k === 0 && prev === 0) continue;
      if (prev === 0) ends[count - 1] = p;
      prev = k;
      if (k === 1) continue;
      if (count === cap) {
        cap *= 2;
        starts = grown(starts, new Int32Array(cap));
        ends = grown(ends, new Int32Array(cap));
        softs = grown(softs, new Uint8Array(cap));
      }
      starts[count] = p;
      ends[count] = p + 1;
      softs[count] = k === 2 ? 1 : 0;
      count++;
    }
    if (prev === 0) ends[count - 1] = n;
    this.starts = starts;
    this.ends = ends;
    this.softs = softs;
    this.length = count;
  }

  readonly folded: string;

  /** Token i exists and is a soft separator. */
  soft(i: number): boolean { return i < this.length && this.softs[i] === 1; }
  start(i: number): number { return this.starts[i]; }
  end(i: number): number { return this.ends[i]; }
  /** The folded key of token i (allocates: for map look-ups only). */
  key(i: number): string { return this.folded.slice(this.starts[i], this.ends[i]); }
  /** `keyHash(key(i))`, without slicing the key (undefined tokens hash as the empty key). */
  hash(i: number): number {
    if (i >= this.length) return 0;
    const f = this.folded;
    let h = 0;
    for (let k = this.starts[i], e = this.ends[i]; k < e; k++) h = (Math.imul(h, 31) + f.charCodeAt(k)) | 0;
    return h;
  }
  /** Token i exists and its key is `k` (`tokens[i]?.key === k`), without slicing it. */
  is(i: number, k: string): boolean {
    if (i >= this.length) return false;
    const s = this.starts[i];
    return this.ends[i] - s === k.length && this.folded.startsWith(k, s);
  }
}

/** A 32-bit hash of a folded key: TokenTable.hash finds keys by it without slicing the text. */
export function keyHash(key: string): number {
  let h = 0;
  for (let k = 0; k < key.length; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  return h;
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Folded, soft-separator-free token keys of a name: the unit the indexes compare. */
export function nameTokens(name: string): string[] {
  return tokenize(nfc(name)).filter((t) => !t.soft).map((t) => t.key);
}

/** Index key of a name ("văn hóa thể thao và du lịch" for every spelling of it). */
export function softKey(name: string): string {
  return nameTokens(name).join(' ');
}

export type UnitLevel = 'province' | 'district' | 'commune' | 'city';

/**
 * Administrative level words (folded). "thành phố" is a province-level city or, until
 * 01/7/2025, a district-level one (DOMAIN.md §10), hence its own class.
 */
export const LEVEL_WORDS: ReadonlyArray<{ tokens: string[]; level: UnitLevel }> = [
  { tokens: ['thành', 'phố'], level: 'city' },
  { tokens: ['thị', 'xã'], level: 'district' },
  { tokens: ['thị', 'trấn'], level: 'commune' },
  { tokens: ['đặc', 'khu'], level: 'commune' },
  { tokens: ['tỉnh'], level: 'province' },
  { tokens: ['tp'], level: 'city' },
  { tokens: ['huyện'], level: 'district' },
  { tokens: ['quận'], level: 'district' },
  { tokens: ['xã'], level: 'commune' },
  { tokens: ['phường'], level: 'commune' },
];

/** A level word starting at token i: its level and the index after it (after "TP." the dot too). */
export function levelWordAt(tokens: TokenTable, i: number): { level: UnitLevel; next: number } | undefined {
  // The words that start with token i's word only: this runs after every name (profiling, 1 MB).
  const words = i < tokens.length ? LEVEL_BY_FIRST.get(tokens.hash(i)) : undefined;
  if (!words) return undefined;
  for (const w of words) {
    let all = true;
    for (let j = 0; all && j < w.tokens.length; j++) all = tokens.is(i + j, w.tokens[j]);
    if (all) {
      let next = i + w.tokens.length;
      if (w.tokens[0] === 'tp' && tokens.is(next, '.')) next++;
      return { level: w.level, next };
    }
  }
  return undefined;
}

/** LEVEL_WORDS by the keyHash of their first word, in LEVEL_WORDS order. */
const LEVEL_BY_FIRST = new Map<number, Array<(typeof LEVEL_WORDS)[number]>>();
for (const w of LEVEL_WORDS) {
  const h = keyHash(w.tokens[0]);
  LEVEL_BY_FIRST.set(h, [...(LEVEL_BY_FIRST.get(h) ?? []), w]);
}

/** Where the level word of a key ending in one starts ("ủy ban nhân dân tỉnh" → 4), or -1. */
export function trailingLevelWord(keyTokens: string[]): number {
  for (const w of LEVEL_WORDS) {
    const n = w.tokens.length;
    if (keyTokens.length > n && w.tokens.every((k, j) => keyTokens[keyTokens.length - n + j] === k)) {
      return keyTokens.length - n;
    }
  }
  return -1;
}

/**
 * A proper name starting at token i: capitalised (or numbered: "phường 1") words, joined by
 * single hyphens between capitalised words ("Đồng Đăng - Lạng Sơn"). Returns the index after it.
 */
export function properNameEnd(nfcText: string, tokens: TokenTable, i: number): number {
  let j = i;
  while (j < tokens.length) {
    if (isProperAt(nfcText, tokens, j)) { j++; continue; }
    if (j > i && tokens.is(j, '-') && isProperAt(nfcText, tokens, j + 1)) { j += 2; continue; }
    break;
  }
  return j;
}

/** Token x is a word whose first code point is PROPER (ASCII on its code, others by a table). */
function isProperAt(nfcText: string, tokens: TokenTable, x: number): boolean {
  if (x >= tokens.length || tokens.soft(x)) return false;
  const s = tokens.start(x);
  const c = nfcText.charCodeAt(s);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  // A high surrogate: the code point takes two units (≤ 2, the token's end permitting).
  if (c >= 0xd800 && c <= 0xdbff) return PROPER.test(nfcText.slice(s, Math.min(tokens.end(x), s + 2)));
  let p = PROPER_CODE[c];
  if (p === 0) PROPER_CODE[c] = p = PROPER.test(String.fromCharCode(c)) ? 1 : 2;
  return p === 1;
}
const PROPER = /^[\p{Lu}\p{N}]/u;
/** PROPER of each UTF-16 code other than a high surrogate, filled on first sight (1 yes, 2 no). */
const PROPER_CODE = new Uint8Array(0x10000);

const SEPARATOR = new Set([...',;:().“”"*[]!?…-']);

/**
 * The folded key of the first word of `text` (as `tokenize` would give it), read from at most
 * `limit` characters without tokenising them all: the cheap test at every capitalised word.
 * `soft` for a leading comma or hyphen; `cut` when the word may continue past the limit. Every
 * caller passes a text that starts where a name would (a capital, a list item): not white space.
 */
export function firstWordKey(text: string, limit = 48): { key: string; soft: boolean; cut: boolean } {
  const n = Math.min(text.length, limit);
  const c = text[0];
  if (c === ',' || c === '-') return { key: c, soft: true, cut: false };
  let e = 0;
  while (e < n && !SEPARATOR.has(text[e]) && !/\s/.test(text[e])) e++;
  if (e === 0) return { key: c, soft: false, cut: false };
  return { key: foldName(text.slice(0, e).normalize('NFC')), soft: false, cut: e >= n && n < text.length };
}
