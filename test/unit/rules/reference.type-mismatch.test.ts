import { referenceTypeMismatch } from '../../../server/src/core/rules/reference/type-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: /TB-UBND\nHà Tĩnh, ngày   tháng 6 năm 2024\n\nTHÔNG BÁO\nKết luận\n\n';

ruleTester(referenceTypeMismatch, {
  valid: [
    { text: head + 'Nghị quyết số 07/NQ-HĐND ngày 02/4/2024 của HĐND tỉnh; Nghị quyết số 143/NQ-CP; Công văn số 537/UBND-KT.\n' },
    { name: 'legal and Party', text: head + 'Nghị định số 30/2020/NĐ-CP; Thông tư số 01/2011/TT-BNV; Quyết định số 1556-QĐ/TU; Nghị quyết số 111/2024/QH15.\r\n' },
    { name: 'văn bản is generic', text: head + 'văn bản số 139/BCĐ-NTM; Văn bản số 15/KH-UBND.\n' },
  ],
  invalid: [
    {
      text: head + 'Thực hiện Quyết định số 18/KH-UBND ngày 18/01/2023 của UBND tỉnh.\n',
      errors: [{ message: 'là "QĐ"', covers: 'KH', severity: 'error' }],
      output: head + 'Thực hiện Quyết định số 18/QĐ-UBND ngày 18/01/2023 của UBND tỉnh.\n',
    },
    {
      name: 'legal number',
      text: head + '- Theo **Thông tư số 05/2019/NĐ-CP**.\n',
      errors: [{ covers: 'NĐ' }],
      output: head + '- Theo **Thông tư số 05/2019/TT-CP**.\n',
    },
  ],
});
