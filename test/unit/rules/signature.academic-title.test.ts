import { academicTitle } from '../../../server/src/core/rules/signature/academic-title';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n';
ruleTester(academicTitle, {
  valid: [
    { name: 'plain name', text: pre + 'Hà Văn Thắng\n' },
    { name: 'bold name, CRLF', text: (pre + '**Tô Thị Lan**\n').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'TS.',
      text: pre + 'TS. Hà Văn Thắng\n',
      errors: [{ message: 'Không ghi học hàm, học vị "TS."', covers: 'TS.', severity: 'warning' }],
      output: pre + 'Hà Văn Thắng\n',
    },
    {
      name: 'PGS.TS. in bold',
      text: pre + '**PGS.TS. Tô Thị Lan**\n',
      errors: [{ covers: 'PGS.TS.' }],
      output: pre + '**Tô Thị Lan**\n',
    },
    {
      name: 'ThS.',
      text: pre + 'ThS. Lý Minh\n',
      errors: [{ covers: 'ThS.' }],
      output: pre + 'Lý Minh\n',
    },
  ],
});
