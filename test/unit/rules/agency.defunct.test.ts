import { agencyDefunct } from '../../../server/src/core/rules/agency/defunct';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { ruleTester } from '../../helpers/ruleTester';

const options = { data: loadReferenceData() };
/** Reference data with the gazetteer but no agency registry (a program may pass either). */
const withoutRegistry = { data: { get gazetteer() { return options.data.gazetteer; } } };
const doc = (body: string, date = 'Thái Nguyên, ngày 14 tháng 01 năm 2026') => `Số: 07/TB-UBND\n${date}\n\nTHÔNG BÁO\n\nKết quả làm việc\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n`;

ruleTester(agencyDefunct, {
  valid: [
    { name: '2024 notice naming pre-2025 departments', options, text: doc('Giao Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường chủ trì.', 'Thái Nguyên, ngày 05 tháng 6 năm 2024') },
    { name: 'partial date overlapping the merger', options, text: doc('Giao Sở Kế hoạch và Đầu tư chủ trì.', 'Thái Nguyên, ngày    tháng    năm 2025') },
    { name: 'issuer of a cited older document is history', options, text: doc('Thực hiện Kế hoạch số 20/KH-STNMT ngày 07/02/2023 của Sở Tài nguyên và Môi trường; Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Đại Từ.') },
    { name: 'marked as former', options, text: doc('Hồ sơ do Sở Kế hoạch và Đầu tư (cũ) lưu trữ được chuyển giao.') },
    {
      name: 'a body of Hà Nội named with its city in another province\'s notice',
      options,
      text: 'UBND TỈNH THÁI NGUYÊN\nSỞ XÂY DỰNG\nSố: 03/TB-SXD\nThái Nguyên, ngày 05 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nKết quả họp\n\nĐề nghị Sở Quy hoạch - Kiến trúc thành phố Hà Nội chia sẻ kinh nghiệm.\n',
    },
    { name: 'U entries are never defunct; current bodies', options, text: doc('Giao Sở Tài chính, Sở Nông nghiệp và Môi trường, Cục Thống kê tỉnh, Ban Quản lý dự án đầu tư xây dựng tỉnh thực hiện.') },
    { name: 'Sở Quy hoạch - Kiến trúc in Hà Nội', options, text: 'UBND THÀNH PHỐ HÀ NỘI\nSỞ QUY HOẠCH - KIẾN TRÚC\nSố: 03/TB-QHKT\nHà Nội, ngày 05 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nKết quả họp\n\nSở Quy hoạch - Kiến trúc thông báo.\n' },
    { name: 'Markdown and CRLF, current list', options, text: doc('**Dự họp** có các Sở, ngành: Tài chính, Xây dựng, Nội vụ.').replace(/\n/g, '\r\n') },
    { name: 'reference data without the agency registry: the rule does not run', options: withoutRegistry, text: doc('Giao Sở Kế hoạch và Đầu tư chủ trì.') },
    { name: 'a body of Hà Nội only, as the issuer of a cited document, in another province', options,
      text: 'UBND TỈNH THÁI NGUYÊN\nSỞ XÂY DỰNG\nSố: 03/TB-SXD\nThái Nguyên, ngày 05 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nKết quả họp\n\nTham khảo Văn bản số 15/QHKT-KHTH ngày 03/4/2024 của Sở Quy hoạch - Kiến trúc về mẫu hồ sơ.\n' },
  ],
  invalid: [
    {
      name: 'merged department in a 2026 notice',
      options,
      text: doc('Giao Sở Kế hoạch và Đầu tư chủ trì.'),
      errors: [{ covers: 'Sở Kế hoạch và Đầu tư', message: '"Sở Tài chính"', messageEn: 'no longer existed', severity: 'warning' }],
      output: doc('Giao Sở Tài chính chủ trì.'),
    },
    {
      name: 'Sở Tài nguyên và Môi trường → Sở Nông nghiệp và Môi trường, locality kept',
      options,
      text: doc('Giao Sở Tài nguyên và Môi trường tỉnh Thái Nguyên kiểm tra.'),
      errors: [{ covers: 'Sở Tài nguyên và Môi trường', message: 'Sở Nông nghiệp và Môi trường' }],
      output: doc('Giao Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên kiểm tra.'),
    },
    {
      name: 'short names in a list',
      options,
      text: doc('Dự họp có Lãnh đạo các Sở, ngành: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải.'),
      errors: [
        { covers: 'Kế hoạch và Đầu tư', message: 'Sở Kế hoạch và Đầu tư' },
        { covers: 'Giao thông vận tải', message: 'Sở Xây dựng' },
      ],
      output: doc('Dự họp có Lãnh đạo các Sở, ngành: Tài chính, Tài chính, Xây dựng.'),
    },
    {
      name: 'a district body after 01/7/2025 has no successor to offer',
      options,
      text: doc('Giao UBND huyện Đại Từ rà soát.'),
      errors: [{ covers: 'UBND', message: 'chấm dứt từ 01/07/2025' }],
    },
    {
      name: 'a body that exists only in Hà Nội and TP.HCM, in another province',
      options,
      text: 'UBND TỈNH THÁI NGUYÊN\nSỞ XÂY DỰNG\nSố: 03/TB-SXD\nThái Nguyên, ngày 05 tháng 6 năm 2024\n\nTHÔNG BÁO\n\nKết quả họp\n\nĐề nghị Sở Quy hoạch - Kiến trúc tỉnh hướng dẫn.\n',
      errors: [{ covers: 'Sở Quy hoạch - Kiến trúc', message: 'chỉ có ở' }],
    },
    {
      name: 'not yet created in 2024',
      options,
      text: doc('Giao Sở Nông nghiệp và Môi trường kiểm tra.', 'Thái Nguyên, ngày 05 tháng 6 năm 2024'),
      errors: [{ covers: 'Sở Nông nghiệp và Môi trường', message: 'chưa tồn tại' }],
    },
    {
      name: 'day left blank in December: the month is named',
      options,
      text: doc('Giao Sở Nông nghiệp và Môi trường kiểm tra.', 'Thái Nguyên, ngày    tháng 12 năm 2024'),
      errors: [{ covers: 'Sở Nông nghiệp và Môi trường', message: 'chưa tồn tại vào tháng 12/2024', messageEn: 'did not exist yet on 12/2024' }],
    },
    {
      name: 'a heading in capitals: the replacement in capitals',
      options,
      text: doc('II. NHIỆM VỤ CỦA SỞ KẾ HOẠCH VÀ ĐẦU TƯ\n\nRà soát danh mục dự án.'),
      errors: [{ covers: 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', message: '"Sở Tài chính"' }],
      output: doc('II. NHIỆM VỤ CỦA SỞ TÀI CHÍNH\n\nRà soát danh mục dự án.'),
    },
  ],
});
