import { dateInvalid } from '../../../server/src/core/rules/date/invalid';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: 12/TB-UBND\nHà Tĩnh, ngày 05 tháng 12 năm 2024\n\nTHÔNG BÁO\nVề việc kiểm tra\n\n';

ruleTester(dateInvalid, {
  valid: [
    { text: head + 'Ngày 29/02/2024, Đoàn đã kiểm tra; hạn chót 30/4/2024.\n' },
    { name: 'counts and ratios are not dates', text: head + 'Có 10/21 xã đạt 14/19 tiêu chí, 4/4 tiêu chí, bình quân 13,43; chỉ tiêu 17.1; giai đoạn 2016-2020.\n' },
    { name: 'blank issue date', text: 'Hà Tĩnh, ngày   tháng 8 năm 2020\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'lunar and quarter', text: head + 'ngày 30 và Mồng 01 Tết; Quý III/2024; tháng 6/2024; lương tháng 13.\n' },
  ],
  invalid: [
    {
      name: 'April 31st in the body',
      text: head + 'Ngày 31/4/2024, Đoàn đã làm việc.\n',
      errors: [{ message: 'tháng 4 chỉ có 30 ngày', covers: '31', severity: 'error' }],
    },
    {
      name: '29 February of a common year',
      text: head + 'Hạn cuối là 29/02/2023.\n',
      errors: [{ message: 'không nhuận', messageEn: 'not a leap year', covers: '29' }],
    },
    {
      name: 'issue date, day 32',
      text: 'Số: 12/TB-UBND\nHà Tĩnh, ngày 32 tháng 5 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'không có ngày 32', covers: '32' }],
    },
    {
      name: 'month 13 and ngày 32 in the body',
      text: head + '**Trong tháng 13**, họp vào ngày 32.\n',
      errors: [{ message: 'không có tháng 13', covers: '13' }, { message: 'không có ngày 32', covers: '32' }],
    },
    {
      name: 'words date',
      text: head + 'Ngày 30 tháng 02 năm 2024, Đoàn đã kiểm tra.\n',
      errors: [{ message: 'tháng 2 chỉ có 29 ngày', covers: '30' }],
    },
    {
      name: 'a fifth quarter, and quarter 0',
      text: head + 'Báo cáo kết quả Quý 5/2024, quý 0 năm 2024 và quý 4/2024.\n',
      errors: [
        { message: 'Quý "5" không có: một năm có bốn quý (I–IV).', messageEn: 'There is no quarter "5"', covers: '5', severity: 'error' },
        { message: 'Quý "0" không có', covers: '0' },
      ],
    },
    {
      name: 'a fifth quarter in Roman numerals; "quý vị" is not a quarter',
      text: head + 'Kính mời quý vị dự tổng kết Quý V/2024 và Quý IV/2024.\n',
      errors: [{ message: 'Quý "V" không có', covers: 'V' }],
    },
    {
      name: 'no year: February may have 29 days, April has 30',
      text: head + 'Nộp hồ sơ trước ngày 31/4, họp ngày 30/02 và ngày 29/02.\n',
      errors: [
        { message: 'Ngày "31/4" không có thật: tháng 4 chỉ có 30 ngày.', covers: '31' },
        { message: 'Ngày "30/2" không có thật: tháng 2 chỉ có 29 ngày.', covers: '30' },
      ],
    },
  ],
});
