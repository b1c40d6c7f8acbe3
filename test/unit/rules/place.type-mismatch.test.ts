import { typeMismatch } from '../../../server/src/core/rules/place/type-mismatch';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d = 'ngày 09 tháng 12 năm 2021';
ruleTester(typeMismatch, {
  valid: [
    { name: 'right types', options: withData,
      text: notice({ date: d, body: 'Thị trấn Bắc Sơn, thành phố Lạng Sơn, tỉnh Lạng Sơn, xã Hoàng Đồng.' }) },
    { name: 'after the reform a thị trấn is place/defunct\'s, not this rule\'s', options: withData,
      text: notice({ date: 'ngày 09 tháng 12 năm 2025', body: 'Thị trấn Đồng Đăng.' }) },
    { name: '"thành phố Lạng Sơn" in 2026 is the former city, not the province', options: withData,
      text: notice({ date: 'ngày 09 tháng 02 năm 2026', body: 'Dự án tại thành phố Lạng Sơn.' }) },
  ],
  invalid: [
    {
      name: 'xã for a thị trấn; huyện for a thành phố', options: withData,
      text: notice({ date: d, body: 'Làm việc tại xã Bắc Sơn, huyện Bắc Sơn và huyện Lạng Sơn.' }),
      errors: [
        { covers: 'xã', message: /Bắc Sơn là thị trấn, không phải xã.*mã 06325/ },
        { covers: 'huyện', message: 'Lạng Sơn là thành phố', messageEn: 'is a thành phố' },
      ],
      output: notice({ date: d, body: 'Làm việc tại thị trấn Bắc Sơn, huyện Bắc Sơn và thành phố Lạng Sơn.' }),
    },
    {
      name: 'capitalised type word keeps its case', options: withData,
      text: notice({ date: d, body: 'Xã Bắc Sơn đã triển khai.' }),
      errors: [{ covers: 'Xã' }],
      output: notice({ date: d, body: 'Thị trấn Bắc Sơn đã triển khai.' }),
    },
  ],
});
