import { missingAbstract } from '../../../server/src/core/rules/structure/missing-abstract';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingAbstract, {
  valid: [
    { name: 'plain abstract', text: 'THÔNG BÁO\nKết quả kiểm tra công tác cải cách hành chính năm 2022\n\nNgày 10/3/2022, Đoàn kiểm tra…\n' },
    { name: 'bold heading abstract, CRLF', text: '## THÔNG BÁO\r\n\r\n### **Kết luận của Chủ tịch UBND huyện**\r\n\r\nNgày 02/5/2022, …\r\n' },
    { name: 'no title: missing-title reports', text: 'Ngày 02/5/2022, UBND huyện họp.\n' },
  ],
  invalid: [
    {
      name: 'body starts right under the title',
      text: 'Số: 03/TB-UBND\n\nTHÔNG BÁO\n\nNgày 02/5/2022, UBND huyện Quản Bạ đã họp …\n',
      errors: [{ message: 'Thiếu trích yếu', covers: 'THÔNG BÁO', severity: 'warning' }],
    },
    {
      name: 'Markdown title, "Thực hiện" opening',
      text: '# **THÔNG BÁO**\n\nThực hiện Kế hoạch số 20/KH-UBND ngày 02/01/2022 …\n',
      errors: [{ covers: 'THÔNG BÁO' }],
    },
  ],
});
