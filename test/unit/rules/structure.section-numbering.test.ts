import { sectionNumbering } from '../../../server/src/core/rules/structure/section-numbering';
import { ruleTester } from '../../helpers/ruleTester';

const doc = (title: string, body: string): string => `${title}\nKết luận của Chủ tịch\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n`;
ruleTester(sectionNumbering, {
  valid: [
    { name: 'khoản, sub-parts, điểm with đ', text: doc('THÔNG BÁO', '1. A\n\n2. B\n\n2.1. C\n\n2.2. D\n\na) x\n\nb) x\n\nc) x\n\nd) x\n\nđ) x\n\ne) x\n\ng) x\n\n3. E') },
    { name: 'Roman parts restart khoản; lists restart at 1', text: doc('THÔNG BÁO', 'I. A\n\n1. a\n\n2. b\n\nII. B\n\n1. c\n\n(1) x\n\n(2) y\n\n2. d\n\n(1) z') },
    { name: 'headings below the title level, mixed among siblings; "-" and "+"', text: doc('## THÔNG BÁO', '### 1. A\n\n#### 1.1. a\n\n1.2. b\n\n- x\n\n+ y\n\n### **2. B**') },
    { name: '"1)" items inside "1." parts, CRLF', text: doc('THÔNG BÁO', '1. A\r\n1) x\r\n2) y\r\n2. B\r\n1) z').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'skip, repeat, backwards',
      text: doc('THÔNG BÁO', '1. A\n\n2. B\n\n4. C\n\n4. D\n\n3. E'),
      errors: [
        { message: 'Đánh số bị nhảy: sau "2." là "4.", thiếu "3."', covers: '4.', severity: 'warning' },
        { message: 'Số mục bị lặp', covers: '4.' },
        { message: 'Số mục đi lùi', covers: '3.' },
      ],
    },
    {
      name: 'sub-part under the wrong part, and a gap',
      text: doc('THÔNG BÁO', '1. A\n\n2. B\n\n3.1. C\n\n3.3. D'),
      errors: [
        { message: 'không thuộc mục đang mở "2."', covers: '3.1.' },
        { message: 'mục tiếp theo phải là "3.2."', covers: '3.3.' },
      ],
    },
    {
      name: 'điểm letters: d then e, and f',
      text: doc('THÔNG BÁO', '1. A\n\na) x\n\nb) x\n\nc) x\n\nd) x\n\ne) x\n\n2. B\n\na) x\n\nb) x\n\nc) x\n\nd) x\n\nđ) x\n\ne) x\n\nf) x'),
      errors: [
        { message: 'sau "d)" phải là "đ)"', covers: 'e)' },
        { message: 'không có trong bảng chữ cái tiếng Việt; sau "e)" là "g)"', covers: 'f)' },
      ],
    },
    {
      name: 'a sub-part number repeated',
      text: doc('THÔNG BÁO', '1. A\n\n1.1. B\n\n1.1. C'),
      errors: [{ message: 'Số mục bị lặp: "1.1." đã có ở dòng 6', covers: '1.1.', line: 7 }],
    },
    {
      name: 'the first điểm with a letter outside the alphabet: no letter before it to go on from',
      text: doc('THÔNG BÁO', '1. A\n\nf) x'),
      errors: [{ message: /^Điểm "f\)" dùng chữ cái không có trong bảng chữ cái tiếng Việt \(/, covers: 'f)' }],
    },
    {
      name: 'a sub-part at the title\'s heading level',
      text: doc('## THÔNG BÁO', '2. B\n\n#### 2.1. a\n\n## 2.2. b\n\n2.3. c'),
      errors: [{ message: 'Mục "2.2." được định dạng ngang cấp với tên loại văn bản', covers: '## 2.2.' }],
    },
    {
      name: 'above the title',
      text: doc('### THÔNG BÁO', '# 1. A'),
      errors: [{ message: 'cao hơn tên loại văn bản', covers: '# 1.' }],
    },
    {
      name: 'title not a heading: sub-part heading outranks its parent\'s',
      text: doc('THÔNG BÁO', '### 1. A\n\n## 1.1. b'),
      errors: [{ message: 'được định dạng cao hơn mục cha "1."', covers: '## 1.1.' }],
    },
  ],
});
