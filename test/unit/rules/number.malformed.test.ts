import { numberMalformed } from '../../../server/src/core/rules/number/malformed';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberMalformed, {
  valid: [
    { text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'unit code', text: 'Số: 112/TB-UBND-VP\n\nTHÔNG BÁO\n' },
    { name: 'blank number', text: 'Số:      /TB-UBND\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'Party number left alone', text: 'Số: 15-TB/TU\n\nTHÔNG BÁO\n' },
    { name: 'mixed-case type code', text: 'Số: 04/QyĐ-UBND\n\n## **QUY ĐỊNH**\n' },
  ],
  invalid: [
    {
      name: 'spaces inside',
      text: 'Số: 05 / TB - UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'khoảng trắng', covers: '05 / TB - UBND', severity: 'error' }],
      output: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'underscore and en dash',
      text: 'Số: 31/TB_UBND–VP\n\nTHÔNG BÁO\n',
      errors: [{ message: 'dấu phân cách', covers: '31/TB_UBND–VP' }],
      output: 'Số: 31/TB-UBND-VP\n\nTHÔNG BÁO\n',
    },
    {
      name: 'a year in an administrative number',
      text: 'Số: 45/2024/TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'không ghi năm', covers: '45/2024/TB-UBND' }],
      output: 'Số: 45/TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'spaces and a lower-case issuer code: the fix writes it in capitals',
      text: 'Số: 05/TB - ubnd\n\nTHÔNG BÁO\n',
      errors: [{ message: 'viết "05/TB-UBND"', covers: '05/TB - ubnd' }],
      output: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'a second slash: reported, no certain fix',
      text: 'Số: 05/TB-UBND/VP\n\nTHÔNG BÁO\n',
      errors: [{ message: 'có hơn một dấu "/"', messageEn: 'more than one "/"', covers: '05/TB-UBND/VP' }],
    },
    {
      name: 'a second slash in a lower-case symbol: the slash is named, not the case',
      text: 'Số: 05/TB-ubnd/VP\n\nTHÔNG BÁO\n',
      errors: [{ message: 'có hơn một dấu "/"', covers: '05/TB-ubnd/VP' }],
    },
    {
      name: 'a lower-case issuer code alone: written in capitals by the fix',
      text: 'Số: 05/TB-ubnd\n\nTHÔNG BÁO\n',
      errors: [{ message: 'viết "05/TB-UBND"', covers: '05/TB-ubnd' }],
      output: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'a mixed-case issuer code: no certain fix',
      text: 'Số: 05/TB-Ubnd\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ký hiệu phải viết in hoa', messageEn: 'the symbol must be in capitals', covers: '05/TB-Ubnd' }],
    },
    {
      name: 'letters in the number',
      text: 'Số: 1O/TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'có chữ cái', covers: '1O/TB-UBND' }],
    },
    {
      name: 'a trailing comma: not number/type-issuer, no certain fix',
      text: 'Số: 05/TB-UBND,\n\nTHÔNG BÁO\n',
      errors: [{ message: 'không đúng cấu trúc số/tên loại-cơ quan', messageEn: 'not number/type-issuer', covers: '05/TB-UBND,' }],
    },
    {
      name: 'no issuer code',
      text: 'Số: 12/TB\n\nTHÔNG BÁO\n',
      errors: [{ message: 'thiếu phần viết tắt tên cơ quan', covers: '12/TB' }],
    },
    {
      name: 'spaces in the symbol of a blank number',
      text: 'Số:    / TB - UBND\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'TB - UBND' }],
      output: 'Số:    / TB-UBND\n\nTHÔNG BÁO\n',
    },
    {
      name: 'a blank number whose symbol lacks the dash: the symbol is blamed, not the slash',
      text: 'Số:      /TBUBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ký hiệu thiếu phần viết tắt tên cơ quan ban hành', covers: 'TBUBND' }],
    },
    {
      name: 'a blank number whose issuer code is left empty after the dash',
      text: 'Số:      /TB-\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ký hiệu thiếu phần viết tắt tên cơ quan ban hành', covers: 'TB-' }],
    },
    {
      name: 'missing colon',
      text: 'Số 05/TB-UBND\nHuế, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'hai chấm', covers: 'Số 05/TB-UBND' }],
      output: 'Số: 05/TB-UBND\nHuế, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
  ],
});
