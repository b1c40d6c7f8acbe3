import { missingSigner } from '../../../server/src/core/rules/signature/missing-signer';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\n';
ruleTester(missingSigner, {
  valid: [
    { name: 'bold name after a blank', text: pre + '**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\n**Nông Thị Hà**\n\nNơi nhận:\n- Lưu: VT.\n' },
    { name: 'placeholder then name, CRLF', text: (pre + 'GIÁM ĐỐC\n\n(Đã ký)\n\nNông Thị Hà\n').replace(/\n/g, '\r\n') },
    { name: 'name in capitals', text: pre + 'Nơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNÔNG THỊ HÀ\n' },
  ],
  invalid: [
    {
      name: 'title then end of document',
      text: pre + 'Nơi nhận:\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n',
      errors: [{ message: 'Thiếu họ tên người ký dưới chức vụ "CHÁNH VĂN PHÒNG"', covers: 'CHÁNH VĂN PHÒNG', severity: 'error' }],
    },
    {
      name: 'title then Nơi nhận',
      text: pre + 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNơi nhận:\n- Lưu: VT.\n',
      errors: [{ covers: 'PHÓ GIÁM ĐỐC' }],
    },
  ],
});
