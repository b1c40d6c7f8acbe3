import { referenceInconsistent } from '../../../server/src/core/rules/reference/inconsistent';
import { ruleTester } from '../../helpers/ruleTester';

const head = 'Số: /TB-UBND\nHà Tĩnh, ngày   tháng 6 năm 2024\n\nTHÔNG BÁO\nKết luận\n\n';

ruleTester(referenceInconsistent, {
  valid: [
    { text: head + 'Quyết định số 303/QĐ-UBND ngày 23/02/2023 của UBND tỉnh; Quyết định số 303/QĐ-UBND ngày 23/02/2023 của Ủy ban nhân dân tỉnh.\n' },
    { name: 'numbers restart every year', text: head + 'Kế hoạch số 18/KH-UBND ngày 22/01/2020; Kế hoạch số 18/KH-UBND ngày 18/01/2023.\r\n' },
    { name: 'date given once', text: head + 'Nghị quyết số 07/NQ-HĐND ngày 02/4/2024; Nghị quyết số 07/NQ-HĐND.\n' },
  ],
  invalid: [
    {
      name: 'two dates',
      text: head + 'Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh.\n\nTheo Kế hoạch số 15/KH-UBND ngày 19/01/2024.\n',
      errors: [{ message: 'ngày "19/1/2024"', covers: 'ngày 19/01/2024', severity: 'warning' }],
    },
    {
      name: 'two issuers',
      text: head + 'Nghị quyết số 31/NQ-HĐND ngày 24/6/2024 của HĐND tỉnh; Nghị quyết số 31/NQ-HĐND ngày 24/6/2024 của UBND tỉnh.\n',
      errors: [{ message: 'cơ quan ban hành', covers: 'UBND tỉnh' }],
    },
    {
      name: 'two type words',
      text: head + 'Kế hoạch số 87/KH-UBND; Quyết định số 87/KH-UBND.\n',
      errors: [{ messageEn: 'type', covers: 'Quyết định' }],
    },
  ],
});
