import { agencyUnknown } from '../../../server/src/core/rules/agency/unknown';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { ruleTester } from '../../helpers/ruleTester';

const options = { data: loadReferenceData() };
/** Reference data with the gazetteer but no agency registry (a program may pass either). */
const withoutRegistry = { data: { get gazetteer() { return options.data.gazetteer; } } };
const doc = (body: string, date = 'Cao Bằng, ngày 12 tháng 3 năm 2024') => `Số: 21/TB-UBND\n${date}\n\nTHÔNG BÁO\n\nKết luận của Phó Chủ tịch UBND tỉnh\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TH(NVA).\n`;

ruleTester(agencyUnknown, {
  valid: [
    { name: 'known names with localities', options, text: doc('Giao Sở Tài chính tỉnh Cao Bằng chủ trì, phối hợp Ủy ban nhân dân huyện Hòa An và Ban Dân tộc tỉnh.') },
    { name: 'real or generic bodies the registry does not list', options, text: doc('Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Hà Quảng, Trung tâm Thông tin, Văn phòng Đăng ký Đất đai, Ban Tuyên giáo Tỉnh ủy, Trung tâm Kiểm soát bệnh tật tỉnh, Đoàn kiểm tra, Hội nghị trực tuyến, Công ty cổ phần Xây lắp Hòa An, Trung tâm Y tế huyện, Thường trực Huyện ủy, Văn phòng HĐND tỉnh.') },
    { name: 'list of short names, Markdown bold, CRLF', options, text: doc('**Dự họp** có Lãnh đạo các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, Văn hóa, Thể thao và Du lịch, Y tế.').replace(/\n/g, '\r\n') },
    { name: 'Party bodies are not misspelt ministries (Bộ Chính trị ≠ Bộ Tài chính)', options, text: doc('Theo Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị và Quy định của Ban Bí thư.') },
    { name: 'Bộ tiêu chí is not a ministry', options, text: doc('Theo Bộ tiêu chí quốc gia về xã nông thôn mới; Phòng chống thiên tai.') },
    { name: 'no reference data: the rule does not run', text: doc('Chủ tịch Ủy nhân dân tỉnh yêu cầu.') },
    { name: 'reference data without the agency registry: the rule does not run', options: withoutRegistry, text: doc('Chủ tịch Ủy nhân dân tỉnh yêu cầu.') },
  ],
  invalid: [
    {
      name: 'a dropped word (seed 002 shape)',
      options,
      text: doc('Chủ tịch Ủy nhân dân tỉnh yêu cầu các xã hoàn thành.'),
      errors: [{ covers: 'Ủy nhân dân', message: 'có phải là "Ủy ban nhân dân tỉnh"', messageEn: 'did you mean', severity: 'warning' }],
      output: doc('Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các xã hoàn thành.'),
    },
    {
      name: 'missing diacritics',
      options,
      text: doc('Giao Sở Tài nguyen và Môi trường kiểm tra.'),
      errors: [{ covers: 'Sở Tài nguyen và Môi trường', message: 'Sở Tài nguyên và Môi trường' }],
      output: doc('Giao Sở Tài nguyên và Môi trường kiểm tra.'),
    },
    {
      name: 'a mistyped short name in a list',
      options,
      text: doc('Dự họp có Lãnh đạo các Sở, ngành: Tài chính, Giáo dục và Đào tao, Y tế.'),
      errors: [{ covers: 'Giáo dục và Đào tao', message: 'Giáo dục và Đào tạo' }],
      output: doc('Dự họp có Lãnh đạo các Sở, ngành: Tài chính, Giáo dục và Đào tạo, Y tế.'),
    },
  ],
});
