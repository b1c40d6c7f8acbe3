import { tonePlacement } from '../../../server/src/core/rules/text/tone-placement';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(tonePlacement, {
  valid: [
    { name: 'old style only', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nỦy ban nhân dân xã Nhất Hòa; Sở Văn hóa; thủy lợi\n' },
    { name: 'new style only', text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nUỷ ban nhân dân xã Nhất Hoà; Sở Văn hoá; thuỷ lợi\n' },
    { name: 'closed syllables agree in both styles', text: 'Hòa Bình, hoàng, khuyến nông, ngoài giờ, thuyền\n' },
    { name: '"qu" is a consonant: quý, quỳ have one placement', text: 'Quý III, hoà giải, tuỳ theo, quỳ\n' },
    { name: 'two words run together and a doubled consonant are not syllables to judge', text: 'tỉnh ThanhHóa; sức khhỏe; Sở Văn hoá\n' },
    { name: 'no open syllables at all', text: '## THÔNG BÁO\n\nKết luận **Hội nghị** giao ban\r\n' },
  ],
  invalid: [
    {
      name: 'the brief’s example: one minority occurrence',
      text: 'Xã Nhất Hòa, thôn Hòa Bình, Văn hóa, thủy lợi và xã Nhất Hoà\n',
      errors: [{ message: '"Hoà" đặt dấu kiểu mới', messageEn: 'traditional', covers: 'Hoà', line: 0, severity: 'hint' }],
      output: 'Xã Nhất Hòa, thôn Hòa Bình, Văn hóa, thủy lợi và xã Nhất Hòa\n',
    },
    {
      name: 'majority new style: the old ones are reported, case kept',
      text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nUỷ ban nhân dân; hoà giải; khoẻ mạnh; thuỷ lợi\nỦY BAN\n',
      errors: [{ covers: 'HÒA', message: 'HOÀ' }, { covers: 'ỦY', message: 'UỶ' }],
      output: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nUỷ ban nhân dân; hoà giải; khoẻ mạnh; thuỷ lợi\nUỶ BAN\n',
    },
    {
      name: 'a tie goes to the traditional style, CRLF',
      text: 'thủy lợi\r\nthuỷ sản\r\n',
      errors: [{ covers: 'thuỷ', line: 1 }],
      output: 'thủy lợi\r\nthủy sản\r\n',
    },
    {
      name: 'the onset đ (đóa/đoá)',
      text: 'Xã Nhất Hòa tặng một đoá hoa\n',
      errors: [{ covers: 'đoá', message: '"đóa"' }],
      output: 'Xã Nhất Hòa tặng một đóa hoa\n',
    },
    {
      name: 'a word right after a curly quote',
      text: 'Xã Nhất Hòa; “hoà giải”\n',
      errors: [{ covers: 'hoà' }],
      output: 'Xã Nhất Hòa; “hòa giải”\n',
    },
    {
      name: 'oe and words with no onset',
      text: '**Ủy ban** chúc sức khỏe; ủy quyền; tòa án; giữ gìn sức khoẻ\n',
      errors: [{ covers: 'khoẻ', message: '"khỏe"' }],
      output: '**Ủy ban** chúc sức khỏe; ủy quyền; tòa án; giữ gìn sức khỏe\n',
    },
  ],
});
