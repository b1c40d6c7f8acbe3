import { spacing } from '../../../server/src/core/rules/text/spacing';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(spacing, {
  valid: [
    { name: 'clean prose with decimals, times, ratios, dates', text: 'Đạt 13,43 tiêu chí/xã; 10/21 xã (47,6%); họp lúc 8:30 ngày 24/9/2024.\n' },
    { name: 'blank number and date for the records office', text: 'Số:      /TB-UBND\n\nLạng Sơn, ngày      tháng      năm 2024\n' },
    { name: 'blank day only', text: 'Hà Giang, ngày   tháng 8 năm 2024\n' },
    { name: 'Markdown hard breaks and indentation', text: '**TL. CHỦ TỊCH**  \n**KT. CHÁNH VĂN PHÒNG**  \n    thụt lề đầu dòng\n' },
    { name: 'table rows', text: '| STT  | Nội dung   |\n|---|---|\n| 1  | Giao thông |\n' },
    { name: 'ellipsis, end mark', text: 'cát, đá, sỏi ... làm đường; sỏi... và hết ./.\n' },
    { name: 'list markers followed by several spaces (pandoc)', text: '-   Lưu: VT, KT.\n1.  Nội dung\n##  Tiêu đề\n' },
    { name: 'a blank day after a label’s colon', text: 'Thời gian:   tháng   năm 2024\n' },
    { name: 'a citation with a blank number', text: 'theo Quyết định số    /QĐ-UBND ngày    /    /2024 của UBND tỉnh\n' },
    { name: 'code block', text: '```\na  b , c\n```\n' },
    { name: 'long gap used as layout', text: 'UBND TỈNH HÀ GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' },
  ],
  invalid: [
    {
      name: 'double space inside a sentence',
      text: 'Các sở,  ngành triển khai\n',
      errors: [{ message: '2 dấu cách', messageEn: 'consecutive spaces', covers: '  ', line: 0, severity: 'hint' }],
      output: 'Các sở, ngành triển khai\n',
    },
    {
      name: 'space before punctuation',
      text: 'Nơi nhận :\n- Các sở , ngành ;\n- Lưu: VT .\n',
      errors: [
        { covers: ' :', message: '"' + ':' + '"' },
        { covers: ' ,', message: '","' },
        { covers: ' ;' },
        { covers: ' .' },
      ],
      output: 'Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT.\n',
    },
    {
      name: 'CRLF, bold line, both kinds',
      text: '**Kết luận  của Chủ tịch** :\r\nhết\r\n',
      errors: [{ covers: '  ' }, { covers: ' :' }],
      output: '**Kết luận của Chủ tịch**:\r\nhết\r\n',
    },
    {
      name: 'a filled number line with a double space',
      text: 'Số: 05/TB-UBND\nHà Giang, ngày 05  tháng 3 năm 2024\n',
      errors: [{ covers: '  ', line: 1 }],
      output: 'Số: 05/TB-UBND\nHà Giang, ngày 05 tháng 3 năm 2024\n',
    },
  ],
});
