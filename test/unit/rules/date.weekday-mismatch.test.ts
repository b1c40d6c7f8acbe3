import { dateWeekdayMismatch } from '../../../server/src/core/rules/date/weekday-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: 12/TB-UBND\nHà Tĩnh, ngày 05 tháng 7 năm 2024\n\nTHÔNG BÁO\nVề lịch họp\n\n';

ruleTester(dateWeekdayMismatch, {
  valid: [
    { text: head + 'Họp vào thứ Ba, ngày 16/7/2024.\n' },
    { name: 'Sunday', text: head + 'Trực vào Chủ nhật, 14/7/2024.\n' },
    { name: 'digits, words date, CRLF', text: head.replace(/\n/g, '\r\n') + 'Thứ 2 ngày 15 tháng 7 năm 2024 họp.\r\n' },
    { name: 'no year', text: head + 'thứ Sáu, ngày 19/7 họp.\n' },
    { name: 'an ordinal heading above a paragraph that opens with a date', text: head + '2. Nội dung thứ 2\n\nNgày 15/3/2024, Sở đã họp.\n' },
    { name: 'the weekday in parentheses after the date', text: head + 'Nghỉ ngày 01/01/2026 (thứ Năm) và ngày 4/1/2026 (Chủ nhật).\n' },
    { name: '", thứ hai" after a date is an enumeration, not a weekday', text: head + 'Họp ngày 16/7/2024, thứ hai là tập huấn.\n' },
    { name: 'the ordinal at the end of the line before', text: head + 'Đây là lần họp thứ 3\r\n16/7/2024 họp tiếp.\r\n' },
  ],
  invalid: [
    {
      text: head + 'Họp vào thứ Hai, ngày 16/7/2024.\n',
      errors: [{ message: 'là thứ Ba', covers: 'thứ Hai', severity: 'warning' }],
      output: head + 'Họp vào thứ Ba, ngày 16/7/2024.\n',
    },
    {
      name: 'the weekday in parentheses after the date',
      text: head + 'Hoàn thành trước ngày 10/02/2026 (thứ Tư).\n',
      errors: [{ message: 'là thứ Ba', covers: 'thứ Tư' }],
      output: head + 'Hoàn thành trước ngày 10/02/2026 (thứ Ba).\n',
    },
    {
      name: 'digits style kept',
      text: head + '**Thứ 7, 14/7/2024**: trực.\n',
      errors: [{ covers: 'Thứ 7', messageEn: 'Sunday' }],
      output: head + '**Chủ nhật, 14/7/2024**: trực.\n',
    },
    {
      name: 'words style: capital "Thứ", lower case, all capitals kept',
      text: head + 'Thứ Hai, ngày 16/7/2024: họp giao ban; họp vào thứ hai, ngày 16/7/2024.\n\nLỊCH TRỰC THỨ HAI, NGÀY 16/7/2024\n',
      errors: [
        { covers: 'Thứ Hai', message: 'Ngày 16/7/2024 là thứ Ba, không phải "Thứ Hai".' },
        { covers: 'thứ hai', message: 'không phải "thứ hai"' },
        { covers: 'THỨ HAI', messageEn: '16/7/2024 is a Tuesday, not "THỨ HAI".' },
      ],
      output: head + 'Thứ Ba, ngày 16/7/2024: họp giao ban; họp vào thứ ba, ngày 16/7/2024.\n\nLỊCH TRỰC THỨ BA, NGÀY 16/7/2024\n',
    },
  ],
});
