import { numberPlaceholder } from '../../../server/src/core/rules/number/placeholder';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(numberPlaceholder, {
  valid: [
    { name: 'numbered', text: 'Số: 12/TB-UBND\nNinh Bình, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\nVề việc nghỉ lễ\n' },
    { name: 'Markdown bold, CRLF', text: '**Số: 07/TB-UBND**\r\n\r\n## THÔNG BÁO\r\n' },
    { name: 'no number line', text: 'THÔNG BÁO\nVề việc nghỉ lễ\n' },
  ],
  invalid: [
    {
      name: 'blank before the slash',
      text: 'Số:      /TB-UBND\nNinh Bình, ngày   tháng 9 năm 2021\n\nTHÔNG BÁO\n',
      errors: [{ message: 'còn để trống', covers: 'Số:      /TB-UBND', severity: 'hint' }],
    },
    {
      name: 'dots for the blank',
      text: 'Số: ……/TB-STC\n\nTHÔNG BÁO\n',
      errors: [{ covers: 'Số: ……/TB-STC', messageEn: 'records office' }],
    },
  ],
});
