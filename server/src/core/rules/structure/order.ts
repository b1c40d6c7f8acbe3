/**
 * structure/order — components out of the order of Phụ lục I.
 * NĐ 30/2020/NĐ-CP, Điều 8 and Phụ lục I, mục II (Mẫu 1.4): header (Quốc hiệu, Tiêu ngữ, cơ
 * quan chủ quản / ban hành, Số, địa danh và thời gian), tên loại, trích yếu, nội dung, then
 * the signature and Nơi nhận.
 *
 * A text file writes the two-column header as consecutive lines, row by row or column by
 * column, in either column order. So only orders that hold in every layout are checked:
 * within the left column superior → issuer → Số; within the right column Quốc hiệu →
 * Tiêu ngữ → địa danh/thời gian; the whole header before the title; title → trích yếu →
 * body → signature and Nơi nhận (these two in either order: they share one row on paper).
 */
import type { ComponentName } from '../../parse/model';
import { msg, type Rule } from '../types';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II';
const BASIS_EN = 'Decree 30/2020/ND-CP, Appendix I, II';

const NAMES: Record<ComponentName, [string, string]> = {
  nationalTitle: ['Quốc hiệu', 'the national title'],
  motto: ['Tiêu ngữ', 'the motto'],
  superior: ['tên cơ quan chủ quản', 'the superior agency'],
  issuer: ['tên cơ quan ban hành', 'the issuing agency'],
  number: ['số, ký hiệu', 'the number'],
  placeDate: ['địa danh và thời gian ban hành', 'the place and date'],
  title: ['tên loại văn bản', 'the document type line'],
  abstract: ['trích yếu', 'the abstract'],
  body: ['nội dung', 'the body'],
  signature: ['chữ ký', 'the signature'],
  recipients: ['nơi nhận', 'the recipients'],
};

const HEADER: ComponentName[] = ['nationalTitle', 'motto', 'superior', 'issuer', 'number', 'placeDate'];
/** [a, b]: a must come before b. */
const EDGES: Array<[ComponentName, ComponentName]> = [
  ['superior', 'issuer'],
  ['superior', 'number'],
  ['issuer', 'number'],
  ['nationalTitle', 'motto'],
  ['nationalTitle', 'placeDate'],
  ['motto', 'placeDate'],
  ...HEADER.flatMap((h): Array<[ComponentName, ComponentName]> => [
    [h, 'title'],
    [h, 'abstract'],
    [h, 'body'],
  ]),
  ['title', 'abstract'],
  ['title', 'body'],
  ['abstract', 'body'],
  ['body', 'signature'],
  ['body', 'recipients'],
];

export const order: Rule = {
  meta: {
    id: 'structure/order',
    family: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Các thành phần thể thức không theo thứ tự của Phụ lục I.', 'Components out of the order of Appendix I.'),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const { model } = ctx;
    const lineOf = new Map(model.order.map((o) => [o.name, o.line]));
    const reported = new Set<ComponentName>();
    for (const [a, b] of EDGES) {
      const la = lineOf.get(a);
      const lb = lineOf.get(b);
      if (la === undefined || lb === undefined || la <= lb || reported.has(b)) continue;
      // b comes too early: it is the one shown (once, for its first broken constraint).
      reported.add(b);
      const line = model.lines[lb];
      const [aVi, aEn] = NAMES[a];
      const [bVi, bEn] = NAMES[b];
      ctx.report({
        start: line.contentStart,
        end: line.contentEnd,
        message: msg(
          `${cap(bVi)} phải đứng sau ${aVi} (dòng ${la + 1}), không phải trước (${BASIS_VI}).`,
          `${cap(bEn)} must come after ${aEn} (line ${la + 1}), not before it (${BASIS_EN}).`,
        ),
      });
    }
  },
};

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
