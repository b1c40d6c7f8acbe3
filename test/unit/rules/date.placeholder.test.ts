import { datePlaceholder } from '../../../server/src/core/rules/date/placeholder';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(datePlaceholder, {
  valid: [
    { text: 'Số: 12/TB-UBND\nHà Tĩnh, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n' },
    { name: 'bold, CRLF', text: '**Số: 12/TB-UBND**\r\n*Hà Tĩnh, ngày 15 tháng 10 năm 2022*\r\n\r\n## THÔNG BÁO\r\n' },
    { name: 'no date line', text: 'THÔNG BÁO\nVề việc nghỉ lễ\n' },
  ],
  invalid: [
    {
      name: 'day blank',
      text: 'Số:      /TB-UBND\nHà Tĩnh, ngày      tháng 9 năm 2021\n\nTHÔNG BÁO\n',
      errors: [{ message: 'còn để trống (ngày)', covers: 'ngày', severity: 'hint' }],
    },
    {
      name: 'day and month blank',
      text: 'Số: /TB-UBND\nHà Tĩnh, ngày tháng năm 2022\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ngày, tháng', covers: 'ngày tháng' }],
    },
    {
      name: 'dotted blanks',
      text: 'Hà Tĩnh, ngày …… tháng …… năm 2025\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'ngày …… tháng', messageEn: 'blank (day, month)' }],
    },
  ],
});
