import { missingNationalTitle } from '../../../server/src/core/rules/structure/missing-national-title';
import { ruleTester } from '../../helpers/ruleTester';

const HDR = 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n';
ruleTester(missingNationalTitle, {
  valid: [
    { name: 'issuer column first', text: HDR + 'Số: 05/TB-UBND\nCao Bằng, ngày 05 tháng 3 năm 2023\n\nTHÔNG BÁO\n' },
    { name: 'bold Markdown, old tone style, en dash', text: '**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập – Tự do – Hạnh phúc**\n\n## THÔNG BÁO\n' },
    { name: 'one line with two cells, CRLF', text: 'UBND TỈNH CAO BẰNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nSỞ Y TẾ\t\tĐộc lập - Tự do - Hạnh phúc\r\n\r\nTHÔNG BÁO\r\n' },
  ],
  invalid: [
    {
      name: 'header lost in conversion',
      text: '\n\nSố: /TB-UBND\n\nCao Bằng, ngày tháng 3 năm 2023\n\nTHÔNG BÁO\n',
      errors: [{ message: 'phần đầu có thể đã bị mất khi chuyển đổi', messageEn: 'lost in conversion', covers: 'Số: /TB-UBND', severity: 'warning' }],
      output: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\n\nSố: /TB-UBND\n\nCao Bằng, ngày tháng 3 năm 2023\n\nTHÔNG BÁO\n',
    },
    {
      name: 'motto missing',
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTHÔNG BÁO\n',
      errors: [{ message: 'Thiếu Tiêu ngữ', covers: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
      output: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHÔNG BÁO\n',
    },
    {
      name: 'national title missing, CRLF',
      text: 'Độc lập - Tự do - Hạnh phúc\r\n\r\nTHÔNG BÁO\r\n',
      errors: [{ message: 'Thiếu Quốc hiệu', covers: 'Độc lập - Tự do - Hạnh phúc' }],
      output: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\r\nĐộc lập - Tự do - Hạnh phúc\r\n\r\nTHÔNG BÁO\r\n',
    },
  ],
});
