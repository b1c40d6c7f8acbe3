import { strict as assert } from 'assert';
import { parseNotice } from '../../../server/src/core/parse/parser';
import { citationDefinition } from '../../../server/src/features/definition';

describe('go to the first citation', () => {
  const text = [
    'THÔNG BÁO',
    'Kết luận',
    '',
    'Thực hiện Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh, các huyện báo cáo kết quả.',
    '',
    '1. Tiếp tục thực hiện Kế hoạch số 15/KH-UBND nêu trên./.',
  ].join('\n');
  const model = parseNotice(text);
  it('jumps from a later citation to the first one', () => {
    const later = text.lastIndexOf('15/KH-UBND') + 3;
    const loc = citationDefinition(model, later, 'file:///a.tb.md')!;
    assert.deepEqual(loc.range, { start: { line: 3, character: 22 }, end: { line: 3, character: 32 } });
  });
  it('has nowhere to go from the first citation or from plain text', () => {
    assert.equal(citationDefinition(model, text.indexOf('15/KH-UBND') + 1, 'file:///a.tb.md'), undefined);
    assert.equal(citationDefinition(model, 2, 'file:///a.tb.md'), undefined);
  });
});
