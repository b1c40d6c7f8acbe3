import { order } from '../../../server/src/core/rules/structure/order';
import { ruleTester } from '../../helpers/ruleTester';

const TAIL = '\nTHÔNG BÁO\nVề việc A\n\nNội dung./.\n';
ruleTester(order, {
  valid: [
    { name: 'row by row, issuer first', text: 'UBND TỈNH ĐIỆN BIÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\nĐộc lập - Tự do - Hạnh phúc\nSố: 04/TB-SNV\nĐiện Biên, ngày 04 tháng 4 năm 2022\n' + TAIL },
    { name: 'column by column, right column first', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐiện Biên, ngày 04 tháng 4 năm 2022\nSỞ NỘI VỤ\nSố: 04/TB-SNV\n' + TAIL },
    { name: 'recipients before the signature, CRLF', text: 'Số: 04/TB-SNV\r\n\r\nTHÔNG BÁO\r\nVề việc A\r\n\r\nNội dung./.\r\n\r\nNơi nhận:\r\n- Lưu: VT.\r\n\r\nGIÁM ĐỐC\r\n\r\nLò Văn Pọm\r\n' },
  ],
  invalid: [
    {
      name: 'Số above the issuer',
      text: 'Số: 04/TB-SNV\nSỞ NỘI VỤ\n' + TAIL,
      errors: [{ message: 'Số, ký hiệu phải đứng sau tên cơ quan ban hành (dòng 2)', covers: 'Số: 04/TB-SNV', severity: 'warning' }],
    },
    {
      name: 'date line above the national title',
      text: 'Điện Biên, ngày 04 tháng 4 năm 2022\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n' + TAIL,
      errors: [{ message: 'Địa danh và thời gian ban hành phải đứng sau Quốc hiệu', covers: 'Điện Biên, ngày 04 tháng 4 năm 2022' }],
    },
  ],
});
