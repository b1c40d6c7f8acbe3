import { agencyUnknownAbbreviation } from '../../../server/src/core/rules/agency/unknown-abbreviation';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { ruleTester } from '../../helpers/ruleTester';

const options = { data: loadReferenceData() };
/** Reference data with the gazetteer but no agency registry (a program may pass either). */
const withoutRegistry = { data: { get gazetteer() { return options.data.gazetteer; } } };
const doc = (body: string, recipients = '- Như trên;') => `Số: 15/TB-UBND\nBắc Kạn, ngày 02 tháng 5 năm 2022\n\nTHÔNG BÁO\n\nKết luận cuộc họp\n\n${body}\n\nNơi nhận:\n${recipients}\n- Lưu: VT, KT(LVB).\n`;

ruleTester(agencyUnknownAbbreviation, {
  valid: [
    {
      name: 'known and conventional abbreviations, codes, numerals',
      options,
      text: doc('I. KẾT QUẢ\n\nUBND, HĐND, MTTQ huyện; KT-XH; NTM; các Chương trình MTQG; CTMTQG; BCĐ; Đài PT-TH; Trung tâm TH-CB; Trường PTDT bán trú TH, THCS; Công ty CP tư vấn XD và TM Hoàng Long; đường ĐH.05; dịch COVID-19; Kế hoạch số 15/KH-UBND; GD&ĐT.',
        '- HU, ĐU, HĐND, UBND huyện;\n- C, PVP UBND tỉnh, Phòng TH, các phòng CM, CV, PCVP, XD;\n- Sở KH&ĐT (B/c);'),
    },
    { name: 'a defined abbreviation is known', options, text: doc('Mặt trận Tổ quốc Quảng Tây (MTQT) tham dự; MTQT đề nghị.') },
    { name: 'reference data without the agency registry: the rule does not run', options: withoutRegistry, text: doc('Nội dung.', '- HU, HĐND, UBND, MTQT huyện Chợ Đồn;') },
    { name: 'Lưu is never checked', options, text: doc('Nội dung.', '- Lưu: VT, MTQT(PVD).') },
    { name: 'Markdown, CRLF', options, text: doc('**UBND tỉnh** yêu cầu.').replace(/\n/g, '\r\n') },
  ],
  invalid: [
    {
      name: 'misspelt MTTQ in Nơi nhận, twice (seed 002 shape)',
      options,
      text: doc('Nội dung.', '- HU, HĐND, UBND, MTQT huyện Chợ Đồn;\n- ĐU, HĐND, UBND, MTQT xã Bằng Lãng;'),
      errors: [
        { covers: 'MTQT', message: 'có phải là "MTTQ"', messageEn: 'did you mean', severity: 'warning' },
        { covers: 'MTQT', message: 'MTTQ' },
      ],
      output: doc('Nội dung.', '- HU, HĐND, UBND, MTTQ huyện Chợ Đồn;\n- ĐU, HĐND, UBND, MTTQ xã Bằng Lãng;'),
    },
    {
      name: 'two letters swapped in an agency abbreviation in the body',
      options,
      text: doc('Phối hợp với NHCSHX tỉnh giải ngân.'),
      errors: [{ covers: 'NHCSHX', message: 'NHCSXH' }],
      output: doc('Phối hợp với NHCSXH tỉnh giải ngân.'),
    },
  ],
});
