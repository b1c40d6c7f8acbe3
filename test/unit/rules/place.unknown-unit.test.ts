import { unknownUnit } from '../../../server/src/core/rules/place/unknown-unit';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d2022 = 'ngày 14 tháng 6 năm 2022';
/** A ministry's undated draft: no province in the header, no place/date line (today: 2026). */
const ministryDraft = (body: string) => notice({ header: 'BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC', date: '', body });
/** Names no unit has, nor any spelling near them: each costs one nationwide look-up. */
const SYLLABLES = ['Khươu', 'Nguẩy', 'Thuỗng', 'Giưởng', 'Quềnh', 'Ngoẵng', 'Khuỷp'];
const nonsense = (n: number) => SYLLABLES.flatMap((a) => SYLLABLES.map((b) => `${a} ${b}`)).slice(0, n);
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
    { name: 'no province known: past 40 nationwide look-ups the rest stay silent', options: withData,
      text: ministryDraft(`${nonsense(40).map((n) => `Xã ${n} đạt chuẩn.`).join(' ')} Xã Tuân Sơn đạt chuẩn.`) },
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
    {
      name: 'no province known (undated ministry draft): suggestions from the whole country', options: withData,
      text: ministryDraft('Đoàn kiểm tra làm việc tại xã Tuân Sơn.'),
      errors: [{ covers: 'Tuân Sơn', message: /^Không có xã "Tuân Sơn" trên toàn quốc vào thời điểm văn bản \(ngày 24\/11\/2026\); có phải: xã Tuấn Sơn thuộc tỉnh Lạng Sơn \(mã 06457\)/,
        messageEn: /^No xã "Tuân Sơn" anywhere in the country on/ }],
      output: ministryDraft('Đoàn kiểm tra làm việc tại xã Tuấn Sơn.'),
    },
    {
      name: 'no province known: the 40th nationwide look-up is still made', options: withData,
      text: ministryDraft(`${nonsense(39).map((n) => `Xã ${n} đạt chuẩn.`).join(' ')} Xã Tuân Sơn đạt chuẩn.`),
      errors: [{ covers: 'Tuân Sơn', message: 'Tuấn Sơn' }],
      output: ministryDraft(`${nonsense(39).map((n) => `Xã ${n} đạt chuẩn.`).join(' ')} Xã Tuấn Sơn đạt chuẩn.`),
    },
  ],
});
