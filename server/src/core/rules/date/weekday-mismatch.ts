/**
 * date/weekday-mismatch — "thứ Hai, ngày 16/7/2024" where that date is not a Monday. The
 * weekday is computed on the Gregorian calendar; the fix writes the right one in the style
 * used ("thứ Ba", "Thứ 3", "Chủ nhật").
 */
import { weekday } from '../../domain/dates';
import { getDates } from '../../extract';
import { formatDate } from '../../extract/dates';
import { msg, type Rule } from '../types';
import { WEEKDAY_NAMES } from './shared';

export const dateWeekdayMismatch: Rule = {
  meta: {
    id: 'date/weekday-mismatch',
    family: 'date',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('Thứ trong tuần không khớp với ngày tháng.', 'The weekday does not match the date.'),
  },
  check(ctx) {
    for (const e of getDates(ctx)) {
      if (!e.weekday || !e.valid || e.day === undefined || e.month === undefined || e.year === undefined) continue;
      const actual = weekday(e.year, e.month, e.day);
      if (actual === e.weekday.value) continue;
      const want = styled(actual, e.weekday.raw);
      ctx.report({
        start: e.weekday.span.start,
        end: e.weekday.span.end,
        message: msg(
          `Ngày ${formatDate(e)} là ${WEEKDAY_NAMES[actual]}, không phải "${e.weekday.raw}".`,
          `${formatDate(e)} is a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]}, not "${e.weekday.raw}".`,
        ),
        fixes: [{ title: msg(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [{ start: e.weekday.span.start, end: e.weekday.span.end, newText: want }] }],
      });
    }
  },
};

/** The right weekday in the writer's style: digits or words, capital "Thứ" or not. */
function styled(day: number, raw: string): string {
  // A written "chủ nhật" is right on a Sunday, so here the writer wrote a "thứ …".
  if (day === 0) return 'Chủ nhật';
  const thu = raw.startsWith('T') ? 'Thứ' : 'thứ';
  if (/\d/.test(raw)) return `${thu} ${day + 1}`;
  const word = WEEKDAY_NAMES[day].split(' ')[1];
  // "thứ hai" (lower case) stays lower case; "thứ Hai"/"THỨ HAI" keep their capitals.
  const last = raw.split(/\s+/).pop()!;
  if (last === last.toUpperCase() && /\p{L}/u.test(last) && raw === raw.toUpperCase()) return `${thu.toUpperCase()} ${word.toUpperCase()}`;
  return `${thu} ${last.charAt(0) === last.charAt(0).toLowerCase() ? word.toLowerCase() : word}`;
}
