/**
 * text/spacing — double spaces inside a line, a space before , . ; :
 *
 * Vietnamese typography follows the usual Latin-script convention: one space between words,
 * punctuation attached to the word before it. NĐ 30/2020 has no clause on spacing, so this
 * is a hint. Layout and placeholders are left alone: indentation, Markdown hard breaks
 * (two trailing spaces), table rows, code blocks, list markers followed by several spaces,
 * long gaps (5+ spaces: columns or blanks for the records office), and the blanks of an
 * unnumbered / undated draft ("Số:      /TB-UBND", "ngày      tháng 8").
 */
import type { Line, NoticeModel, Span } from '../../parse/model';
import { msg, type Rule } from '../types';

/** Longer gaps are layout (aligned columns, blanks to fill in), not typos. */
const MAX_TYPO_GAP = 4;
const LIST_MARKER = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}|[-+*•]|\d+(?:\.\d+)*[.)]|\(\d+\)|[a-zđ]\)|[IVXLC]+\.)(?=[ \t])/i;
/** Date keywords and "số" whose value may be left blank. */
const BLANK_BEFORE = /(?:^|[\s*_(])(?:số|ngày|tháng|năm)[ \t]*:?$/iu;
const BLANK_AFTER = /^(?:tháng|năm|\/)/iu;

function inside(s: Span | undefined, a: number, b: number): boolean {
  return !!s && a >= s.start && b <= s.end;
}

/** Gaps that are blanks left for the records office in the model's number/date lines. */
function placeholderSpans(model: NoticeModel): Span[] {
  const out: Span[] = [];
  if (model.number?.blankNumber) out.push(model.number.span);
  const pd = model.placeDate;
  if (pd && [pd.day, pd.month, pd.year].some((p) => p && p.value === undefined)) out.push(pd.span);
  return out;
}

export const spacing: Rule = {
  meta: {
    id: 'text/spacing',
    family: 'text',
    defaultSeverity: 'hint',
    fixable: true,
    description: msg(
      'Khoảng trắng thừa: hai dấu cách liền nhau trong dòng, hoặc dấu cách trước , . ; :',
      'Extra spaces: a double space inside a line, or a space before , . ; :',
    ),
  },
  check(ctx) {
    const { model } = ctx;
    const blanks = placeholderSpans(model);
    const text = model.text;
    // Only lines holding a candidate are examined (profiling, 1 MB notice: running both
    // expressions on every line cost ~10 ms); one native scan of the text finds them.
    let next = nextCandidate(text, 0);
    let fenced = false;
    for (const line of model.lines) {
      const indent = indentEnd(line.raw);
      if (line.raw.startsWith('```', indent) || line.raw.startsWith('~~~', indent)) {
        fenced = !fenced;
        continue;
      }
      if (next < line.start) next = nextCandidate(text, line.start);
      if (next >= line.end) continue;
      if (fenced || line.blank) continue;
      // Markdown table rows align with spaces around pipes.
      if (line.raw.charCodeAt(indent) === 124 /* | */) continue;
      checkLine(ctx, model, line, blanks);
    }
  },
};

/** Where a finding may start: two spaces, or a space or tab before , . ; : */
const CANDIDATE = /  |[ \t][,.;:]/g;

function nextCandidate(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  const m = CANDIDATE.exec(text);
  return m ? m.index : Infinity;
}

/** Offset of the first character after leading spaces and tabs. */
function indentEnd(raw: string): number {
  let i = 0;
  while (i < raw.length && (raw.charCodeAt(i) === 32 || raw.charCodeAt(i) === 9)) i++;
  return i;
}

function checkLine(ctx: Parameters<Rule['check']>[0], model: NoticeModel, line: Line, blanks: Span[]): void {
  const raw = line.raw;
  // Content begins after indentation and a list/heading marker; it ends before trailing
  // white space (a Markdown hard break is two trailing spaces).
  const marker = LIST_MARKER.exec(raw);
  let from = marker ? marker[0].length : 0;
  while (from < raw.length && (raw[from] === ' ' || raw[from] === '\t')) from++;
  let to = raw.length;
  while (to > from && /[ \t\u00a0]/.test(raw[to - 1])) to--;
  const content = raw.slice(from, to);

  // 1. Double spaces.
  const gap = / {2,}/g;
  let m: RegExpExecArray | null;
  while ((m = gap.exec(content)) !== null) {
    const a = line.start + from + m.index;
    const b = a + m[0].length;
    if (m[0].length > MAX_TYPO_GAP) continue;
    if (blanks.some((s) => inside(s, a, b))) continue;
    const before = content.slice(0, m.index);
    const after = content.slice(m.index + m[0].length);
    if (BLANK_BEFORE.test(before) && /^(?:[\/*_]|tháng|năm|\p{Lu})/u.test(after)) continue;
    if (BLANK_AFTER.test(after) && /(?:ngày|tháng|số|:)$/iu.test(before)) continue;
    if (after.startsWith('/') || before.endsWith('/')) continue;
    ctx.report({
      start: a,
      end: b,
      message: msg(
        `${m[0].length} dấu cách liền nhau; giữa hai từ chỉ cần một dấu cách.`,
        `${m[0].length} consecutive spaces; one space separates words.`,
      ),
      fixes: [{ title: msg('Thay bằng một dấu cách', 'Replace with one space'), edits: [{ start: a, end: b, newText: ' ' }] }],
    });
  }

  // 2. Space before , . ; : — the mark belongs to the word before it. The look-ahead leaves
  // out "…" written as dots and the end mark "./.": they are not a full stop after a space.
  const spaceBefore = /([\p{L}\p{N})\]”"'*_])([ \t]+)([,.;:])(?=$|[\s*_”"')\]])/gu;
  while ((m = spaceBefore.exec(content)) !== null) {
    const mark = m[3];
    const markAt = m.index + m[1].length + m[2].length;
    const a = line.start + from + m.index + m[1].length;
    const b = a + m[2].length;
    if (blanks.some((s) => inside(s, a, b))) continue;
    ctx.report({
      start: a,
      end: b + 1,
      message: msg(
        `Thừa dấu cách trước dấu "${mark}"; dấu câu viết liền với từ đứng trước.`,
        `Extra space before "${mark}"; punctuation is attached to the preceding word.`,
      ),
      fixes: [{ title: msg(`Bỏ dấu cách trước "${mark}"`, `Remove the space before "${mark}"`), edits: [{ start: a, end: b, newText: '' }] }],
    });
    spaceBefore.lastIndex = markAt;
  }
}
