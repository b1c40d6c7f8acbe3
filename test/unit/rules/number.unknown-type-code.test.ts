import { numberUnknownTypeCode } from '../../../server/src/core/rules/number/unknown-type-code';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberUnknownTypeCode, {
  valid: [
    { text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'mixed case kept', text: 'Số: 05/QyĐ-UBND\n\nQUY ĐỊNH\n' },
    { name: 'team code from config', text: 'Số: 05/TBKL-UBND\n\nTHÔNG BÁO\n', options: { config: { rules: { 'number/unknown-type-code': { options: { codes: ['TBKL'] } } } } } },
    { name: 'công văn without a title', text: 'Số: 537/UBND-KT\r\n\r\nV/v triển khai\r\n' },
  ],
  invalid: [
    {
      name: 'wrong case',
      text: 'Số: 05/Tb-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'phân biệt chữ hoa', covers: 'Tb', severity: 'error' }],
      output: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'QYĐ',
      text: 'Số: 03/QYĐ-UBND\n\nQUY ĐỊNH\n',
      errors: [{ message: '"QyĐ"', covers: 'QYĐ' }],
      output: 'Số: 03/QyĐ-UBND\n\nQUY ĐỊNH\n',
    },
    {
      name: 'outdated code',
      text: 'Số: 02/GN-UBND\n\nBẢN GHI NHỚ\n',
      errors: [{ message: 'hết hiệu lực', messageEn: 'outdated', covers: 'GN' }],
      output: 'Số: 02/BGN-UBND\n\nBẢN GHI NHỚ\n',
    },
    {
      name: 'one letter off the title code',
      text: 'Số: 05/TBB-UBND\n\n## THÔNG BÁO\n',
      errors: [{ message: 'có phải "TB"', covers: 'TBB' }],
      output: 'Số: 05/TB-UBND\n\n## THÔNG BÁO\n',
    },
    {
      name: 'one letter missing from the title code',
      text: 'Số: 12/K-UBND\n\nKẾ HOẠCH\n',
      errors: [{ message: 'có phải "KH"', covers: 'K' }],
      output: 'Số: 12/KH-UBND\n\nKẾ HOẠCH\n',
    },
    {
      name: 'two letters more than the title code: no guess',
      text: 'Số: 05/TBAO-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: /chữ thường\)\.$/, messageEn: /\(case matters\)\.$/, covers: 'TBAO' }],
    },
    {
      name: 'no near code',
      text: 'Số: 05/XYZ-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'không có trong Phụ lục III', covers: 'XYZ' }],
    },
  ],
});
