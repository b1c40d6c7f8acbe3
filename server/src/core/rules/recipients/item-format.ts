/**
 * recipients/item-format — a Nơi nhận item that does not start with "- " or does not end
 * with ";" (the last with ".").
 * NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9 and Mẫu 1.4 (DOMAIN.md §6): each recipient on its own
 * line "- …;", the last item "- Lưu: VT, ….". Sub-items "+ …;" under an item ending with ":"
 * ("- Các sở:" / "+ Sở Tài chính;") are common practice and allowed.
 */
import type { RecipientItem } from '../../parse/model';
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II.9';

export const itemFormat: Rule = {
  meta: {
    id: 'recipients/item-format',
    family: 'recipients',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      'Mục nơi nhận không bắt đầu bằng "- " hoặc không kết thúc bằng ";" (mục cuối bằng ".").',
      'A recipient item does not start with "- " or does not end with ";" (the last with ".").',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const items = model.recipients?.items ?? [];
    items.forEach((item, i) => {
      const prev: RecipientItem | undefined = items[i - 1];
      const next: RecipientItem | undefined = items[i + 1];
      const isSub = item.bullet === '+' && !!prev && (/:$/.test(prev.value.trim()) || prev.bullet === '+');
      // Start: "- " exactly (a sub-item "+ " is allowed).
      const s = item.span.start;
      const lead = model.text.slice(s, item.valueSpan.start);
      // Only when the item's text starts on the bullet's own line: a bullet alone on its line
      // (the text wrapped below) has no certain fix — found by fuzzing, a fix there never settled.
      const firstLine = model.lines[item.lines[0]];
      const textOnBulletLine = item.valueSpan.start < firstLine.contentEnd;
      if (!isSub && lead !== '- ' && item.value.length > 0 && textOnBulletLine) {
        const found = lead.trim();
        ctx.report({
          start: s,
          // Without a bullet the item is its line's content, which opens with its first word.
          end: s + (found ? found.length : /^\S+/u.exec(item.value)![0].length),
          message: msg(
            found
              ? `Mục nơi nhận bắt đầu bằng "${lead}" thay vì "- " (${BASIS_VI}).`
              : `Mục nơi nhận "${short(item.value)}" thiếu gạch đầu dòng "- " (${BASIS_VI}).`,
            found
              ? `Recipient item starts with "${lead}" instead of "- " (${BASIS_EN}).`
              : `Recipient item "${short(item.value)}" lacks the "- " bullet (${BASIS_EN}).`,
          ),
          fixes: [{ title: msg('Sửa thành "- "', 'Use "- "'), edits: [{ start: s, end: item.valueSpan.start, newText: '- ' }] }],
        });
      }
      // End: ";" or, for the last item, ".". An item introducing sub-items ends with ":".
      const value = model.text.slice(item.valueSpan.start, item.valueSpan.end);
      if (/:$/.test(value) && next && next.bullet === '+') return;
      const last = i === items.length - 1;
      const want = last ? '.' : ';';
      const end = item.valueSpan.end;
      const endChar = value.slice(-1);
      if (endChar === want) return;
      const punct = /[;.,:]$/.test(value);
      // A wrong mark: just that character. A missing one: the whole item, so the squiggle
      // shows which line is meant, not a stray last word.
      const cover = punct ? { start: end - 1, end } : { start: item.valueSpan.start, end };
      ctx.report({
        start: cover.start,
        end: cover.end,
        message: msg(
          `${last ? 'Mục nơi nhận cuối cùng' : 'Mục nơi nhận'}${punct ? '' : ` "${short(value)}"`} phải kết thúc bằng "${want}"${punct ? `, không phải "${endChar}"` : ''} (${BASIS_VI}).`,
          `${last ? 'The last recipient item' : 'A recipient item'}${punct ? '' : ` "${short(value)}"`} must end with "${want}"${punct ? `, not "${endChar}"` : ''} (${BASIS_EN}).`,
        ),
        fixes: [
          {
            title: msg(`Kết thúc bằng "${want}"`, `End with "${want}"`),
            edits: [punct ? { start: end - 1, end, newText: want } : { start: end, end, newText: want }],
          },
        ],
      });
    });
  },
};

function short(s: string): string {
  return s.length > 40 ? s.slice(0, 40) + '…' : s;
}
