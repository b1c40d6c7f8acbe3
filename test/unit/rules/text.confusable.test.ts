import { strict as assert } from 'assert';
import { confusable, casePreserving } from '../../../server/src/core/rules/text/confusable';
import { CONFUSABLES } from '../../../server/src/core/rules/text/confusables';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(confusable, {
  valid: [
    { name: 'correct forms', text: 'Đôn đốc, khẩn trương triển khai; sáp nhập đơn vị; đề xuất, bổ sung, sử dụng, xử lý\n' },
    { name: 'neighbours that make the words correct', text: 'giám sát nhập khẩu; theo dõi sát nhập cảnh; vấn đề suất đầu tư; lịch sử lý luận; phân bổ xung quanh; hồ sơ xuất trình\n' },
    { name: 'a previous word that makes the words correct', text: 'kiểm tra, giám sát nhập hàng hóa\n' },
    { name: 'parts of longer words do not match', text: 'ngành nghề; xđơn đốc; đơn đốcx; xây dựng\n' },
    { name: 'Markdown and CRLF', text: '## **THÔNG BÁO**\r\n\r\nĐôn đốc thực hiện\r\n' },
  ],
  invalid: [
    {
      name: 'đơn đốc (a real mistake)',
      text: 'và đơn đốc đẩy nhanh tiến độ\n',
      errors: [{ message: '"đơn đốc" → "đôn đốc"', messageEn: 'to urge', covers: 'đơn đốc', severity: 'info' }],
      output: 'và đôn đốc đẩy nhanh tiến độ\n',
    },
    {
      name: 'case is preserved per word',
      text: 'Khản trương thực hiện. ĐƠN ĐỐC các xã.\n',
      errors: [{ covers: 'Khản trương', message: '"Khẩn trương"' }, { covers: 'ĐƠN ĐỐC', message: '"ĐÔN ĐỐC"' }],
      output: 'Khẩn trương thực hiện. ĐÔN ĐỐC các xã.\n',
    },
    {
      name: 'sát nhập, nghành, bổ xung in one paragraph',
      text: 'Việc sát nhập các xã; các nghành bổ xung hồ sơ\n',
      errors: [{ covers: 'sát nhập' }, { covers: 'nghành' }, { covers: 'bổ xung' }],
      output: 'Việc sáp nhập các xã; các ngành bổ sung hồ sơ\n',
    },
    {
      name: 'overlapping entries: the words are read once, from the left ("suất sắc" here is not "xuất sắc")',
      text: 'Sở Tài chính đề suất sắc thuế mới\n',
      errors: [{ covers: 'đề suất', message: '"đề xuất"' }],
      output: 'Sở Tài chính đề xuất sắc thuế mới\n',
    },
    {
      name: 'tone placement does not hide a match; two spaces kept',
      text: 'đề  suất phương án, sử lý vi phạm\n',
      errors: [{ covers: 'đề  suất', message: '"đề  xuất"' }, { covers: 'sử lý' }],
      output: 'đề  xuất phương án, xử lý vi phạm\n',
    },
  ],
});

describe('text/confusable data', () => {
  it('every entry has a right form, a note in both languages, and lower-case NFC keys', () => {
    const seen = new Set<string>();
    for (const c of CONFUSABLES) {
      assert.ok(c.wrong && c.right && c.wrong !== c.right, c.wrong);
      assert.equal(c.wrong, c.wrong.toLowerCase().normalize('NFC'));
      assert.equal(c.right, c.right.toLowerCase().normalize('NFC'));
      assert.ok(c.note.vi.length > 10 && c.note.en.length > 10, c.wrong);
      assert.ok(!seen.has(c.wrong), 'duplicate ' + c.wrong);
      seen.add(c.wrong);
    }
  });
  it('no wrong form ends a word in a marked open "oa", "oe", "uy", whose two tone styles the candidate search would not both find', () => {
    // "hoà"/"hòa", "khoẻ"/"khỏe", "thuỷ"/"thủy": the rule looks for the folded words in the text as written.
    const twoStyles = /(?:[òóỏõọ][ae]|o[àáảãạèéẻẽẹ]|[ùúủũụ]y|u[ỳýỷỹỵ])$/u;
    for (const c of CONFUSABLES) {
      for (const w of c.wrong.split(' ')) assert.ok(!twoStyles.test(w), `${c.wrong}: "${w}"`);
    }
  });
  it('casePreserving copies case word by word', () => {
    assert.equal(casePreserving('Đơn đốc', 'đôn đốc'), 'Đôn đốc');
    assert.equal(casePreserving('ĐƠN ĐỐC', 'đôn đốc'), 'ĐÔN ĐỐC');
    assert.equal(casePreserving('nghành', 'ngành'), 'ngành');
  });
  it('casePreserving: when the right form has another number of words, the first word\'s case applies to all', () => {
    assert.equal(casePreserving('Nghành', 'ngành nghề'), 'Ngành nghề');
    assert.equal(casePreserving('NGHÀNH', 'ngành nghề'), 'NGÀNH NGHỀ');
  });
});
