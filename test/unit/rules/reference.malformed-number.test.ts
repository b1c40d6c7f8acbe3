import { referenceMalformedNumber } from '../../../server/src/core/rules/reference/malformed-number';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: /TB-UBND\nHà Tĩnh, ngày   tháng 6 năm 2024\n\nTHÔNG BÁO\nKết luận\n\n';

ruleTester(referenceMalformedNumber, {
  valid: [
    { text: head + 'Thực hiện Kế hoạch số 15/KH-UBND ngày 18/01/2024, Công văn số 537/UBND-KT, Nghị quyết số 111/2024/QH15, Nghị định số 30/2020/NĐ-CP và Quyết định số 1556-QĐ/TU.\n' },
    { name: 'Party guidance, mixed case', text: head + 'Hướng dẫn số 36-HD/VPTW; Quy định số 04/QyĐ-UBND.\r\n' },
    { name: 'counts are not citations', text: head + 'bão số 3; tiêu chí số 8; tổng số 10/21 xã.\n' },
  ],
  invalid: [
    {
      name: 'spaces',
      text: head + 'Theo Kế hoạch số 15 /KH-UBND ngày 18/01/2024.\n',
      errors: [{ message: 'khoảng trắng', covers: '15 /KH-UBND', severity: 'error' }],
    },
    {
      name: 'two-digit legal year',
      text: head + 'Theo Nghị định số 30/20/NĐ-CP.\n',
      errors: [{ message: '4 chữ số', covers: '30/20/NĐ-CP' }],
    },
    {
      name: 'lower-case symbol',
      text: head + 'Theo **Kế hoạch số 15/KH-ubnd**.\n',
      errors: [{ message: 'in hoa', covers: '15/KH-ubnd' }],
    },
    {
      name: 'missing issuer',
      text: head + 'Theo Kế hoạch số 15/KH.\n',
      errors: [{ message: 'thiếu phần', covers: '15/KH' }],
    },
  ],
});
