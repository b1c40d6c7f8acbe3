import { inconsistent } from '../../../server/src/core/rules/place/inconsistent';
import { ruleTester } from '../../helpers/ruleTester';
import { notice, withData } from '../../helpers/placeNotice';

const d = 'ngày 25 tháng 9 năm 2023';
ruleTester(inconsistent, {
  valid: [
    { name: 'title and body name the same district', options: withData,
      text: notice({ date: d, title: 'Kết quả kiểm tra tại huyện Bắc Sơn', body: 'Đoàn làm việc với UBND huyện Bắc Sơn và xã Vũ Sơn.' }) },
    { name: 'the body also names other districts beside the title\'s', options: withData,
      text: notice({ date: d, title: 'Kết quả kiểm tra tại huyện Bắc Sơn', body: 'Huyện Bắc Sơn đạt kết quả cao hơn huyện Lộc Bình và huyện Tràng Định.' }) },
    { name: 'one spelling throughout (tone placement is text/tone-placement\'s)', options: withData,
      text: notice({ date: d, body: 'Xã Nhất Hòa và xã Nhất Hòa.' }) },
  ],
  invalid: [
    {
      name: 'title district contradicted by the title\'s commune and the body', options: withData,
      text: notice({ date: d, title: 'Kết luận tại huyện Lộc Bình và xã Chí Minh', body: 'Đoàn làm việc với UBND huyện Tràng Định và UBND xã Chí Minh.' }),
      errors: [{ covers: 'huyện Lộc Bình', message: /Trích yếu nêu huyện Lộc Bình nhưng xã Chí Minh thuộc huyện Tràng Định.*nội dung nêu huyện Tràng Định/ }],
      output: notice({ date: d, title: 'Kết luận tại huyện Tràng Định và xã Chí Minh', body: 'Đoàn làm việc với UBND huyện Tràng Định và UBND xã Chí Minh.' }),
    },
    {
      name: 'the body names only another district', options: withData,
      text: notice({ date: d, title: 'Kết luận tại huyện Lộc Bình', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
      errors: [{ covers: 'huyện Lộc Bình', message: 'nội dung chỉ nêu huyện Bắc Sơn' }],
      output: notice({ date: d, title: 'Kết luận tại huyện Bắc Sơn', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
    },
    {
      name: 'a district-level city in the title, a district in the body: the type word changes too', options: withData,
      text: notice({ date: d, title: 'Kết luận tại thành phố Lạng Sơn', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
      errors: [{ covers: 'thành phố Lạng Sơn', message: 'Trích yếu nêu thành phố Lạng Sơn nhưng nội dung chỉ nêu huyện Bắc Sơn' }],
      output: notice({ date: d, title: 'Kết luận tại huyện Bắc Sơn', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
    },
    {
      name: 'an all-capital title keeps its capitals', options: withData,
      text: notice({ date: d, title: 'KẾT LUẬN TẠI HUYỆN LỘC BÌNH', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
      errors: [{ covers: 'HUYỆN LỘC BÌNH', message: 'Trích yếu nêu huyện Lộc Bình' }],
      output: notice({ date: d, title: 'KẾT LUẬN TẠI HUYỆN BẮC SƠN', body: 'Đoàn làm việc với UBND huyện Bắc Sơn.' }),
    },
    {
      name: 'two accepted spellings of one commune (Xà Phìn / Sà Phìn): the later follows the first', options: withData,
      text: notice({ header: 'UBND TỈNH HÀ GIANG\nSỞ Y TẾ', place: 'Hà Giang', date: d, body: 'Đoàn làm việc tại xã Xà Phìn, huyện Đồng Văn. Trạm y tế xã Sà Phìn được sửa chữa.' }),
      errors: [{ covers: 'Sà Phìn', message: /"Sà Phìn" và "Xà Phìn" là cùng một đơn vị \(xã Xà Phìn thuộc huyện Đồng Văn, tỉnh Hà Giang \(mã 00736\).*nên viết thống nhất "Xà Phìn"/, messageEn: 'write it one way: "Xà Phìn"' }],
      output: notice({ header: 'UBND TỈNH HÀ GIANG\nSỞ Y TẾ', place: 'Hà Giang', date: d, body: 'Đoàn làm việc tại xã Xà Phìn, huyện Đồng Văn. Trạm y tế xã Xà Phìn được sửa chữa.' }),
    },
  ],
});
