import { missingTitle } from '../../../server/src/core/rules/structure/missing-title';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingTitle, {
  valid: [
    { name: 'plain title', text: 'Số: 05/TB-UBND\n\nTHÔNG BÁO\n\nKết quả kiểm tra\n' },
    { name: 'Markdown heading, bold', text: 'Số: 05/TB-UBND\n\n## **THÔNG BÁO**\n\nVề việc nghỉ lễ\n' },
    { name: 'old tone style', text: 'THÔNG BÁO\nKết luận\n' },
  ],
  invalid: [
    {
      name: 'after the number and date lines',
      text: 'Số: 05/TB-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKết luận của Chủ tịch\n',
      errors: [{ message: 'Thiếu tên loại', covers: 'Hà Nội, ngày 05 tháng 3 năm 2024', severity: 'error' }],
      output: 'Số: 05/TB-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch\n',
    },
    {
      name: 'no header at all, CRLF kept',
      text: 'Kết luận của Chủ tịch\r\n',
      errors: [{ covers: 'Kết luận của Chủ tịch' }],
      output: 'THÔNG BÁO\r\n\r\nKết luận của Chủ tịch\r\n',
    },
    {
      name: 'an empty document: shown at its start',
      text: '',
      errors: [{ covers: '', line: 0 }],
      output: 'THÔNG BÁO\n\n',
    },
  ],
});
