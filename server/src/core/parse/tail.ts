/**
 * The end of a notice: "Nơi nhận" (Phụ lục I, mục II.9) and the authority/title/signer block
 * (mục II.7). On paper they share a row (Nơi nhận left, signature right); in a text file
 * either may come first, so both are located independently.
 */
import { foldName } from '../text/fold';
import { isUpperText } from './lines';
import type { Line, RecipientItem, Recipients, Signature } from './model';

const RECIPIENTS_LABEL = /^nơi nhận\s*[:：]?$/u;
/** TM. / KT. / TL. / TUQ. / Q. — Phụ lục I, mục II.7.a. */
export const AUTHORITY_PREFIX = /^(TM|KT|TL|TUQ|Q)\s*\.\s*/u;
/** Titles that sign without a prefix (the head signs in person). */
const POSITION_TITLE = /^(PHÓ\s+)?(CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|TRƯỞNG BAN|TRƯỞNG PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|BÍ THƯ|THỦ TƯỚNG|CHỦ NHIỆM|TỔNG GIÁM ĐỐC|CHI CỤC TRƯỞNG|TRƯỞNG ĐOÀN|THỦ TRƯỞNG)(?![\p{L}\p{M}])/u;
/** "(Đã ký)", "(Ký, đóng dấu)", "[chữ ký số]": placeholders between the title and the name. */
const SIGN_PLACEHOLDER = /^[([].{0,40}[)\]]$/u;

export function findRecipientsLabel(lines: Line[], from: number): number | undefined {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    // Cheap first-letter test before folding: this runs over every line of the body.
    const c = lines[i].content;
    if (c.length > 14 || (c.charCodeAt(0) | 32) !== 110 /* n, N */) continue;
    if (RECIPIENTS_LABEL.test(foldName(c).replace(/\s+/g, ' '))) return i;
  }
  return undefined;
}

export function isAuthorityLine(content: string): boolean {
  return AUTHORITY_PREFIX.test(content) && isUpperText(content);
}

function isPositionLine(content: string): boolean {
  return isUpperText(content) && POSITION_TITLE.test(content) && content.length <= 60;
}

/**
 * First line of the signature block: the last run of authority lines (TM./KT./TL./…), or,
 * when the head signs in person, a position title near the end followed by a name.
 */
export function findSignatureStart(lines: Line[], from: number, recipientsLabel: number | undefined): number | undefined {
  let runStart: number | undefined;
  for (let i = lines.length - 1; i >= from; i--) {
    if (isAuthorityLine(lines[i].content)) {
      runStart = i;
      // Walk up through the rest of the run (consecutive authority lines).
      let j = i - 1;
      while (j >= from && (isAuthorityLine(lines[j].content) || lines[j].blank) ) {
        if (isAuthorityLine(lines[j].content)) runStart = j;
        else if (!(j - 1 >= from && isAuthorityLine(lines[j - 1].content))) break;
        j--;
      }
      return runStart;
    }
  }
  // No prefix: look at the last few non-blank lines for "GIÁM ĐỐC" + a name.
  const limitFrom = Math.max(from, recipientsLabel !== undefined ? 0 : lines.length - 25);
  for (let i = lines.length - 1; i >= limitFrom; i--) {
    if (isPositionLine(lines[i].content) && hasNameAfter(lines, i)) {
      let s = i;
      while (s - 1 >= from && isPositionLine(lines[s - 1].content)) s--;
      return s;
    }
  }
  return undefined;
}

function hasNameAfter(lines: Line[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 8); k++) {
    const c = lines[k].content;
    if (!c || SIGN_PLACEHOLDER.test(c)) continue;
    return looksLikeName(c);
  }
  return false;
}

/** A signer's name: a few capitalised words, no list or sentence punctuation. */
export function looksLikeName(c: string): boolean {
  if (c.length > 60 || /[:;]/.test(c) || /^[-+*]/.test(c) || isUpperText(c) && c.split(/\s+/).length > 6) return false;
  const words = c.replace(/^([\p{L}]{1,4}\.)+\s*/u, '').split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 7 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The signature block from `start`, the line findSignatureStart gave (in capitals: the first title
 * line, so the block always has one), up to `end`.
 */
export function parseSignature(lines: Line[], start: number, end: number): Signature {
  const auth: Signature['lines'] = [];
  let i = start;
  for (; i < end; i++) {
    const l = lines[i];
    if (l.blank) {
      // A blank line inside the title block is tolerated when capitals follow that are not a
      // name, or that are a position title ("KT. CHỦ TỊCH", blank, "PHÓ CHỦ TỊCH": a title
      // of two or three capitalised words also looks like a name).
      const next = i + 1 < end ? lines[i + 1].content : '';
      if (isUpperText(next) && (isPositionLine(next) || !looksLikeName(next))) continue;
      break;
    }
    if (!isUpperText(l.content)) break;
    auth.push({ text: l.content, span: { start: l.contentStart, end: l.contentEnd }, lines: [i] });
  }
  let signer: Signature['signer'];
  for (; i < end; i++) {
    const c = lines[i].content;
    if (!c || SIGN_PLACEHOLDER.test(c)) continue;
    if (looksLikeName(c)) signer = { text: c, span: { start: lines[i].contentStart, end: lines[i].contentEnd }, lines: [i] };
    break;
  }
  const last = signer ?? auth[auth.length - 1];
  return { lines: auth, signer, span: { start: auth[0].span.start, end: last.span.end } };
}

export function parseRecipients(lines: Line[], labelLine: number, end: number): Recipients {
  const l = lines[labelLine];
  const label = { text: l.content, span: { start: l.contentStart, end: l.contentEnd }, lines: [labelLine] };
  const items: RecipientItem[] = [];
  let prevBlank = false;
  for (let i = labelLine + 1; i < end; i++) {
    const line = lines[i];
    if (line.blank) {
      prevBlank = true;
      continue;
    }
    if (isAuthorityLine(line.content)) break;
    const last = items[items.length - 1];
    if (line.bullet === '-' || line.bullet === '+' || line.bullet === '*' || /^[-–—+•]/.test(line.content)) {
      const bulletLen = /^[-–—+*•]\s*/.exec(line.content)![0].length;
      const vs = line.contentStart + bulletLen;
      items.push({
        text: line.content,
        span: { start: line.contentStart, end: line.contentEnd },
        lines: [i],
        bullet: line.content[0],
        value: line.content.slice(bulletLen),
        valueSpan: { start: vs, end: line.contentEnd },
      });
    } else if (last && !prevBlank && !/^lưu\s*[:：]/iu.test(line.content)) {
      // An item wrapped onto the next line ("Lưu:" without its bullet starts the last item).
      last.text += ' ' + line.content;
      last.value += ' ' + line.content;
      last.span = { start: last.span.start, end: line.contentEnd };
      last.valueSpan = { start: last.valueSpan.start, end: line.contentEnd };
      last.lines.push(i);
    } else if (/^lưu\b/iu.test(line.content) || (items.length === 0 && line.content.length < 120 && !isUpperText(line.content))) {
      items.push({
        text: line.content,
        span: { start: line.contentStart, end: line.contentEnd },
        lines: [i],
        bullet: '',
        value: line.content,
        valueSpan: { start: line.contentStart, end: line.contentEnd },
      });
    } else break;
    prevBlank = false;
  }
  const endSpan = items.length ? items[items.length - 1].span.end : label.span.end;
  return { label, items, span: { start: label.span.start, end: endSpan } };
}
