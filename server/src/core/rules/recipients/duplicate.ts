/**
 * recipients/duplicate — the same recipient listed twice in Nơi nhận.
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9: each recipient once (DOMAIN.md §6). Items are
 * compared whole, ignoring case, tone placement, spacing and the final ";"/"."; the lists
 * inside an item ("HĐND, UBND các huyện") share qualifiers and are not split.
 */
import { trimEndWhere } from '../../text/scan';
import type { RecipientItem } from '../../parse/model';
import { nameKey } from '../../text/fold';
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.9';

function key(item: RecipientItem): string {
  return trimEndWhere(nameKey(item.value), (ch) => /[\s;.,:]/u.test(ch)).trim();
}

export const duplicate: Rule = {
  meta: {
    id: 'recipients/duplicate',
    family: 'recipients',
    defaultSeverity: 'info',
    fixable: true,
    description: msg('Một nơi nhận được ghi hai lần.', 'The same recipient is listed twice.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const items = model.recipients?.items ?? [];
    const seen = new Map<string, RecipientItem>();
    items.forEach((item, i) => {
      const k = key(item);
      // A blank left to fill in ("- …;", "- ...;") is not a recipient yet: two of them are
      // two places still open, not one recipient named twice.
      if (!/[\p{L}\p{N}]/u.test(k)) return;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, item);
        return;
      }
      // Remove the repeated line; when it is the last item (with its "."), remove the
      // earlier one instead so the list keeps its ending.
      const victim = i === items.length - 1 ? first : item;
      const l0 = model.lines[victim.lines[0]];
      const l1 = model.lines[victim.lines[victim.lines.length - 1]];
      // The victim is never the last item, so a line follows it: its line break goes too.
      const edit = { start: l0.start, end: model.lines[l1.index + 1].start, newText: '' };
      ctx.report({
        start: item.valueSpan.start,
        end: item.valueSpan.end,
        message: msg(
          `Nơi nhận "${item.value.replace(/[;.]$/, '')}" đã có ở dòng ${first.lines[0] + 1} (${BASIS_VI}).`,
          `The recipient "${item.value.replace(/[;.]$/, '')}" is already listed at line ${first.lines[0] + 1} (${BASIS_EN}).`,
        ),
        fixes: [{ title: msg('Xóa dòng trùng', 'Remove the duplicate line'), edits: [edit] }],
      });
      seen.set(k, victim === first ? item : first);
    });
  },
};
