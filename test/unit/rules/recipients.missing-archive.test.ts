import { missingArchive } from '../../../server/src/core/rules/recipients/missing-archive';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\n';
ruleTester(missingArchive, {
  valid: [
    { name: 'with drafting unit', text: pre + 'Nơi nhận:\n- Các phòng;\n- Lưu: VT, TCKH(LTH).\n' },
    { name: 'spaced, bold, CRLF', text: (pre + '**Nơi nhận:**\n- Các phòng;\n- Lưu: VT, KT (PVD).\n').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'no Lưu: inserted last, the old last item gets ";"',
      text: pre + 'Nơi nhận:\n- Các phòng;\n- Các xã, thị trấn.\n',
      errors: [{ message: 'thiếu mục cuối "- Lưu: VT', covers: 'Nơi nhận:', severity: 'warning' }],
      output: pre + 'Nơi nhận:\n- Các phòng;\n- Các xã, thị trấn;\n- Lưu: VT.\n',
    },
    {
      name: 'Lưu not last',
      text: pre + 'Nơi nhận:\n- Lưu: VT, VP;\n- Các phòng.\n',
      errors: [{ message: 'phải là mục cuối cùng', covers: 'Lưu: VT, VP;' }],
    },
    {
      name: 'Lưu without VT',
      text: pre + 'Nơi nhận:\n- Các phòng;\n- Lưu: NV.\n',
      errors: [{ message: 'phải ghi "VT"', covers: 'Lưu' }],
      output: pre + 'Nơi nhận:\n- Các phòng;\n- Lưu: VT, NV.\n',
    },
    {
      name: 'Lưu without VT and without its colon: reported, nothing inserted',
      text: pre + 'Nơi nhận:\n- Các phòng;\n- Lưu KT.\n',
      errors: [{ message: '"Lưu: VT, KT."', covers: 'Lưu' }],
    },
  ],
});
