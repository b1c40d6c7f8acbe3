/**
 * Splits the view into lines and peels off the light Markdown the drafts use
 * (PRODUCT.md "The document format"): "## " headings, "**…**" / "***…***" emphasis around a
 * line or a block of lines, trailing two-space hard breaks, and list bullets.
 */
import type { Line } from './model';
import { classAt, isLead, isTrail, LETTER, LU } from '../text/scan';

const HEADING = /^(#{1,6})[ \t]+/;
const BULLET = /^([-+*])[ \t]+/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const n = text.length;
  // The next LF and CR, found with indexOf rather than a loop over every character
  // (profiling, 1 MB notice: ~1.5 ms); n when there is none.
  let lf = -1;
  let cr = -1;
  while (start <= n) {
    if (lf < start) lf = nextOrEnd(text, '\n', start);
    if (cr < start) cr = nextOrEnd(text, '\r', start);
    const end = Math.min(lf, cr);
    lines.push(makeLine(text, index++, start, end));
    if (end >= n) break;
    // end < n here, so start <= n (a CR LF pair ends at n at the latest).
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  markBoldBlocks(lines);
  return lines;
}

function nextOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

function isSpace(c: number): boolean {
  // Every character JavaScript's \s matches (tab, VT, FF, NBSP, the Unicode spaces drafts
  // paste in, U+2028/2029, BOM), so a line's content never starts or ends with what a rule's
  // /\S/ skips; plus the zero-width space.
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function makeLine(text: string, index: number, start: number, end: number): Line {
  const raw = text.slice(start, end);
  let s = 0;
  let e = raw.length;
  while (s < e && isSpace(raw.charCodeAt(s))) s++;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  // A trailing backslash is a Markdown hard break.
  if (e > s && raw.charCodeAt(e - 1) === 92) {
    e--;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  }
  let heading = 0;
  // Cheap character tests before the expressions (profiling, 1 MB notice): most lines have
  // no heading mark and no emphasis mark at either end.
  const h = raw.charCodeAt(s) === 35 /* # */ ? HEADING.exec(raw.slice(s, e)) : null;
  if (h) {
    heading = h[1].length;
    s += h[0].length;
  }
  let bold = false;
  // Peel emphasis runs at both ends ("***Nơi nhận:***", "**TL. CHỦ TỊCH**").
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    if (s < e && (isEmphasisMark(raw.charCodeAt(s)) || isEmphasisMark(raw.charCodeAt(e - 1)))) {
      const inner = raw.slice(s, e);
      const lead = /^([*_]{1,3})(?=\S)/.exec(inner);
      const trail = /(?<=\S)([*_]{1,3})$/.exec(inner);
      if (lead && !(lead[1] === '*' && inner[1] === ' ')) {
        if (lead[1].length >= 2) bold = true;
        s += lead[1].length;
        changed = true;
      }
      const inner2 = raw.slice(s, e);
      const trail2 = trail ? /(?<=\S)([*_]{1,3})$/.exec(inner2) : null;
      if (trail2 && inner2.length > trail2[1].length) {
        if (trail2[1].length >= 2) bold = true;
        e -= trail2[1].length;
        changed = true;
      }
    }
    while (s < e && isSpace(raw.charCodeAt(s))) s++;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    if (!changed) break;
  }
  const content = raw.slice(s, e);
  const b = isBulletMark(content.charCodeAt(0)) ? BULLET.exec(content) : null;
  return {
    index,
    start,
    end,
    raw,
    content,
    contentStart: start + s,
    contentEnd: start + e,
    blank: content.length === 0,
    heading,
    bold,
    bullet: b ? (b[1] as '-' | '+' | '*') : undefined,
  };
}

/** "*" or "_". */
function isEmphasisMark(c: number): boolean {
  return c === 42 || c === 95;
}

/** "-", "+" or "*". */
function isBulletMark(c: number): boolean {
  return c === 45 || c === 43 || c === 42;
}

/** "**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**": lines between an opening and a closing ** are bold. */
function markBoldBlocks(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // Cheap test first: a line without "**" opens no block.
    if (!l.raw.includes('**')) continue;
    const raw = l.raw.trim();
    if (!raw.startsWith('**') || /\*\*\s*$/.test(raw.slice(2))) continue;
    // Opening without closing on the same line: find the closing line within a few lines.
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
      if (lines[j].blank) break;
      if (/\*\*\s*$/.test(lines[j].raw.trim())) {
        for (let k = i; k <= j; k++) lines[k].bold = true;
        i = j;
        break;
      }
    }
  }
}

/** True when every letter of the string is upper case and it has at least two letters. */
export function isUpperText(s: string): boolean {
  let letters = 0;
  // Letters by the class table, not a \p{L} test and an upper-casing per character (profiling,
  // samples: the parser asks this of most lines); only a letter not in Lu is upper-cased.
  for (let i = 0; i < s.length; ) {
    const k = classAt(s, i);
    const w = isLead(s.charCodeAt(i)) && isTrail(s.charCodeAt(i + 1)) ? 2 : 1;
    if (k & LETTER) {
      letters++;
      if (!(k & LU)) {
        const ch = s.slice(i, i + w);
        if (ch !== ch.toUpperCase()) return false;
      }
    }
    i += w;
  }
  return letters >= 2;
}
