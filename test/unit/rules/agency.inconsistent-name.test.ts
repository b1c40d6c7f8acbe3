import { agencyInconsistentName } from '../../../server/src/core/rules/agency/inconsistent-name';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { ruleTester } from '../../helpers/ruleTester';

const options = { data: loadReferenceData() };
/** Reference data with the gazetteer but no agency registry (a program may pass either). */
const withoutRegistry = { data: { get gazetteer() { return options.data.gazetteer; } } };
const doc = (body: string) => `Số: 33/TB-UBND\nHà Giang, ngày 09 tháng 10 năm 2023\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n`;

ruleTester(agencyInconsistentName, {
  valid: [
    { name: 'punctuation variants of one name', options, text: doc('Sở Văn hóa, Thể thao và Du lịch chủ trì; Sở Văn hóa - Thể thao và Du lịch báo cáo; Sở Văn hoá Thể thao và Du lịch phối hợp.') },
    { name: 'a list short name next to the full name', options, text: doc('Dự họp có các Sở, ngành: Kế hoạch và Đầu tư, Tài chính.\n\nGiao Sở Kế hoạch và Đầu tư chủ trì.') },
    { name: 'abbreviation, locality and "Việt Nam" variants', options, text: doc('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Ủy ban MTTQ tỉnh và Ủy ban Mặt trận Tổ quốc tỉnh; Ban Dân tộc tỉnh và Ban Dân tộc; Kho bạc Nhà nước tỉnh, Kho bạc Nhà nước.') },
    { name: 'conventional short form dropping several words', options, text: doc('Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh; Văn phòng điều phối nông thôn mới tỉnh.') },
    { name: '"và" where the other form has a dash', options, text: doc('Giao Đài Phát thanh - Truyền hình tỉnh đưa tin; Đài Phát thanh và Truyền hình tỉnh phát sóng.') },
    { name: 'words added at the end of the registry name (Ban Bí thư Trung ương Đảng)', options, text: doc('Thực hiện Kết luận của Ban Bí thư Trung ương Đảng; Ban Bí thư yêu cầu các tỉnh báo cáo.') },
    { name: 'reference data without the agency registry: the rule does not run', options: withoutRegistry, text: doc('Dự họp có Ban Quản lý dự án đầu tư xây dựng tỉnh.\n\nGiao Ban Quản lý đầu tư xây dựng tỉnh đẩy nhanh tiến độ.') },
    { name: 'case and tone placement, CRLF', options, text: doc('**Ban Quản lý dự án đầu tư xây dựng tỉnh** và BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH.').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'a word dropped inside the name (seed 001 shape)',
      options,
      text: doc('Dự họp có Ban Quản lý dự án đầu tư xây dựng tỉnh.\n\nGiao Ban Quản lý đầu tư xây dựng tỉnh đẩy nhanh tiến độ.'),
      errors: [{ covers: 'Ban Quản lý đầu tư xây dựng', message: 'viết hai cách', messageEn: 'two ways', severity: 'info' }],
      output: doc('Dự họp có Ban Quản lý dự án đầu tư xây dựng tỉnh.\n\nGiao Ban Quản lý dự án đầu tư xây dựng tỉnh đẩy nhanh tiến độ.'),
    },
    {
      name: 'the registry form wins even when it comes second',
      options,
      text: doc('Giao Ban Quản lý đầu tư xây dựng tỉnh thi công; Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo.'),
      errors: [{ covers: 'Ban Quản lý đầu tư xây dựng', message: 'Ban Quản lý dự án đầu tư xây dựng tỉnh' }],
      output: doc('Giao Ban Quản lý dự án đầu tư xây dựng tỉnh thi công; Ban Quản lý dự án đầu tư xây dựng tỉnh báo cáo.'),
    },
    {
      name: 'a word added inside the registry name',
      options,
      text: doc('Giao Ban Quản lý Khu kinh tế tỉnh chủ trì; Ban Quản lý các Khu kinh tế tỉnh báo cáo kết quả.'),
      errors: [{ covers: 'Ban Quản lý các Khu kinh tế', message: '"Ban Quản lý các Khu kinh tế" và "Ban Quản lý Khu kinh tế" (dòng 8); tên trong danh mục: "Ban Quản lý Khu kinh tế"' }],
      output: doc('Giao Ban Quản lý Khu kinh tế tỉnh chủ trì; Ban Quản lý Khu kinh tế tỉnh báo cáo kết quả.'),
    },
  ],
});
