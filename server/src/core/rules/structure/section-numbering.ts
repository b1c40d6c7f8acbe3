/**
 * structure/section-numbering — numbered parts that skip, repeat, go backwards, sit under
 * the wrong parent, use letters outside the Vietnamese order, or carry a heading mark that
 * ranks them with the document's title.
 *
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (DOMAIN.md §8): phần/mục in Roman numerals, khoản
 * "1.", điểm "a)" in the Vietnamese alphabet a, b, c, d, đ, e, g, h, i, k … "1.1.", "-" and
 * "+" are practice without a basis in the decree: allowed. Only consistency is checked; a
 * list restarting at 1 (or "a)") is a new list, and a Roman part restarts the khoản.
 */
import type { Section, Span } from '../../parse/model';
import { msg, type Rule, type RuleContext } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.6';
/** The Vietnamese alphabet as used for điểm: no f, j, w, z; đ after d. */
export const VI_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

function roman(n: number): string {
  const t: Array<[number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of t) while (n >= v) { out += s; n -= v; }
  return out;
}

interface Seq {
  value?: number;
  section?: Section;
}

export const sectionNumbering: Rule = {
  meta: {
    id: 'structure/section-numbering',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg(
      'Đánh số phần, mục, khoản, điểm không nhất quán (nhảy số, lặp số, sai cấp, sai thứ tự chữ cái).',
      'Inconsistent numbering of parts (skipped or repeated numbers, wrong level, letters out of order).',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const titleLevel = model.title ? model.lines[model.title.lines[0]].heading : 0;
    const report = (span: Span, vi: string, en: string): void =>
      ctx.report({ start: span.start, end: span.end, message: msg(`${vi} (${BASIS_VI}).`, `${en} (${BASIS_EN}).`) });

    let romanSeq: Seq = {};
    let path: number[] = [];
    let pathSecs: Section[] = [];
    let closeParen: Seq = {};
    let letter: Section | undefined;
    let paren: Seq = {};

    for (const s of model.sections) {
      checkHeading(ctx, s, titleLevel);
      const label = s.label.trim();
      if (s.kind === 'roman') {
        sequence(report, romanSeq, s, roman);
        romanSeq = { value: s.numbers[0], section: s };
        path = [];
        pathSecs = [];
        closeParen = {};
        letter = undefined;
        paren = {};
      } else if (s.kind === 'arabic' && s.numbers.length === 1 && label.endsWith(')')) {
        sequence(report, closeParen, s, (n) => `${n})`);
        closeParen = { value: s.numbers[0], section: s };
        letter = undefined;
        paren = {};
      } else if (s.kind === 'arabic') {
        const k = s.numbers.length;
        const n = s.numbers[k - 1];
        if (k === 1) {
          sequence(report, { value: path[0], section: pathSecs[0] }, s, (x) => `${x}.`);
        } else {
          const prefix = s.numbers.slice(0, k - 1);
          const fits = path.length >= k - 1 && prefix.every((p, i) => path[i] === p);
          if (fits) {
            const last = path.length >= k ? path[k - 1] : undefined;
            const expected = (last ?? 0) + 1;
            if (n !== expected) {
              const exp = `${prefix.join('.')}.${expected}.`;
              if (last !== undefined && n === last) {
                report(s.labelSpan, `Số mục bị lặp: "${label}" đã có ở dòng ${pathSecs[k - 1].line + 1}`, `Repeated number: "${label}" already at line ${pathSecs[k - 1].line + 1}`);
              } else if (last !== undefined && n < last) {
                report(s.labelSpan, `Số mục đi lùi: sau "${pathSecs[k - 1].label.trim()}" là "${label}", cần "${exp}"`, `Numbering goes backwards: "${label}" after "${pathSecs[k - 1].label.trim()}", expected "${exp}"`);
              } else {
                report(s.labelSpan, `Đánh số bị nhảy: "${label}" trong khi mục tiếp theo phải là "${exp}"`, `Skipped number: "${label}" where "${exp}" comes next`);
              }
            }
            const parent = pathSecs[k - 2];
            // Without a heading title, a sub-part whose heading outranks its parent's.
            if (titleLevel === 0 && parent && parent.heading > 0 && s.heading > 0 && s.heading < parent.heading) {
              report(headingSpan(ctx, s), `Mục "${label}" được định dạng cao hơn mục cha "${parent.label.trim()}" (tiêu đề cấp ${s.heading} so với cấp ${parent.heading})`, `"${label}" is formatted above its parent "${parent.label.trim()}" (heading level ${s.heading} vs ${parent.heading})`);
            }
          } else if (path.length > 0) {
            const open = path.slice(0, Math.min(path.length, k - 1)).join('.') + '.';
            report(s.labelSpan, `Mục "${label}" không thuộc mục đang mở "${open}": mục con của "${prefix.join('.')}." phải nằm dưới mục "${prefix.join('.')}."`, `"${label}" is not under the open part "${open}": sub-parts of "${prefix.join('.')}." belong under "${prefix.join('.')}."`);
          }
        }
        path = s.numbers.slice();
        pathSecs = pathSecs.slice(0, k - 1);
        while (pathSecs.length < k - 1) pathSecs.push(s);
        pathSecs.push(s);
        closeParen = {};
        letter = undefined;
        paren = {};
      } else if (s.kind === 'letter') {
        const l = s.letter!;
        const idx = VI_LETTERS.indexOf(l);
        const prevIdx = letter ? VI_LETTERS.indexOf(letter.letter!) : -1;
        const next = prevIdx >= 0 && prevIdx + 1 < VI_LETTERS.length ? VI_LETTERS[prevIdx + 1] : undefined;
        if (idx < 0) {
          report(s.labelSpan, `Điểm "${label}" dùng chữ cái không có trong bảng chữ cái tiếng Việt${next ? `; sau "${letter!.letter})" là "${next})"` : ''}`, `"${label}" uses a letter outside the Vietnamese alphabet${next ? `; "${next})" follows "${letter!.letter})"` : ''}`);
        } else if (letter && idx !== 0 && idx !== prevIdx + 1) {
          const what = idx === prevIdx ? 'lặp chữ cái' : idx < prevIdx ? 'đi lùi' : 'nhảy chữ cái';
          const whatEn = idx === prevIdx ? 'repeated letter' : idx < prevIdx ? 'letters go backwards' : 'skipped letter';
          report(s.labelSpan, `Thứ tự điểm ${what}: sau "${letter.letter})" phải là "${next})" (thứ tự chữ cái tiếng Việt a, b, c, d, đ, e, g …), không phải "${label}"`, `Point letters, ${whatEn}: "${next})" follows "${letter.letter})" (Vietnamese order a, b, c, d, đ, e, g …), not "${label}"`);
        }
        if (idx >= 0) letter = s;
        paren = {};
      } else if (s.kind === 'paren') {
        sequence(report, paren, s, (n) => `(${n})`);
        paren = { value: s.numbers[0], section: s };
      }
    }
  },
};

/** One level of a list: n follows prev + 1, or restarts at 1 (a new list). */
function sequence(report: (s: Span, vi: string, en: string) => void, prev: Seq, s: Section, fmt: (n: number) => string): void {
  const n = s.numbers[0];
  const p = prev.value;
  if (p === undefined || n === 1 || n === p + 1) return;
  const label = s.label.trim();
  const before = prev.section!.label.trim();
  if (n === p) report(s.labelSpan, `Số mục bị lặp: "${label}" đã có ở dòng ${prev.section!.line + 1}`, `Repeated number: "${label}" already at line ${prev.section!.line + 1}`);
  else if (n < p) report(s.labelSpan, `Số mục đi lùi: sau "${before}" là "${label}", cần "${fmt(p + 1)}"`, `Numbering goes backwards: "${label}" after "${before}", expected "${fmt(p + 1)}"`);
  else report(s.labelSpan, `Đánh số bị nhảy: sau "${before}" là "${label}", thiếu "${fmt(p + 1)}"`, `Skipped number: "${label}" after "${before}", "${fmt(p + 1)}" is missing`);
}

/** From the heading's "#" to the end of the label: "## 2.2.". Only for a heading (level > 0), whose line opens with "#". */
function headingSpan(ctx: RuleContext, s: Section): Span {
  const line = ctx.model.lines[s.line];
  return { start: line.start + line.raw.indexOf('#'), end: s.labelSpan.end };
}

/** A numbered part marked as a heading of the title's level or above. */
function checkHeading(ctx: RuleContext, s: Section, titleLevel: number): void {
  if (titleLevel === 0 || s.heading === 0 || s.heading > titleLevel) return;
  const label = s.label.trim();
  const title = ctx.model.title!.text;
  const same = s.heading === titleLevel;
  const span = headingSpan(ctx, s);
  ctx.report({
    start: span.start,
    end: span.end,
    message: msg(
      `Mục "${label}" được định dạng ${same ? 'ngang cấp với' : 'cao hơn'} tên loại văn bản "${title}" (tiêu đề Markdown cấp ${s.heading}, tên loại cấp ${titleLevel}); hạ cấp tiêu đề hoặc bỏ dấu "#" cho thống nhất với các mục cùng cấp (${BASIS_VI}).`,
      `Part "${label}" is formatted ${same ? 'at the same level as' : 'above'} the document title "${title}" (Markdown heading level ${s.heading}, title level ${titleLevel}); lower the heading or drop the "#" to match its siblings (${BASIS_EN}).`,
    ),
  });
}
