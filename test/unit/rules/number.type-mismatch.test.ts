import { numberTypeMismatch } from '../../../server/src/core/rules/number/type-mismatch';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberTypeMismatch, {
  valid: [
    { text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n' },
    { name: 'blank number', text: 'Số:   /TB-STNMT\r\n\r\n## **THÔNG BÁO**\r\n' },
    { name: 'unknown code is another rule', text: 'Số: 05/Tb-UBND\n\nTHÔNG BÁO\n' },
    { name: 'no title', text: 'Số: 05/QĐ-UBND\n\nVề việc nâng lương\n' },
  ],
  invalid: [
    {
      text: 'Số: 05/QĐ-UBND\nĐà Nẵng, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\nVề việc nghỉ lễ\n',
      errors: [{ message: 'phải là "TB"', covers: 'QĐ', severity: 'error' }],
      output: 'Số: 05/TB-UBND\nĐà Nẵng, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\nVề việc nghỉ lễ\n',
    },
    {
      name: 'blank number, Markdown title',
      text: 'Số:    /KH-UBND\n\n## **THÔNG BÁO**\n',
      errors: [{ covers: 'KH' }],
      output: 'Số:    /TB-UBND\n\n## **THÔNG BÁO**\n',
    },
  ],
});
