/** Completion with cursor markers (`|`), after vscode-css-languageservice's tests. */
import { strict as assert } from 'assert';
import { lint } from '../../../server/src/core/lint';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { completions } from '../../../server/src/features/completion';
import { placeDateLine } from '../../../server/src/features/drafting';

const data = loadReferenceData();

function complete(marked: string, today = new Date(2026, 10, 24)): string[] {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const r = lint(text, { today, data, rules: [] });
  return completions({ model: r.model, offset, docDate: r.docDate, data, today }).map((c) => c.label);
}

const header = (year: number, month = 5) =>
  `ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 10/TB-UBND\nLạng Sơn, ngày 12 tháng ${month} năm ${year}\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n`;

describe('completion', () => {
  it('offers the departments valid on the document date', () => {
    const in2026 = complete(header(2026) + 'Giao Sở Nô|');
    assert.ok(in2026.includes('Sở Nông nghiệp và Môi trường'), in2026.join(', '));
    assert.ok(!in2026.includes('Sở Nông nghiệp và Phát triển nông thôn'));
    const in2024 = complete(header(2024) + 'Giao Sở Nô|');
    assert.ok(in2024.includes('Sở Nông nghiệp và Phát triển nông thôn'), in2024.join(', '));
    assert.ok(!in2024.includes('Sở Nông nghiệp và Môi trường'));
  });

  it('offers the communes of the district named on the line, before 2025-07-01', () => {
    const items = complete(header(2024) + 'Kiểm tra tại huyện Bắc Sơn, xã |');
    assert.equal(items[0] !== undefined, true);
    for (const n of ['Long Đống', 'Vạn Thủy', 'Đồng Ý', 'Nhất Hòa']) assert.ok(items.includes(n), `${n} in ${items.join(', ')}`);
    assert.ok(!items.includes('Bắc Sơn'), 'thị trấn Bắc Sơn is not a xã');
    assert.ok(complete(header(2024) + 'huyện Bắc Sơn, xã Vũ|').every((n) => n.startsWith('Vũ')));
  });

  it('offers the new communes of the province after the reform, and no district', () => {
    const communes = complete(header(2026) + 'Kiểm tra tại xã |');
    for (const n of ['Bắc Sơn', 'Hưng Vũ', 'Thất Khê', 'Đồng Đăng']) assert.ok(communes.includes(n), `${n} missing`);
    assert.ok(!communes.includes('Long Đống'), 'a commune merged in 2025');
    assert.deepEqual(complete(header(2026) + 'Kiểm tra tại huyện |'), []);
  });

  it('offers type codes after "Số:" with the notice type first', () => {
    const items = complete('ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 07/|\n\nTHÔNG BÁO\n');
    assert.equal(items[0], 'TB-UBND');
    assert.ok(items.includes('KH-UBND'));
  });

  it('offers the code of a cited document type', () => {
    assert.deepEqual(complete(header(2024) + 'Thực hiện Quyết định số 12/|'), ['QĐ-']);
    assert.deepEqual(complete(header(2024) + 'Theo Kế hoạch số 3/|'), ['KH-']);
  });

  it('offers recipient lines inside Nơi nhận, the archive line last', () => {
    const items = complete(header(2024) + '1. Nội dung./.\n\nNơi nhận:\n- Thường trực Tỉnh ủy;\n- |\n');
    assert.ok(items.includes('- Thường trực HĐND tỉnh;'));
    assert.equal(items[items.length - 1], '- Lưu: VT.');
  });

  it('offers authority chains fitting the issuer after the body', () => {
    const ubnd = complete(header(2024) + '1. Nội dung./.\n\n|');
    assert.ok(ubnd.includes('TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG'), ubnd.join(' | '));
    const so = complete('UBND TỈNH LẠNG SƠN\nSỞ TƯ PHÁP\n\nSố: 10/TB-STP\nLạng Sơn, ngày 12 tháng 5 năm 2024\n\nTHÔNG BÁO\nVề việc\n\n1. Nội dung./.\n\n|');
    assert.ok(so.includes('KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'), so.join(' | '));
  });

  it('generates the place/date line for today with the leading-zero rule', () => {
    assert.equal(placeDateLine('Lạng Sơn', new Date(2026, 0, 5)), 'Lạng Sơn, ngày 05 tháng 01 năm 2026');
    assert.equal(placeDateLine('Lạng Sơn', new Date(2026, 2, 9)), 'Lạng Sơn, ngày 09 tháng 3 năm 2026');
    assert.equal(placeDateLine('Hà Nội', new Date(2025, 10, 24)), 'Hà Nội, ngày 24 tháng 11 năm 2025');
    const items = complete('ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 10/TB-UBND\n|\n\nTHÔNG BÁO\n', new Date(2026, 1, 3));
    assert.deepEqual(items, ['Lạng Sơn, ngày 03 tháng 02 năm 2026']);
  });
});
