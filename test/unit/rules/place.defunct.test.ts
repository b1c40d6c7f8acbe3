import { defunct } from '../../../server/src/core/rules/place/defunct';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d2026 = 'ngày 16 tháng 01 năm 2026';
const d2024 = 'ngày 16 tháng 01 năm 2024';
ruleTester(defunct, {
  valid: [
    { name: '2024 notice naming districts and communes of that time', options: withData,
      text: notice({ date: d2024, body: 'UBND huyện Bắc Sơn, xã Long Đống, thị trấn Bắc Sơn, xã Chí Minh, huyện Tràng Định.' }) },
    { name: '2026 notice citing an earlier document of a district', options: withData,
      text: notice({ date: d2026, body: 'Thực hiện Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Bắc Sơn; UBND xã Bắc Sơn báo cáo.' }) },
    { name: '2026 notice naming a former unit as such', options: withData,
      text: notice({ date: d2026, body: 'Trạm y tế xã Vũ Lễ (thuộc huyện Bắc Sơn cũ) đã hoàn thành.' }) },
    { name: '2026 notice naming current communes', options: withData,
      text: notice({ date: d2026, body: 'UBND xã Thất Khê, xã Bắc Sơn, xã Đồng Đăng, tỉnh Lạng Sơn.' }) },
    { name: 'year-only window 2025 straddles the reform: either map is accepted', options: withData,
      text: notice({ date: 'ngày   tháng   năm 2025', body: 'UBND huyện Bắc Sơn và UBND xã Thất Khê.' }) },
    { name: 'a June 2025 notice naming a commune of 1 July 2025 (announced weeks before)', options: withData,
      text: notice({ date: 'ngày 20 tháng 6 năm 2025', body: 'Sau sắp xếp, trụ sở xã Tuấn Sơn đặt tại xã Minh Sơn.' }) },
  ],
  invalid: [
    {
      name: '2026 notice addressing a district and a merged commune as current bodies', options: withData,
      text: notice({ date: d2026, body: 'Sở Y tế làm việc với UBND huyện Bắc Sơn và UBND xã Chí Minh.' }),
      errors: [
        { covers: 'huyện Bắc Sơn', message: /không còn đơn vị hành chính cấp huyện.*mã 185.*nay là .*xã Bắc Sơn/, messageEn: 'no districts from 2025-07-01' },
        { covers: 'xã Chí Minh', message: /mã 06013.*nay là xã Thất Khê \(Bảng chuyển đổi ĐVHC mới – cũ, Cục Thống kê\)/ },
      ],
    },
    {
      name: 'undated draft: today (2026) → the post-reform map', options: withData,
      text: notice({ date: '', body: 'UBND thị trấn Bắc Sơn.' }),
      errors: [{ covers: 'thị trấn Bắc Sơn', message: 'không còn thị trấn' }],
    },
    {
      name: 'commune removed in 2020 named in a notice of August 2020', options: withData,
      text: notice({ date: 'ngày   tháng 8 năm 2020', body: 'UBND xã Quỳnh Sơn, huyện Bắc Sơn.' }),
      errors: [{ covers: 'xã Quỳnh Sơn', message: /từ 31\/8\/2004 đến 31\/12\/2019/ }],
    },
    {
      name: 'a unit not yet created', options: withData,
      text: notice({ date: 'ngày 16 tháng 01 năm 2023', body: 'UBND đặc khu Vân Đồn.', header: 'UBND TỈNH QUẢNG NINH\nSỞ Y TẾ', place: 'Quảng Ninh' }),
      errors: [{ covers: 'đặc khu Vân Đồn', message: 'chưa được thành lập' }],
    },
    {
      name: 'a district name two former districts of the province had (huyện Kỳ Anh): the latest, its successors past eight counted',
      options: withData,
      text: notice({ header: 'UBND TỈNH HÀ TĨNH\nSỞ Y TẾ', place: 'Hà Tĩnh', date: d2026, body: 'Đoàn làm việc tại huyện Kỳ Anh.' }),
      errors: [{ covers: 'huyện Kỳ Anh', message: /mã 447\) từ 31\/8\/2015 đến 30\/6\/2025.*; nay là (xã|phường) [^,]+(, (xã|phường) [^,]+){7} và 1 đơn vị khác \(Bảng chuyển đổi/, messageEn: / and 1 more \(official/ }],
    },
  ],
});
