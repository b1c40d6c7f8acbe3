import { missingPlaceDate } from '../../../server/src/core/rules/structure/missing-place-date';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingPlaceDate, {
  valid: [
    { name: 'blanks for signature', text: 'Số:    /TB-UBND\n\nBắc Kạn, ngày    tháng    năm 2019\n\nTHÔNG BÁO\n' },
    { name: 'Markdown italics, CRLF', text: 'Số: 03/TB-UBND\r\n*Bắc Kạn, ngày 03 tháng 02 năm 2019*\r\n\r\n## THÔNG BÁO\r\n' },
  ],
  invalid: [
    {
      name: 'provincial committee: the province is the place, year of today',
      text: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố:    /TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ message: 'Thiếu dòng địa danh', covers: 'Số:    /TB-UBND', severity: 'error' }],
      output: 'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố:    /TB-UBND\n\nBắc Kạn, ngày      tháng      năm 2026\n\nTHÔNG BÁO\n',
    },
    {
      name: 'department under UBND TP. HỒ CHÍ MINH',
      text: 'UBND TP. HỒ CHÍ MINH\nSỞ TƯ PHÁP\nSố: 11/TB-STP\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'Số: 11/TB-STP' }],
      output: 'UBND TP. HỒ CHÍ MINH\nSỞ TƯ PHÁP\nSố: 11/TB-STP\n\nThành phố Hồ Chí Minh, ngày      tháng      năm 2026\n\nTHÔNG BÁO\n',
    },
    {
      name: 'commune issuer: place not certain, no fix',
      text: 'ỦY BAN NHÂN DÂN XÃ NAM CƯỜNG\nSố: 02/TB-UBND\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'Số: 02/TB-UBND' }],
    },
    {
      name: 'written without the comma',
      text: 'Số: 02/TB-UBND\nBắc Kạn ngày 02 tháng 3 năm 2019\n\nTHÔNG BÁO\n',
      errors: [{ message: 'dấu phẩy sau địa danh', covers: 'Bắc Kạn ngày 02 tháng 3 năm 2019' }],
    },
  ],
});
