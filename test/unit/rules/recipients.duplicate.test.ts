import { duplicate } from '../../../server/src/core/rules/recipients/duplicate';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\n';
ruleTester(duplicate, {
  valid: [
    { name: 'similar but different', text: pre + 'Nơi nhận:\n- UBND xã Tân Lập;\n- UBND xã Tân Lập A;\n- Lưu: VT.\n' },
    { name: 'blank items left to fill in are not recipients', text: pre + 'Nơi nhận:\n- ...;\n- ...;\n- Lưu: VT.\n' },
    { name: 'blank items written with the ellipsis character', text: pre + 'Nơi nhận:\n- …;\n- …;\n- Như trên;\n- Lưu: VT.\n' },
    { name: 'CRLF', text: (pre + 'Nơi nhận:\n- Các phòng;\n- Lưu: VT.\n').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'same item twice, case and tone style differ',
      text: pre + 'Nơi nhận:\n- Sở Y tế;\n- Phòng Văn hoá;\n- sở y tế;\n- Lưu: VT.\n',
      errors: [{ message: 'đã có ở dòng 7', covers: 'sở y tế;', severity: 'info' }],
      output: pre + 'Nơi nhận:\n- Sở Y tế;\n- Phòng Văn hoá;\n- Lưu: VT.\n',
    },
    {
      name: 'the last item repeats an earlier one: the earlier goes',
      text: pre + 'Nơi nhận:\n- Phòng Văn hóa;\n- Sở Y tế;\n- Phòng Văn hoá.\n',
      errors: [{ covers: 'Phòng Văn hoá.' }],
      output: pre + 'Nơi nhận:\n- Sở Y tế;\n- Phòng Văn hoá.\n',
    },
  ],
});
