import { dateAfterIssue } from '../../../server/src/core/rules/date/after-issue';
import { ruleTester } from '../../helpers/ruleTester';

const head = (d: string) => `Số: /TB-UBND\nHà Tĩnh, ${d}\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n\n`;

ruleTester(dateAfterIssue, {
  valid: [
    { name: 'partial date covers the month', text: head('ngày   tháng 4 năm 2024') + 'Ngày 23/4/2024, đồng chí Chủ tịch đã chủ trì; Quyết định số 762/QĐ-UBND ngày 24/4/2024 của UBND tỉnh.\n' },
    { name: 'deadlines are not past events', text: head('ngày 05 tháng 7 năm 2024') + '- Hoàn thành trước ngày 15/7/2024.\n- Báo cáo đến ngày 31/12/2024.\n' },
    { name: 'blank year: unknown', text: head('ngày   tháng   năm') + 'Ngày 11/7/2030, Đoàn đã kiểm tra.\n' },
    { name: 'event without "đã"', text: head('ngày 05 tháng 7 năm 2024') + 'Ngày 20/7/2024, tổ chức hội nghị tổng kết.\r\n' },
    { name: '"Ngày" inside a sentence (a deadline) does not open an event', text: head('ngày 05 tháng 7 năm 2024') + 'Giao các xã hoàn thành trước Ngày 20/7/2024, đồng thời báo cáo những việc đã làm.\n' },
  ],
  invalid: [
    {
      name: 'cited document after the notice',
      text: head('ngày   tháng 4 năm 2024') + 'Thực hiện Kế hoạch số 87/KH-UBND ngày 10/5/2024 của UBND tỉnh.\n',
      errors: [{ message: 'sau ngày ban hành', covers: 'ngày 10/5/2024', severity: 'warning' }],
    },
    {
      name: 'event after the notice',
      text: head('ngày 05 tháng 7 năm 2024') + '**Ngày 11/7/2024**, Đoàn kiểm tra đã làm việc với huyện.\n',
      errors: [{ messageEn: 'past event', covers: 'Ngày 11/7/2024' }],
    },
  ],
});
