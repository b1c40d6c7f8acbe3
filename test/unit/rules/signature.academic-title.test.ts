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
      name: 'a specialist level after the degree: the whole title goes',
      text: pre + 'BS.CKI Lê Văn An\n',
      errors: [{ covers: 'BS.CKI' }],
      output: pre + 'Lê Văn An\n',
    },
    {
      name: 'chained titles in mixed case',
      text: pre + 'ThS. Bs. Lê Văn An\n',
      errors: [{ covers: 'ThS. Bs.' }],
      output: pre + 'Lê Văn An\n',
    },
    {
      name: 'chained titles without a space, lower case',
      text: pre + 'ThS.bs. Lê Văn An\n',
      errors: [{ covers: 'ThS.bs.' }],
      output: pre + 'Lê Văn An\n',
    },
    {
      name: 'ThS.',
      text: pre + 'ThS. Lý Minh\n',
      errors: [{ covers: 'ThS.' }],
      output: pre + 'Lý Minh\n',
    },
  ],
});
