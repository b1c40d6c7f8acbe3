import { missingEndMark } from '../../../server/src/core/rules/structure/missing-end-mark';
import { ruleTester } from '../../helpers/ruleTester';

const SIG = '\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐinh Văn Tú\n';
ruleTester(missingEndMark, {
  valid: [
    { name: 'plain', text: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện./.' + SIG },
    { name: 'bold last line, CRLF', text: 'THÔNG BÁO\r\nVề việc A\r\n\r\n**Đề nghị các đơn vị thực hiện./.**\r\n\r\nGIÁM ĐỐC\r\n\r\nĐinh Văn Tú\r\n' },
  ],
  invalid: [
    {
      name: 'a date\'s slash is not the mark',
      text: 'THÔNG BÁO\nVề việc A\n\nBáo cáo trước ngày 20/8/2021/.' + SIG,
      errors: [{ message: 'không phải dấu "./."', covers: '/.', severity: 'info' }],
      output: 'THÔNG BÁO\nVề việc A\n\nBáo cáo trước ngày 20/8/2021./.' + SIG,
    },
    {
      name: 'the final full stop of "./." is missing',
      text: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện./' + SIG,
      errors: [{ message: 'thiếu dấu chấm cuối', covers: './' }],
      output: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện./.' + SIG,
    },
    {
      name: 'a full stop only',
      text: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện.' + SIG,
      errors: [{ covers: '.' }],
      output: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện./.' + SIG,
    },
    {
      name: 'no punctuation',
      text: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện' + SIG,
      errors: [{ covers: 'hiện' }],
      output: 'THÔNG BÁO\nVề việc A\n\nĐề nghị các đơn vị thực hiện./.' + SIG,
    },
    {
      name: 'a list item: no certain fix',
      text: 'THÔNG BÁO\nVề việc A\n\n- Sở Tài chính;' + SIG,
      errors: [{ message: 'kết thúc bằng ";"', covers: 'chính;' }],
    },
  ],
});
