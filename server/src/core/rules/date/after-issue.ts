/**
 * date/after-issue — a cited document, or a past event the notice reports, is dated after
 * the notice itself. A partial issue date ("tháng 4 năm 2024", day blank for the records
 * office) stands for the whole month: only a date after its last day counts. An issue date
 * without a year is unknown: silent. Deadlines and plans ("đến ngày 31/12/2024", "trước
 * ngày 15/7/2024", "hoàn thành trước …") are future by nature and never count: only the dates
 * of citations ("Kế hoạch số … ngày …") and event openings ("Ngày 24/9/2024, … đã …").
 */
import { getCitations, getDates } from '../../extract';
import { formatDate, type DateEntity } from '../../extract/dates';
import { msg, type Rule } from '../types';

export const dateAfterIssue: Rule = {
  meta: {
    id: 'date/after-issue',
    family: 'date',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Văn bản được dẫn hoặc sự việc đã diễn ra có ngày sau ngày ban hành.', 'A cited document or past event is dated after the notice.'),
  },
  check(ctx) {
    const pd = ctx.model.placeDate;
    // A date read from the document implies the place/date line's year (documentDate needs one).
    if (ctx.docDateSource !== 'document' || !pd?.year?.value) return;
    const last = ctx.docDate.to; // exclusive
    const issued = [pd.day?.value, pd.month?.value, pd.year.value].map((x) => x ?? '…').join('/');
    for (const c of getCitations(ctx)) {
      const d = c.date;
      if (!d?.window || d.day === undefined || d.window.from < last) continue;
      ctx.report({
        start: d.span.start,
        end: d.span.end,
        message: msg(
          `Văn bản số ${c.normalized} được dẫn với ngày ${formatDate(d)}, sau ngày ban hành của thông báo (${issued}): kiểm tra lại ngày.`,
          `Document ${c.normalized} is cited as dated ${formatDate(d)}, after this notice's date (${issued}): check the date.`,
        ),
      });
    }
    const text = ctx.model.text;
    for (const d of getDates(ctx)) {
      if (d.inCitation || !d.window || d.day === undefined || d.window.from < last || !isEventOpening(text, d)) continue;
      ctx.report({
        start: d.span.start,
        end: d.span.end,
        message: msg(
          `Sự việc đã diễn ra được ghi ngày ${formatDate(d)}, sau ngày ban hành của thông báo (${issued}): kiểm tra lại ngày.`,
          `A past event is dated ${formatDate(d)}, after this notice's date (${issued}): check the date.`,
        ),
      });
    }
  },
};

/**
 * "Ngày 24/9/2024, … đã …" at the start of a paragraph or sentence. Read by character codes
 * (once per date after the issue date, most of them deadlines): "Ngày" (a whole word: every
 * date pattern has white space after it); in the 200 characters before, the last one that
 * is not a blank or a list mark is a line break or "." ";" ":" (or there is none); then the
 * text up to the first ".", line break or ";" (within 200 characters) opens with a comma and
 * has "đã".
 */
function isEventOpening(text: string, d: DateEntity): boolean {
  const start = d.span.start;
  if (!text.startsWith('Ngày', start)) return false;
  const floor = Math.max(0, start - 200);
  let e = start;
  while (e > floor && ' \t*#>_+-'.includes(text[e - 1])) e--;
  if (e > floor && !'\n.;:'.includes(text[e - 1])) return false;
  const lim = Math.min(text.length, d.span.end + 200);
  let restEnd = d.span.end;
  while (restEnd < lim && !'.\n;'.includes(text[restEnd])) restEnd++;
  const rest = text.slice(d.span.end, restEnd);
  return /^[\s*_]*,/.test(rest) && /(?<![\p{L}])đã(?![\p{L}])/u.test(rest);
}
