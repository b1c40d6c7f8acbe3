import { missingRecipients } from '../../../server/src/core/rules/structure/missing-recipients';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(missingRecipients, {
  valid: [
    { name: 'recipients after the signature', text: 'THÔNG BÁO\nVề việc nghỉ lễ\n\nNội dung./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hoa\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n' },
    { name: 'bold italic label before the signature, CRLF', text: 'THÔNG BÁO\r\nVề việc nghỉ lễ\r\n\r\nNội dung./.\r\n\r\n***Nơi nhận:***\r\n- Các phòng;\r\n- Lưu: VT.\r\n\r\n**GIÁM ĐỐC**\r\n\r\nLê Thị Hoa\r\n' },
    { name: 'an empty document: nothing to anchor the block to', text: '' },
    { name: 'blank lines only', text: '\n  \r\n\t\n' },
  ],
  invalid: [
    {
      name: 'inserted after the signer',
      text: 'THÔNG BÁO\nVề việc nghỉ lễ\n\nCơ quan nghỉ lễ theo quy định./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hoa\n',
      errors: [{ message: 'Thiếu phần "Nơi nhận:"', covers: 'KT. GIÁM ĐỐC', severity: 'error' }],
      output: 'THÔNG BÁO\nVề việc nghỉ lễ\n\nCơ quan nghỉ lễ theo quy định./.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hoa\n\nNơi nhận:\n- …;\n- Lưu: VT, ….\n',
    },
    {
      name: 'no signature: after the body, CRLF',
      text: 'THÔNG BÁO\r\nVề việc nghỉ lễ\r\n\r\nCơ quan nghỉ lễ theo quy định./.\r\n',
      errors: [{ covers: 'Cơ quan nghỉ lễ theo quy định./.' }],
      output: 'THÔNG BÁO\r\nVề việc nghỉ lễ\r\n\r\nCơ quan nghỉ lễ theo quy định./.\r\n\r\nNơi nhận:\r\n- …;\r\n- Lưu: VT, ….\r\n',
    },
  ],
});
