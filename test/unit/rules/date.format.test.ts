import { dateFormat } from '../../../server/src/core/rules/date/format';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(dateFormat, {
  valid: [
    { text: 'Hà Nội, ngày 05 tháng 01 năm 2020\n\nTHÔNG BÁO\n' },
    { name: 'month 6 without zero', text: 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019\n\nTHÔNG BÁO\n' },
    { name: 'blank day, italic, CRLF', text: '*Hà Tĩnh, ngày      tháng 8 năm 2020*\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'blank day and month', text: 'Hà Tĩnh, ngày tháng năm 2024\n\nTHÔNG BÁO\n' },
  ],
  invalid: [
    {
      name: 'day without zero, month 3 with zero',
      text: 'Hà Tĩnh, ngày 5 tháng 03 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ngày "5" → "05"; tháng "03" → "3"', covers: '5 tháng 03', severity: 'warning' }],
      output: 'Hà Tĩnh, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
    {
      name: 'January without zero',
      text: 'Hà Tĩnh, ngày 15 tháng 1 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ covers: '1' }],
      output: 'Hà Tĩnh, ngày 15 tháng 01 năm 2024\n\nTHÔNG BÁO\n',
    },
    {
      name: 'partial date with a zero month',
      text: 'Hà Tĩnh, ngày    tháng 08 năm 2020\n\nTHÔNG BÁO\n',
      errors: [{ covers: '08' }],
      output: 'Hà Tĩnh, ngày    tháng 8 năm 2020\n\nTHÔNG BÁO\n',
    },
    {
      name: 'numeric issue date',
      text: 'Hà Tĩnh, ngày 5/3/2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'ngày 05 tháng 3 năm 2024', covers: '5/3/2024' }],
      output: 'Hà Tĩnh, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
  ],
});
