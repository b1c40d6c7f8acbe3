/**
 * The text a user wrote, and the normalised view every matcher reads.
 *
 * The view drops a leading BOM and is NFC. Everything downstream (parser, extractors, rules)
 * works on view offsets; findings are mapped back here so that a range always covers the
 * user's own characters, also in NFD text (a decomposed "ố" is three UTF-16 units in the
 * original and one in the view). Line breaks are kept as written (CRLF stays CRLF).
 */

export interface Position {
  line: number;
  /** UTF-16 code units, as LSP counts them. */
  character: number;
}

/**
 * The segments NFC works on one at a time: a base character and its combining marks, Hangul
 * jamo only where NFC composes them (see the constructor). Sticky: the constructor runs it
 * only where a segment may change.
 */
const SEGMENT_AT = /[\u1100-\u1112][\u1161-\u1175][\u11a8-\u11c2]?\p{M}*|[\uac00-\ud7a3][\u11a8-\u11c2]?\p{M}*|\P{M}[\p{M}\u{16D67}]*|[\p{M}\u{16D67}]+/ysu;

/**
 * A unit that may change under NFC or continue a segment: all but those below U+0300, the
 * precomposed Vietnamese letters (U+1EA0–1EF9) and dashes, quotes and the ellipsis
 * (U+2010–2027), which are NFC-stable and never follow a base as a mark or a jamo does.
 * Singletons elsewhere (U+2000 → U+2002, Ω → Ω) change.
 */
const NOT_PLAIN = /[^\u0000-\u02ff\u1ea0-\u1ef9\u2010-\u2027]/g;

/** The string has only plain units, so it is NFC as it stands (no mark, no jamo, no singleton). */
export function plainOnly(s: string): boolean {
  NOT_PLAIN.lastIndex = 0;
  return !NOT_PLAIN.test(s);
}

export class SourceText {
  readonly original: string;
  readonly text: string;
  /** Sorted view offsets at which a segment starts whose length differs from the original. */
  private readonly viewStarts: number[] = [];
  private readonly origStarts: number[] = [];
  private readonly viewLens: number[] = [];
  private readonly origLens: number[] = [];
  private readonly bom: number;
  private lineStartsCache?: number[];
  /**
   * View ranges (start, end pairs, in order) of the segments NFC changed: the decomposed
   * characters text/unicode-normalization reports. Empty when the text was NFC.
   */
  readonly decomposed: number[] = [];

  constructor(original: string) {
    this.original = original;
    this.bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = this.bom ? original.slice(1) : original;
    // Normalise segment by segment (a base character and its combining marks), recording
    // where lengths change so offsets can be mapped both ways. The only characters outside
    // \p{M} that NFC composes with what precedes them are the Hangul vowel and final jamo
    // (U+1161–1175, U+11A8–11C2) and Kirat Rai U+16D67: they continue a segment too, so the
    // view is exactly the NFC of the text (checked over every code point in the tests).
    // Hangul jamo join a segment only where NFC composes them: a vowel V after a leading
    // consonant L, a final T after L+V or after a precomposed LV syllable. A vowel jamo after
    // a Latin letter is a segment of its own (fuzzing found "Áᅡ" read as one segment, so an
    // edit ending after "Á" took the jamo with it).
    // Only segments around a unit that is not plain are matched; the engine finds those units,
    // and unchanged stretches are copied in one slice (profiling, samples with one NFD notice:
    // the segment walk was 40% of the lint, then a character loop still 5%). A Vietnamese draft
    // has few such units, so this scan also replaces a whole-text normalize() as the NFC test,
    // which cost twice as much and all of it again on a text that is not NFC; a text full of
    // them (another script) that shows no change after a few hundred is tested that way once.
    let out = '';
    let unchanged = 0;
    let copied = 0;
    let delta = 0; // view offset − body offset so far
    let from = 0; // a segment boundary: the scan resumes here
    NOT_PLAIN.lastIndex = 0;
    for (let m = NOT_PLAIN.exec(body); m !== null; m = NOT_PLAIN.exec(body)) {
      // The plain unit before may be the base of a mark at m.index; it starts a segment.
      const i = m.index > from ? m.index - 1 : m.index;
      SEGMENT_AT.lastIndex = i;
      const s = SEGMENT_AT.exec(body)![0];
      const nfc = s.normalize('NFC');
      if (nfc !== s) {
        out += body.slice(copied, i) + nfc;
        copied = i + s.length;
        const view = i + delta;
        this.decomposed.push(view, view + nfc.length);
        if (nfc.length !== s.length) {
          this.viewStarts.push(view);
          this.origStarts.push(this.bom + i);
          this.viewLens.push(nfc.length);
          this.origLens.push(s.length);
          delta += nfc.length - s.length;
        }
      } else if (++unchanged === 256 && this.decomposed.length === 0 && body.normalize('NFC') === body) {
        break;
      }
      from = i + s.length;
      NOT_PLAIN.lastIndex = from;
    }
    out += body.slice(copied);
    this.text = out;
  }

  /** Map a view offset to an offset in the original text. */
  toOriginal(viewOffset: number): number {
    const vs = this.viewStarts;
    if (vs.length === 0) return viewOffset + this.bom;
    // Last changed segment starting at or before the offset.
    let lo = 0;
    let hi = vs.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (vs[mid] <= viewOffset) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (idx < 0) return viewOffset + this.bom;
    const segEndView = vs[idx] + this.viewLens[idx];
    const segEndOrig = this.origStarts[idx] + this.origLens[idx];
    if (viewOffset === vs[idx]) return this.origStarts[idx];
    // Inside a changed segment: snap to its end (ranges then cover the whole segment).
    if (viewOffset < segEndView) return segEndOrig;
    return segEndOrig + (viewOffset - segEndView);
  }

  /** Map an offset of the original text to the view. */
  toView(origOffset: number): number {
    const os = this.origStarts;
    const o = Math.max(0, origOffset - this.bom);
    if (os.length === 0) return o;
    let lo = 0;
    let hi = os.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (os[mid] <= origOffset) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (idx < 0) return o;
    const segEndOrig = os[idx] + this.origLens[idx];
    const segEndView = this.viewStarts[idx] + this.viewLens[idx];
    if (origOffset === os[idx]) return this.viewStarts[idx];
    if (origOffset < segEndOrig) return segEndView;
    return segEndView + (origOffset - segEndOrig);
  }

  private lineStarts(): number[] {
    if (this.lineStartsCache) return this.lineStartsCache;
    const starts = [0];
    const t = this.original;
    // Breaks found with indexOf rather than a loop over every character (profiling, 1 MB
    // notice: ~3 ms the first time a rule asks for a position). -1: no more of that kind.
    let lf = t.indexOf('\n');
    let cr = t.indexOf('\r');
    for (;;) {
      const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (at < 0) break;
      const next = at + (t.charCodeAt(at) === 13 && t.charCodeAt(at + 1) === 10 ? 2 : 1);
      starts.push(next);
      if (lf >= 0 && lf < next) lf = t.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = t.indexOf('\r', next);
    }
    this.lineStartsCache = starts;
    return starts;
  }

  /**
   * LSP position of an offset in the original text. A BOM is not a character of the
   * document for an editor (VS Code drops it when it opens the file), so the first line's
   * columns do not count it: the CLI's positions then match what the editor shows.
   */
  positionAt(origOffset: number): Position {
    const starts = this.lineStarts();
    const off = Math.max(0, Math.min(origOffset, this.original.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = lo === 0 ? this.bom : starts[lo];
    return { line: lo, character: Math.max(0, off - lineStart) };
  }

  /** Offset in the original text of an LSP position (clamped to the line). */
  offsetAt(pos: Position): number {
    const starts = this.lineStarts();
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.original.length;
    const lineStart = pos.line === 0 ? this.bom : starts[pos.line];
    const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : this.original.length;
    let lineEnd = next;
    while (lineEnd > lineStart && (this.original.charCodeAt(lineEnd - 1) === 10 || this.original.charCodeAt(lineEnd - 1) === 13)) lineEnd--;
    return Math.min(lineStart + Math.max(0, pos.character), lineEnd);
  }
}
