import { kinhGuiInNotice } from '../../../server/src/core/rules/structure/kinh-gui-in-notice';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(kinhGuiInNotice, {
  valid: [
    { name: '"Như thành phần dự họp" is not "Như trên"', text: 'THÔNG BÁO\nKết luận cuộc họp\n\nNội dung./.\n\nNơi nhận:\n- Như thành phần dự họp;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nVi Văn Sơn\n' },
    { name: 'a công văn may have Kính gửi', text: 'Số: 12/UBND-VX\nV/v hỗ trợ\n\nKính gửi: Sở Y tế\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n' },
  ],
  invalid: [
    {
      name: 'Kính gửi in a notice',
      text: 'THÔNG BÁO\nVề việc nghỉ Tết\n\nKính gửi: Các phòng, ban\n\nNội dung./.\n',
      errors: [{ message: 'Thông báo không có phần "Kính gửi:"', covers: 'Kính gửi', severity: 'warning' }],
    },
    {
      name: 'Như trên in a notice, CRLF, bold label',
      text: '## THÔNG BÁO\r\nVề việc nghỉ Tết\r\n\r\nNội dung./.\r\n\r\n**Nơi nhận:**\r\n- Như trên;\r\n- Lưu: VT, VP.\r\n',
      errors: [{ message: 'Như trên', covers: 'Như trên' }],
    },
  ],
});
