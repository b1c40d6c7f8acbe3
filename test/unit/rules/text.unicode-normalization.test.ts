import { strict as assert } from 'assert';
import { unicodeNormalization } from '../../../server/src/core/rules/text/unicode-normalization';
import { fixAll } from '../../../server/src/core/fix';
import { lint } from '../../../server/src/core/lint';
import { ruleTester, TEST_TODAY } from '../../helpers/ruleTester';

const nfd = (s: string) => s.normalize('NFD');

ruleTester(unicodeNormalization, {
  valid: [
    { name: 'NFC text', text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh Hà Giang\n' },
    { name: 'NFC with BOM and CRLF', text: '\uFEFFTHÔNG BÁO\r\nHội nghị giao ban\r\n' },
    { name: 'Markdown, both tone styles, NFC', text: '## **THÔNG BÁO**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Hoà Bình\n' },
    { name: 'no Vietnamese at all', text: 'Plain ASCII text.\n' },
  ],
  invalid: [
    {
      name: 'one decomposed word',
      text: `THÔNG BÁO\nKết luận ${nfd('Hội')} nghị\n`,
      errors: [{ message: 'ký tự tổ hợp', messageEn: 'NFC', covers: nfd('ộ'), line: 1, severity: 'warning' }],
      output: 'THÔNG BÁO\nKết luận Hội nghị\n',
    },
    {
      name: 'a pasted NFD line: one finding from the first to the last decomposed character',
      text: `THÔNG BÁO\n${nfd('Đồng chí Phó Chủ tịch kết luận')}\nCòn lại đúng.\n`,
      errors: [{ covers: nfd('ồng chí Phó Chủ tịch kết luậ'), line: 1 }],
      output: 'THÔNG BÁO\nĐồng chí Phó Chủ tịch kết luận\nCòn lại đúng.\n',
    },
    {
      name: 'two lines, CRLF kept, BOM kept',
      text: `\uFEFF${nfd('Thông báo')}\r\nsố 05\r\n${nfd('Nơi nhận')}:\r\n`,
      errors: [{ covers: nfd('ông bá'), line: 0 }, { covers: nfd('ơi nhậ'), line: 2 }],
      output: '\uFEFFThông báo\r\nsố 05\r\nNơi nhận:\r\n',
    },
  ],
});

describe('text/unicode-normalization: NFD document', () => {
  const nfc = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ GIANG',
    '',
    'Số: 12/TB-UBND',
    '',
    'Hà Giang, ngày 18 tháng 6 năm 2024',
    '',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh về công tác phòng, chống thiên tai',
    '',
    'Các sở, ngành khẩn trương triển khai phương án ứng phó mưa lũ./.',
    '',
  ].join('\n');
  const input = nfd(nfc);

  it('the fixed output is NFC and equals the NFC text exactly', () => {
    const fixed = fixAll(input, { today: TEST_TODAY, rules: [unicodeNormalization] }).output;
    assert.equal(fixed, nfc);
    assert.equal(fixed.normalize('NFC'), fixed);
  });

  it('every finding covers only decomposed characters of the original', () => {
    const r = lint(input, { today: TEST_TODAY, rules: [unicodeNormalization] });
    assert.ok(r.findings.length >= 5);
    for (const f of r.findings) {
      const covered = input.slice(f.originalSpan.start, f.originalSpan.end);
      assert.notEqual(covered.normalize('NFC'), covered, 'covers a decomposed run');
      // The run starts and ends on a changed character (never on plain text).
      const first = covered.match(/^\P{M}\p{M}*/u)![0];
      assert.notEqual(first.normalize('NFC'), first);
      assert.ok(/\p{M}$/u.test(covered));
      // The preferred fix rewrites exactly those characters to NFC.
      assert.equal(f.fixes[0].edits[0].newText, covered.normalize('NFC'));
    }
  });

  it('offers a whole-document fix when there are several runs', () => {
    const r = lint(input, { today: TEST_TODAY, rules: [unicodeNormalization] });
    assert.equal(r.findings[0].fixes.length, 2);
    assert.equal(r.findings[0].fixes[1].edits.length, r.findings.length);
  });
});
