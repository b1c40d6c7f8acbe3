import { authority } from '../../../server/src/core/rules/signature/authority';
import { ruleTester } from '../../helpers/ruleTester';

const pre = 'THÔNG BÁO\nVề việc A\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\n';
const sig = (lines: string, name = 'Trần Thị Mai'): string => pre + lines + '\n\n' + name + '\n';
ruleTester(authority, {
  valid: [
    { name: 'TL. / KT. / PHÓ (bold block)', text: sig('**TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG**') },
    { name: 'TL. / CHÁNH VĂN PHÒNG', text: sig('**TL. CHỦ TỊCH**  \n**CHÁNH VĂN PHÒNG**') },
    { name: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC, CRLF', text: sig('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC').replace(/\n/g, '\r\n') },
    { name: 'TM. / KT. / PHÓ', text: sig('TM. UỶ BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH THƯỜNG TRỰC') },
    { name: 'TM. / CHỦ TỊCH', text: sig('TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH') },
    { name: 'a blank line between KT. and the deputy\'s title (the title is not read as the signer)', text: sig('KT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH', 'Lê Văn An') },
    { name: 'a blank line between TM. and the head\'s title', text: sig('TM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH', 'Lê Văn An') },
    { name: 'Q. alone', text: sig('Q. GIÁM ĐỐC') },
    { name: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG', text: sig('KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG') },
  ],
  invalid: [
    {
      name: 'KT. followed by the head\'s own title',
      text: sig('KT. CHỦ TỊCH\nCHỦ TỊCH'),
      errors: [{ message: 'phải là chức vụ của cấp phó, ví dụ "PHÓ CHỦ TỊCH"', covers: 'CHỦ TỊCH', line: 9, severity: 'error' }],
    },
    {
      name: 'TM. with a personal title',
      text: sig('TM. CHỦ TỊCH\nPHÓ CHỦ TỊCH'),
      errors: [{ message: '"TM." (thay mặt) chỉ dùng cho tập thể', covers: 'TM. CHỦ TỊCH' }],
    },
    {
      name: 'KT. with no title line',
      text: sig('KT. GIÁM ĐỐC'),
      errors: [{ message: 'phải ghi chức vụ của cấp phó ký, ví dụ "PHÓ GIÁM ĐỐC"', covers: 'KT. GIÁM ĐỐC' }],
    },
    {
      name: 'deputy of another head',
      text: sig('KT. GIÁM ĐỐC\nPHÓ CHỦ TỊCH'),
      errors: [{ message: 'không phải cấp phó của "GIÁM ĐỐC"', covers: 'PHÓ CHỦ TỊCH' }],
    },
    {
      name: 'TL. by the head himself',
      text: sig('TL. GIÁM ĐỐC\nGIÁM ĐỐC'),
      errors: [{ message: '"GIÁM ĐỐC" ký trực tiếp, không ghi "TL. GIÁM ĐỐC"', messageEn: 'signs in person', covers: 'GIÁM ĐỐC', line: 9 }],
    },
    {
      name: 'TL. by the head\'s deputy',
      text: sig('TL. CHỦ TỊCH\nPHÓ CHỦ TỊCH'),
      errors: [{ message: 'ký thay ghi "KT. CHỦ TỊCH"', covers: 'PHÓ CHỦ TỊCH' }],
    },
    {
      name: 'TM. UBND then a deputy without KT.',
      text: sig('TM. ỦY BAN NHÂN DÂN\nPHÓ CHỦ TỊCH'),
      errors: [{ message: 'phải ghi "KT. CHỦ TỊCH"', covers: 'PHÓ CHỦ TỊCH' }],
    },
    {
      name: 'TM. then a deputy of a head outside the title list: KT. names that head',
      text: sig('TM. ĐOÀN KIỂM TRA\nPHÓ ĐOÀN TRƯỞNG'),
      errors: [{ message: 'phải ghi "KT. ĐOÀN TRƯỞNG" trước "PHÓ ĐOÀN TRƯỞNG"', covers: 'PHÓ ĐOÀN TRƯỞNG' }],
    },
  ],
});
