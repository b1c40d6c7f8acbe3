import { missingSignature } from '../../../server/src/core/rules/structure/missing-signature';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingSignature, {
  valid: [
    { name: 'TM. chain', text: 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Văn Bình\n' },
    { name: 'head signs in person, bold, CRLF', text: 'THÔNG BÁO\r\nVề việc A\r\n\r\nNội dung./.\r\n\r\n**GIÁM ĐỐC**\r\n\r\n**Hoàng Văn Bình**\r\n' },
  ],
  invalid: [
    {
      name: 'recipients but no signature',
      text: 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\nNơi nhận:\n- Các phòng;\n- Lưu: VT.\n',
      errors: [{ message: 'Thiếu phần quyền hạn, chức vụ', covers: 'Nơi nhận:', severity: 'error' }],
    },
    {
      name: 'nothing after the body',
      text: 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n',
      errors: [{ covers: 'Nội dung./.' }],
    },
  ],
});
