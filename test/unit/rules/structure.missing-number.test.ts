import { missingNumber } from '../../../server/src/core/rules/structure/missing-number';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingNumber, {
  valid: [
    { name: 'blank number for the records office', text: 'UBND TỈNH YÊN BÁI\n\nSố:      /TB-UBND\n\nYên Bái, ngày   tháng 6 năm 2021\n\nTHÔNG BÁO\n' },
    { name: 'number in a cell with the date, CRLF', text: 'Số: 07/TB-SGDĐT\t\tYên Bái, ngày 07 tháng 6 năm 2021\r\n\r\n## THÔNG BÁO\r\n' },
  ],
  invalid: [
    {
      name: 'People\'s Committee issuer: code known, inserted before the date line',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nYên Bái, ngày 07 tháng 6 năm 2021\n\nTHÔNG BÁO\n',
      errors: [{ message: 'Số:      /TB-UBND', covers: 'Yên Bái, ngày 07 tháng 6 năm 2021', severity: 'error' }],
      output: 'ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố:      /TB-UBND\n\nYên Bái, ngày 07 tháng 6 năm 2021\n\nTHÔNG BÁO\n',
    },
    {
      name: 'People\'s Council issuer: its code is known too',
      text: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\n\nYên Bái, ngày 07 tháng 6 năm 2021\n\nTHÔNG BÁO\n',
      errors: [{ message: 'Số:      /TB-HĐND', covers: 'Yên Bái, ngày 07 tháng 6 năm 2021' }],
      output: 'HỘI ĐỒNG NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố:      /TB-HĐND\n\nYên Bái, ngày 07 tháng 6 năm 2021\n\nTHÔNG BÁO\n',
    },
    {
      name: 'department: issuer code not guessed',
      text: 'UBND TỈNH YÊN BÁI\nSỞ XÂY DỰNG\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'SỞ XÂY DỰNG' }],
      output: 'UBND TỈNH YÊN BÁI\nSỞ XÂY DỰNG\n\nSố:      /TB-\n\nTHÔNG BÁO\n',
    },
    {
      name: 'written without the colon: reported, nothing inserted',
      text: 'UBND TỈNH YÊN BÁI\nSỞ XÂY DỰNG\nSố 15/TB-SXD\n\nTHÔNG BÁO\n',
      errors: [{ message: 'dấu hai chấm', covers: 'Số 15/TB-SXD' }],
    },
  ],
});
