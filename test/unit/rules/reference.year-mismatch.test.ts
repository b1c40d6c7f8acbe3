import { referenceYearMismatch } from '../../../server/src/core/rules/reference/year-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: /TB-UBND\nHà Tĩnh, ngày   tháng 6 năm 2024\n\nTHÔNG BÁO\nKết luận\n\n';

ruleTester(referenceYearMismatch, {
  valid: [
    { text: head + 'Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội.\n' },
    { name: 'administrative numbers have no year', text: head + 'Kế hoạch số 15/KH-UBND ngày 18/01/2023.\r\n' },
    { name: 'no date', text: head + 'Nghị định số 30/2020/NĐ-CP.\n' },
  ],
  invalid: [
    {
      text: head + 'Nghị quyết số 111/2024/QH15 ngày 18/01/2023 của Quốc hội.\n',
      errors: [{ message: 'khác năm', covers: '2024', severity: 'warning' }],
    },
    {
      name: 'legal decision of a province',
      text: head + '**Quyết định số 50/2025/QĐ-UBND ngày 03/12/2024**.\n',
      errors: [{ covers: '2025' }],
    },
  ],
});
