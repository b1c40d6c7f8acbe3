import { numberLeadingZero } from '../../../server/src/core/rules/number/leading-zero';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberLeadingZero, {
  valid: [
    { text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'ten and more', text: 'Số: 10/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'blank', text: 'Số:   /TB-UBND\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'bold line', text: '**Số: 123/TB-SYT**\n\n## THÔNG BÁO\n' },
  ],
  invalid: [
    {
      text: 'Số: 5/TB-UBND\nQuảng Trị, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: '"05"', covers: '5', severity: 'warning' }],
      output: 'Số: 05/TB-UBND\nQuảng Trị, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
    {
      name: 'CRLF',
      text: 'Số: 9/TB-UBND\r\n\r\nTHÔNG BÁO\r\n',
      errors: [{ covers: '9' }],
      output: 'Số: 09/TB-UBND\r\n\r\nTHÔNG BÁO\r\n',
    },
  ],
});
