import { datePlaceMismatch } from '../../../server/src/core/rules/date/place-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(datePlaceMismatch, {
  valid: [
    { text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/TB-UBND\nHà Giang, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n' },
    { name: 'sở under its province', text: 'UBND TỈNH HÀ GIANG\nSỞ Y TẾ\n\nSố: 12/TB-SYT\nHà Giang, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n' },
    { name: 'TP. abbreviation', text: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nTP. Hồ Chí Minh, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n' },
    { name: 'official long form', text: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nThành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019\n\nTHÔNG BÁO\n' },
    { name: 'commune body', text: 'UBND HUYỆN VỊ XUYÊN\nỦY BAN NHÂN DÂN XÃ PHÚ LINH\r\n\r\nPhú Linh, ngày 05 tháng 3 năm 2024\r\n\r\nTHÔNG BÁO\r\n' },
    { name: 'no issuer line', text: 'Số: /TB-UBND\n\nCao Bằng, ngày   tháng 8 năm 2020\n\nTHÔNG BÁO\n' },
  ],
  invalid: [
    {
      text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/TB-UBND\nTuyên Quang, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'phải ghi "Hà Giang"', covers: 'Tuyên Quang', severity: 'warning' }],
      output: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/TB-UBND\nHà Giang, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
    {
      name: 'sở of another province',
      text: 'UBND TỈNH HÀ GIANG\nSỞ Y TẾ\n\nSố: 12/TB-SYT\n*Lào Cai, ngày 05 tháng 3 năm 2024*\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'Lào Cai' }],
      output: 'UBND TỈNH HÀ GIANG\nSỞ Y TẾ\n\nSố: 12/TB-SYT\n*Hà Giang, ngày 05 tháng 3 năm 2024*\n\nTHÔNG BÁO\n',
    },
    {
      name: 'Hồ Chí Minh City: its official long form',
      text: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nHà Nội, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
      errors: [{ message: 'phải ghi "Thành phố Hồ Chí Minh"', covers: 'Hà Nội' }],
      output: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nThành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n',
    },
  ],
});
