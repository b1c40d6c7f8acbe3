/**
 * The snippets (snippets/vn-notice.code-snippets): valid JSON, Vietnamese prefixes and
 * descriptions, and — expanded with realistic values — notices that the whole rule registry
 * accepts without an error or a warning.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/core/lint';
import { loadReferenceData } from '../../server/src/core/data/load';
import { TEST_TODAY } from '../helpers/ruleTester';
import { expandSnippet, type Values } from '../helpers/snippetExpander';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
  scope?: string;
}

const DATA = loadReferenceData();
const file = path.join(__dirname, '../../snippets/vn-notice.code-snippets');
const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(file, 'utf8'));
const byPrefix = new Map<string, Snippet>();
for (const s of Object.values(snippets)) for (const p of [s.prefix].flat()) byPrefix.set(p, s);

/** Fixed variables: 05/3/2024 (month 3 must lose its leading zero). */
const VARS = { CURRENT_DATE: '05', CURRENT_MONTH: '03', CURRENT_YEAR: '2024' };

function expand(prefix: string, values: Values = {}, vars: Record<string, string> = VARS): string {
  const s = byPrefix.get(prefix);
  assert.ok(s, `snippet ${prefix}`);
  return expandSnippet(s.body, values, vars);
}

/** Findings of severity error or warning, as readable strings. */
function serious(text: string): string[] {
  return lint(text, { today: TEST_TODAY, data: DATA })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId}: ${f.message.vi} [${text.slice(f.originalSpan.start, f.originalSpan.end)}]`);
}

const BODY = [
  'Ngày 28/02/2024, Chủ tịch UBND tỉnh đã chủ trì cuộc họp về tiến độ giải ngân vốn đầu tư công quý I năm 2024.',
  '',
  '1. Các sở, ngành khẩn trương hoàn thiện hồ sơ các dự án chuyển tiếp, báo cáo kết quả trước ngày 25/3/2024.',
  '',
  '2. Sở Tài chính tổng hợp, đề xuất điều chuyển vốn của các dự án chậm giải ngân./.',
].join('\n');

describe('snippets', () => {
  it('is a JSON object of snippets with Vietnamese descriptions and unique prefixes', () => {
    const seen = new Set<string>();
    assert.ok(Object.keys(snippets).length >= 10);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.body && s.description, name);
      assert.ok(/[ăâđêôơưàáảãạ]/i.test(s.description), `${name}: description in Vietnamese`);
      for (const p of [s.prefix].flat()) {
        assert.ok(/^[a-z0-9-]+$/.test(p), `prefix ${p}`);
        assert.ok(!seen.has(p), `duplicate prefix ${p}`);
        seen.add(p);
      }
    }
  });

  it('has the snippets the manual promises', () => {
    for (const p of ['thongbao', 'tb-daubao-ubnd', 'tb-daubao-so', 'tb-ngay', 'tb-noinhan', 'tb-ky-tm', 'tb-ky-kt', 'tb-ky-tl', 'tb-ky-tl-kt']) {
      assert.ok(byPrefix.has(p), p);
    }
  });

  it('every body expands (syntax the expander knows), and the month loses its leading zero', () => {
    for (const [name, s] of Object.entries(snippets)) assert.doesNotThrow(() => expandSnippet(s.body, {}, VARS), name);
    assert.equal(expand('tb-ngay', { 1: 'Hà Giang' }), 'Hà Giang, ngày 05 tháng 3 năm 2024');
    assert.equal(expand('tb-ngay', { 1: 'Hà Giang' }, { ...VARS, CURRENT_MONTH: '01' }), 'Hà Giang, ngày 05 tháng 01 năm 2024');
    assert.equal(expand('tb-ngay', { 1: 'Hà Giang' }, { ...VARS, CURRENT_MONTH: '11' }), 'Hà Giang, ngày 05 tháng 11 năm 2024');
  });

  it('(a) the full skeleton, filled in, has no error or warning', () => {
    const text = expand('thongbao', {
      3: 'HÀ GIANG',
      4: '15',
      6: 'Hà Giang',
      10: 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công quý I năm 2024',
      11: BODY.replace(/\.\/\.$/, ''),
      13: 'KTTH',
      16: 'Nguyễn Văn Sơn',
    });
    assert.ok(text.includes('Số: 15/TB-UBND'));
    assert.deepEqual(serious(text), []);
  });

  it('(a) the department skeleton, filled in, has no error or warning', () => {
    const text = expand('thongbao-so', {
      2: 'HÀ GIANG',
      3: 'TÀI CHÍNH',
      4: '08',
      5: 'STC',
      6: 'Hà Giang',
      10: 'Kết quả thẩm định quyết toán vốn đầu tư năm 2023',
      11: 'Sở Tài chính thông báo kết quả thẩm định quyết toán vốn đầu tư công năm 2023 để các chủ đầu tư biết, thực hiện',
      15: 'Trần Thị Mai',
    });
    assert.deepEqual(serious(text), []);
  });

  const SIGNATURES: Array<[string, string]> = [
    ['tb-ky-tm', 'Nguyễn Văn Sơn'],
    ['tb-ky-kt', 'Hoàng Minh Đức'],
    ['tb-ky-tl', 'Vũ Thị Thu Hà'],
    ['tb-ky-tl-kt', 'Lò Văn Pấu'],
  ];
  for (const [sig, name] of SIGNATURES) {
    it(`(b) header + number + place/date + title + body + Nơi nhận + ${sig}: no error or warning`, () => {
      const text = [
        expand('tb-daubao-ubnd', { 2: 'HÀ GIANG' }),
        expand('tb-so', { 1: '27' }),
        '',
        expand('tb-ngay', { 1: 'Hà Giang' }),
        '',
        expand('tb-tenloai', { 1: 'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công quý I năm 2024' }),
        BODY,
        '',
        expand('tb-noinhan', { 3: 'KTTH' }),
        '',
        expand(sig, { 1: name }),
        '',
      ].join('\n');
      assert.deepEqual(serious(text), []);
    });
  }

  for (const [hdr, sig] of [['tb-daubao-so', 'tb-ky-giamdoc'], ['tb-daubao-so', 'tb-ky-kt-giamdoc']] as const) {
    it(`(b) department header ${hdr} + ${sig}: no error or warning`, () => {
      const text = [
        expand(hdr, { 2: 'HÀ GIANG', 3: 'Y TẾ' }),
        expand('tb-so', { 1: '09', 2: 'SYT' }),
        '',
        expand('tb-ngay', { 1: 'Hà Giang' }),
        '',
        expand('tb-tenloai', { 1: 'Lịch tiêm chủng mở rộng tháng 3 năm 2024' }),
        'Sở Y tế thông báo lịch tiêm chủng mở rộng tại các trạm y tế xã trong tháng 3 năm 2024./.',
        '',
        expand('tb-noinhan', { 1: 'UBND tỉnh (để báo cáo)', 2: 'Trung tâm Kiểm soát bệnh tật tỉnh', 3: 'NVY' }),
        '',
        expand(sig, { 1: 'Đặng Văn Khánh' }),
        '',
      ].join('\n');
      assert.deepEqual(serious(text), []);
    });
  }

  // A whole notice assembled from the snippets, with its placeholders filled.
  const local = [
    {
      name: '(c) a district header before the 2025 reform',
      header: expand('tb-daubao-ubnd-huyen', { 2: 'BẮC SƠN' }), number: '15', place: 'Bắc Sơn', date: ['09', '05', '2024'],
      title: 'Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Long Đống',
      body: 'Ngày 06/5/2024, Chủ tịch UBND huyện đã làm việc với UBND xã Long Đống về tiến độ xây dựng nông thôn mới./.',
      recipients: ['Thường trực Huyện ủy', 'UBND xã Long Đống'], signature: expand('tb-ky-tl', { 1: 'Lộc Văn Tuấn' }),
    },
    {
      name: '(b) a commune header after the 2025 reform',
      header: expand('tb-daubao-ubnd-xa', { 2: 'LÝ BÔN' }), number: '04', place: 'Lý Bôn', date: ['12', '01', '2026'],
      title: 'Lịch tiếp công dân tháng 01 năm 2026',
      body: 'Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm hằng tuần tại trụ sở UBND xã./.',
      recipients: ['Thường trực Đảng ủy xã', 'Các thôn trên địa bàn xã'], signature: expand('tb-ky-tm', { 1: 'Hà Văn Thắng' }),
    },
  ];
  for (const n of local) {
    it(`${n.name}: no error or warning`, () => {
      const [CURRENT_DATE, CURRENT_MONTH, CURRENT_YEAR] = n.date;
      const text = [
        n.header,
        expand('tb-so', { 1: n.number }),
        '',
        expand('tb-ngay', { 1: n.place }, { CURRENT_DATE, CURRENT_MONTH, CURRENT_YEAR }),
        '',
        expand('tb-tenloai', { 1: n.title }),
        n.body,
        '',
        expand('tb-noinhan', { 1: n.recipients[0], 2: n.recipients[1], 3: 'VP' }),
        '',
        n.signature,
        '',
      ].join('\n');
      assert.deepEqual(serious(text), []);
    });
  }
});
