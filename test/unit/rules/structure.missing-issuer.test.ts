import { missingIssuer } from '../../../server/src/core/rules/structure/missing-issuer';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingIssuer, {
  valid: [
    { name: 'province committee on two lines', text: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 12/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'department under its superior, bold', text: '**UBND TỈNH HÀ GIANG**\n**SỞ Y TẾ**\n\nSố: 12/TB-SYT\n\n## THÔNG BÁO\n' },
    { name: 'two cells on one line', text: 'UỶ BAN NHÂN DÂN HUYỆN MÈO VẠC     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÔNG BÁO\n' },
  ],
  invalid: [
    {
      name: 'lost header: clue from the code and the place, no fix',
      text: '\nSố:    /TB-UBND\n\nHà Giang, ngày    tháng 5 năm 2022\n\nTHÔNG BÁO\n',
      errors: [{ message: /Thiếu tên cơ quan ban hành.*bị mất khi chuyển đổi.*"Hà Giang"/s, covers: 'Số:    /TB-UBND', severity: 'warning' }],
    },
    {
      name: 'only the national title',
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
    },
  ],
});
