import { unknownUnit } from '../../../server/src/core/rules/place/unknown-unit';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d2022 = 'ngày 14 tháng 6 năm 2022';
ruleTester(unknownUnit, {
  valid: [
    { name: 'real communes of huyện Bắc Sơn, list with parent', options: withData,
      text: notice({ date: d2022, body: 'Sở Y tế làm việc với UBND các xã: Long Đống, Vạn Thủy, Đồng Ý của huyện Bắc Sơn và thị trấn Bắc Sơn.' }) },
    { name: 'Markdown, CRLF, old tone placement (Nhất Hoà)', options: withData,
      text: notice({ eol: '\r\n', date: d2022, title: '## **Kết luận tại xã Nhất Hoà, huyện Bắc Sơn**', body: 'Kiểm tra trạm y tế **xã Tân Tri** và xã Nhất Tiến.' }) },
    { name: 'not unit mentions: xã hội, cấp xã, toàn tỉnh, Tỉnh Đoàn, hợp tác xã', options: withData,
      text: notice({ date: d2022, body: 'Phát triển kinh tế - xã hội, xã hội hóa; cấp xã, các xã điểm; toàn tỉnh đã triển khai; Tỉnh Đoàn Thanh niên; Hợp tác xã Tân Phú Quý; Thành phố đã chỉ đạo.' }) },
    { name: 'blank date (records office): a window', options: withData,
      text: notice({ date: 'ngày   tháng 9 năm 2021', body: 'Xã Chi Lăng, huyện Chi Lăng và xã Hoàng Đồng, thành phố Lạng Sơn.' }) },
    { name: 'without reference data the rule is skipped', text: notice({ date: d2022, body: 'UBND xã Long Đông.' }) },
    { name: 'a name with no near spelling is not reported (maybe no unit at all)', options: withData,
      text: notice({ date: d2022, body: 'Đoàn công tác của huyện Bằng Tường (Trung Quốc).' }) },
  ],
  invalid: [
    {
      name: 'misspelt commune in the body, suggestion from the province', options: withData,
      text: notice({ date: d2022, body: 'Năm 2022, xã Long Đông phấn đấu đạt chuẩn.' }),
      errors: [{ covers: 'Long Đông', message: 'Không có xã "Long Đông" trong tỉnh Lạng Sơn', messageEn: 'did you mean', severity: 'warning' },
      ],
      output: notice({ date: d2022, body: 'Năm 2022, xã Long Đống phấn đấu đạt chuẩn.' }),
    },
    {
      name: 'list item with its parent named after it, and in Nơi nhận', options: withData,
      text: notice({ date: d2022, body: 'Hỗ trợ các xã: Đồng Ý, Long Đông của huyện Bắc Sơn.', recipients: ['- UBND các xã: Vũ Sơn, Long Đông;'] }),
      errors: [
        { covers: 'Long Đông', message: /trong huyện Bắc Sơn.*Long Đống.*mã 06328/ },
        { covers: 'Long Đông', message: 'Long Đống' },
      ],
      output: notice({ date: d2022, body: 'Hỗ trợ các xã: Đồng Ý, Long Đống của huyện Bắc Sơn.', recipients: ['- UBND các xã: Vũ Sơn, Long Đống;'] }),
    },
  ],
});
