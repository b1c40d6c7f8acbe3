import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNotice } from '../../../server/src/core/parse/parser';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'parse', name), 'utf8');

describe('outline and folding', () => {
  it('lists the components in order, with sections nested by numbering', () => {
    const model = parseNotice(fixture('03-department.tb.md'));
    const syms = documentSymbols(model);
    assert.deepEqual(
      syms.map((s) => s.name),
      ['Phần đầu (header)', 'Số, ký hiệu', 'Địa danh, thời gian', 'THÔNG BÁO', 'Trích yếu', 'I. THỜI GIAN, ĐỊA ĐIỂM', 'II. TỔ CHỨC THỰC HIỆN', 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', 'Nơi nhận'],
    );
    const sec1 = syms.find((s) => s.name.startsWith('I.'))!;
    assert.deepEqual(sec1.children!.map((c) => c.name), ['1. Thời gian: ngày 15/3/2023.', '2. Địa điểm: các điểm thi do Sở bố trí.']);
    assert.equal(syms.find((s) => s.name === 'Nơi nhận')!.children!.length, 3);
  });
  it('uses positions of the original text (CRLF + BOM)', () => {
    const model = parseNotice(fixture('06-crlf-bom.tb.md'));
    const num = documentSymbols(model).find((s) => s.name === 'Số, ký hiệu')!;
    assert.deepEqual(num.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 15 } });
  });
  it('folds sections and the recipient block', () => {
    const model = parseNotice(fixture('08-markdown-heavy.tb.md'));
    const folds = foldingRanges(model);
    const lines = model.lines;
    const startsWith = (t: string) => folds.some((f) => lines[f.startLine].content.startsWith(t));
    assert.ok(startsWith('1. Kết quả'));
    assert.ok(startsWith('2. Nhiệm vụ'));
    assert.ok(startsWith('Nơi nhận'));
  });
});
