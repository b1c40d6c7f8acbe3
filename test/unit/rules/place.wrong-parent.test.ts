import { wrongParent } from '../../../server/src/core/rules/place/wrong-parent';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d = 'ngày 03 tháng 10 năm 2023';
ruleTester(wrongParent, {
  valid: [
    { name: 'right parents, with and without comma, "của"', options: withData,
      text: notice({ date: d, body: 'Xã Chí Minh, huyện Tràng Định; xã Chí Minh huyện Tràng Định; các xã: Long Đống, Vũ Sơn của huyện Bắc Sơn.' }) },
    { name: 'same name for commune and district (xã Chi Lăng, huyện Chi Lăng)', options: withData,
      text: notice({ date: d, body: 'Trạm y tế xã Chi Lăng, huyện Chi Lăng.' }) },
    { name: 'parent first is not read as a link ("huyện Lộc Bình, xã Chí Minh" may list two bodies)', options: withData,
      text: notice({ date: d, body: 'Lãnh đạo huyện Lộc Bình, xã Chí Minh tham dự.' }) },
    { name: 'Hải Dương notice: xã Chí Minh of huyện Tứ Kỳ', options: withData,
      text: notice({ header: 'UBND TỈNH HẢI DƯƠNG\nSỞ Y TẾ', place: 'Hải Dương', date: d, body: 'Kiểm tra tại xã Chí Minh, huyện Tứ Kỳ.' }) },
    { name: 'a former commune under its old parent is not a wrong parent (place/defunct)', options: withData,
      text: notice({ date: 'ngày   tháng 8 năm 2020', body: 'Xã Quỳnh Sơn, huyện Bắc Sơn.' }) },
    { name: 'a commune under the district it belonged to at the date cited (xã Sùng Phài, huyện Tam Đường in 2018)', options: withData,
      text: notice({ header: 'UBND TỈNH LAI CHÂU\nSỞ Y TẾ', place: 'Lai Châu', date: 'ngày 03 tháng 10 năm 2018', body: 'Kiểm tra tại xã Sùng Phài, huyện Tam Đường.' }) },
    { name: 'a 2025 notice naming a new commune with the district its communes came from (no district holds a new commune)', options: withData,
      text: notice({ date: 'ngày   tháng   năm 2025', body: 'Kiểm tra tại xã Tuấn Sơn, huyện Hữu Lũng.' }) },
  ],
  invalid: [
    {
      name: 'a commune that has left the named district (xã Sùng Phài went from huyện Tam Đường to thành phố Lai Châu in 2020)', options: withData,
      text: notice({ header: 'UBND TỈNH LAI CHÂU\nSỞ Y TẾ', place: 'Lai Châu', date: d, body: 'Kiểm tra tại xã Sùng Phài, huyện Tam Đường.' }),
      errors: [{ covers: 'Tam Đường', message: /xã Sùng Phài không thuộc huyện Tam Đường.*Đơn vị cấp trên đúng: thành phố Lai Châu/ }],
      output: notice({ header: 'UBND TỈNH LAI CHÂU\nSỞ Y TẾ', place: 'Lai Châu', date: d, body: 'Kiểm tra tại xã Sùng Phài, thành phố Lai Châu.' }),
    },
    {
      name: 'commune attached to a district of another province (Trùng Khánh is in Cao Bằng)', options: withData,
      text: notice({ date: d, body: 'Kiểm tra tại xã Chí Minh, huyện Trùng Khánh. Làm việc với xã Chí Minh huyện Trùng Khánh.' }),
      errors: [
        { covers: 'Trùng Khánh', severity: 'error', message: /xã Chí Minh không thuộc huyện Trùng Khánh.*huyện Tràng Định, tỉnh Lạng Sơn \(mã 06013\) từ 31\/8\/2004 đến 30\/6\/2025 \(Danh mục ĐVHC, Tổng cục Thống kê\)/, messageEn: 'The parent is huyện Tràng Định' },
        { covers: 'Trùng Khánh' },
      ],
      output: notice({ date: d, body: 'Kiểm tra tại xã Chí Minh, huyện Tràng Định. Làm việc với xã Chí Minh huyện Tràng Định.' }),
    },
    {
      name: 'commune attached to another district of the same province', options: withData,
      text: notice({ date: d, body: 'UBND các xã: Long Đống, Vạn Thủy của huyện Lộc Bình.' }),
      errors: [{ covers: 'Lộc Bình', message: 'xã Long Đống, xã Vạn Thủy không thuộc huyện Lộc Bình' }],
      output: notice({ date: d, body: 'UBND các xã: Long Đống, Vạn Thủy của huyện Bắc Sơn.' }),
    },
    {
      name: 'a commune attached to a city: the fix writes the district\'s type word too', options: withData,
      text: notice({ date: d, body: 'Kiểm tra tại xã Long Đống, thành phố Lạng Sơn.' }),
      errors: [{ covers: 'Lạng Sơn', message: 'xã Long Đống không thuộc thành phố Lạng Sơn (tỉnh Lạng Sơn)', messageEn: 'The parent is huyện Bắc Sơn' }],
      output: notice({ date: d, body: 'Kiểm tra tại xã Long Đống, huyện Bắc Sơn.' }),
    },
    {
      name: 'all capitals stay capitals', options: withData,
      text: notice({ date: d, body: 'KIỂM TRA TẠI XÃ LONG ĐỐNG, HUYỆN LỘC BÌNH.' }),
      errors: [{ covers: 'LỘC BÌNH', message: 'xã Long Đống không thuộc huyện Lộc Bình' }],
      output: notice({ date: d, body: 'KIỂM TRA TẠI XÃ LONG ĐỐNG, HUYỆN BẮC SƠN.' }),
    },
  ],
});
