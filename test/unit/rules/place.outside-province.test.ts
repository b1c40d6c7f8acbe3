import { outsideProvince } from '../../../server/src/core/rules/place/outside-province';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d = 'ngày 21 tháng 3 năm 2023';
ruleTester(outsideProvince, {
  valid: [
    { name: 'the province of the unit is named', options: withData,
      text: notice({ date: d, body: 'Học tập kinh nghiệm của huyện Trùng Khánh, tỉnh Cao Bằng.' }) },
    { name: 'Cao Bằng notice about its own district', options: withData,
      text: notice({ header: 'UBND TỈNH CAO BẰNG\nSỞ Y TẾ', place: 'Cao Bằng', date: d, body: 'Làm việc với UBND huyện Trùng Khánh và thị trấn Trùng Khánh.' }) },
    { name: 'a name existing in the province at another level (xã Trùng Khánh of Văn Lãng)', options: withData,
      text: notice({ date: d, body: 'Trạm y tế xã Trùng Khánh.' }) },
    { name: 'naming another province is fine', options: withData,
      text: notice({ date: d, body: 'Phối hợp với tỉnh Cao Bằng.' }) },
    { name: 'province read only from the units: not a provincial notice for this rule', options: withData,
      text: notice({ header: 'BAN QUẢN LÝ DỰ ÁN', date: '', body: 'Huyện Trùng Khánh; huyện Bắc Sơn; huyện Lộc Bình.' }) },
  ],
  invalid: [
    {
      name: 'Lạng Sơn notice naming a Cao Bằng district', options: withData,
      text: notice({ date: d, title: 'Kết luận tại huyện Trùng Khánh', body: 'Đoàn làm việc với huyện Trùng Khánh.' }),
      errors: [
        // Once per unit, at its first occurrence, counting the others.
        { covers: 'huyện Trùng Khánh', message: /không thuộc tỉnh Lạng Sơn.*mã 047.*không nêu tỉnh Cao Bằng.*còn xuất hiện 1 lần nữa/, messageEn: '1 more time' },
      ],
    },
  ],
});
