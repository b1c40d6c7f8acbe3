import { itemFormat } from '../../../server/src/core/rules/recipients/item-format';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\n';
ruleTester(itemFormat, {
  valid: [
    { name: 'wrapped item with a hard break', text: pre + 'Nơi nhận:\n- Chủ tịch, các Phó Chủ tịch UBND huyện;\n- CVP, PCVP, Phòng TH,  \nBộ phận Một cửa;\n- Lưu: VT, TH(NVA).\n' },
    { name: 'sub-items under a group, bold label, CRLF', text: pre.replace(/\n/g, '\r\n') + '***Nơi nhận:***\r\n- Các sở:\r\n  + Sở Tài chính;\r\n  + Sở Nội vụ;\r\n- Lưu: VT, KT.\r\n' },
  ],
  invalid: [
    {
      name: 'missing ";" and "." and a "+" bullet',
      text: pre + 'Nơi nhận:\n- Thường trực Huyện ủy\n+ Các phòng, ban;\n- Lưu: VT, VP;\n',
      errors: [
        { message: 'Mục nơi nhận "Thường trực Huyện ủy" phải kết thúc bằng ";"', covers: 'Thường trực Huyện ủy' },
        { message: 'bắt đầu bằng "+ "', covers: '+' },
        { message: 'Mục nơi nhận cuối cùng phải kết thúc bằng ".", không phải ";"', covers: ';' },
      ],
      output: pre + 'Nơi nhận:\n- Thường trực Huyện ủy;\n- Các phòng, ban;\n- Lưu: VT, VP.\n',
    },
    {
      name: 'no bullet, "." mid-list',
      text: pre + 'Nơi nhận:\n- Các phòng.\nLưu: VT.\n',
      errors: [
        { message: 'không phải "."', covers: '.' },
        { message: 'thiếu gạch đầu dòng', covers: 'Lưu:' },
      ],
      output: pre + 'Nơi nhận:\n- Các phòng;\n- Lưu: VT.\n',
    },
  ],
});
