import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { abbreviationUndefined } from '../../../server/src/core/rules/abbreviation/undefined';
import { getAgencyRegistry } from '../../../server/src/core/data/agencies';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { ruleTester } from '../../helpers/ruleTester';

const options = { data: loadReferenceData() };
/** Reference data with the gazetteer but no agency registry (a program may pass either). */
const withoutRegistry = { data: { get gazetteer() { return options.data.gazetteer; } } };
const doc = (body: string) => `Số: 40/TB-UBND\nQuảng Trị, ngày 18 tháng 9 năm 2022\n\nTHÔNG BÁO\n\nKết luận cuộc họp\n\n${body}\n\nNơi nhận:\n- BCĐ các Chương trình MTQG (B/c);\n- Lưu: VT, KT.\n`;

ruleTester(abbreviationUndefined, {
  valid: [
    { name: 'defined at first use, in brackets', options, text: doc('Thực hiện các Chương trình mục tiêu quốc gia (MTQG) năm 2022; vốn các Chương trình MTQG.') },
    { name: '"sau đây gọi tắt là"', options, text: doc('Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh (sau đây gọi tắt là BCĐ) họp; BCĐ yêu cầu.') },
    { name: 'forms that need no definition; Nơi nhận not checked', options, text: doc('UBND, HĐND, MTTQ, KT-XH, NTM, ĐBQH, TW; vốn ODA; Trường THCS; dịch COVID-19; Công ty CP Đầu tư XD Minh Phát; đường ĐT.585.') },
    { name: 'all-capital headings and Roman numerals', options, text: doc('## II. NHIỆM VỤ TRONG THỜI GIAN TỚI\n\nThực hiện tốt nhiệm vụ.') },
    { name: 'a misspelt agency abbreviation is agency/unknown-abbreviation\'s', options, text: doc('Giao Ủy ban MTQT tỉnh phối hợp tuyên truyền.') },
    { name: 'configured allowlist, CRLF', options: { ...options, config: { rules: { 'abbreviation/undefined': { severity: 'info', options: { allow: ['NSNN'] } } } } }, text: doc('Thu NSNN đạt 40% dự toán.').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'never spelled out, reported once',
      options,
      text: doc('Giải ngân vốn các Chương trình MTQG đạt 30%; các Chương trình MTQG còn chậm.'),
      errors: [{ covers: 'MTQG', message: 'không được viết đầy đủ', messageEn: 'not spelled out', severity: 'info' }],
    },
    {
      name: 'spelled out only later',
      options,
      text: doc('Thu NSNN đạt 40%.\n\nVề ngân sách nhà nước (NSNN): tiếp tục rà soát.'),
      errors: [{ covers: 'NSNN', message: 'trước khi được giải thích' }],
    },
    {
      name: 'an unknown abbreviation with a hint',
      options,
      text: doc('Chi NSDP đạt 15,5% dự toán.'),
      errors: [{ covers: 'NSDP', message: 'NSĐP' }],
    },
    {
      name: 'reference data without the agency registry: the bundled registry is read',
      options: withoutRegistry,
      text: doc('Giải ngân vốn các Chương trình MTQG đạt 30%.'),
      errors: [{ covers: 'MTQG', message: 'không được viết đầy đủ' }],
    },
  ],
});

describe('abbreviation/undefined data', () => {
  it('every misspelling in the bundled data names a listed abbreviation with an expansion, which the hint shows', () => {
    const file = path.join(__dirname, '../../../server/data/agencies.json');
    const { misspelledAbbreviations } = JSON.parse(fs.readFileSync(file, 'utf8')) as { misspelledAbbreviations: Record<string, string> };
    const reg = getAgencyRegistry();
    assert.ok(Object.keys(misspelledAbbreviations).length > 0);
    for (const [wrong, right] of Object.entries(misspelledAbbreviations)) {
      assert.equal(reg.misspelledAbbreviation(wrong), right, wrong);
      assert.ok(reg.abbreviation(right)?.expansion.trim(), `${wrong} → ${right}`);
    }
  });
});
