/**
 * Numbered parts of the body (NĐ 30/2020, Phụ lục I, mục II.6 / DOMAIN.md §8): phần/mục with
 * Roman numerals, khoản "1.", sub-parts "2.1.", điểm "a)", and "(1)".
 */
import type { Line, Section } from './model';

const ROMAN = /^(X{0,3}(?:IX|IV|V?I{0,3}))\.(?=\s|$)/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)(\.|\))?(?=\s)/u;
const LETTER = /^([a-zđ])\)(?=\s)/u;
const PAREN = /^\((\d{1,2})\)(?=\s)/u;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function parseSections(lines: Line[], first: number, last: number): Section[] {
  const out: Section[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i];
    if (l.blank) continue;
    const s = sectionOf(l);
    if (s) out.push(s);
  }
  return out;
}

function makeSection(l: Line, kind: Section['kind'], label: string, numbers: number[], letter?: string): Section {
  return {
    kind,
    label,
    labelSpan: { start: l.contentStart, end: l.contentStart + label.length },
    numbers,
    letter,
    line: l.index,
    heading: l.heading,
    title: l.content.slice(label.length).trim(),
    span: { start: l.contentStart, end: l.contentEnd },
  };
}

/** A label starts with I, V, X, a digit, a lower-case letter or "(". */
function mayStartLabel(c: number): boolean {
  return c === 73 || c === 86 || c === 88 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 0x111 || c === 40;
}

export function sectionOf(l: Line): Section | undefined {
  const c = l.content;
  // Cheap first-character test before four expressions: this runs over every body line.
  if (!mayStartLabel(c.charCodeAt(0))) return undefined;
  let m: RegExpExecArray | null;
  if ((m = ROMAN.exec(c)) && m[1]) return makeSection(l, 'roman', m[0], [romanValue(m[1])]);
  if ((m = ARABIC.exec(c))) {
    const nums = m[1].split('.').map(Number);
    // "2024 là năm…" or "3 Chương trình" are not labels: one number needs "." or ")".
    if (nums.length === 1 && !m[2]) return undefined;
    return makeSection(l, 'arabic', m[0], nums);
  }
  if ((m = LETTER.exec(c))) return makeSection(l, 'letter', m[0], [], m[1]);
  if ((m = PAREN.exec(c))) return makeSection(l, 'paren', m[0], [Number(m[1])]);
  return undefined;
}
