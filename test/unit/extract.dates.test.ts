import { strict as assert } from 'assert';
import { extractDates } from '../../server/src/core/extract/dates';

function dates(t: string) {
  return extractDates(t).map((e) => ({ text: t.slice(e.span.start, e.span.end), kind: e.kind, d: e.day, m: e.month, y: e.year, from: e.window?.from, to: e.window?.to }));
}

describe('extract/dates', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof dates>[number]>]> = [
    ['numeric', 'Ngày 12/10/2023, Đoàn đã kiểm tra', { text: 'Ngày 12/10/2023', kind: 'day', d: 12, m: 10, y: 2023, from: '2023-10-12', to: '2023-10-13' }],
    ['zero-padded', 'hạn 05/09/2022.', { text: '05/09/2022', d: 5, m: 9, y: 2022 }],
    ['words', 'Ngày 21 tháng 7 năm 2021, Hội nghị', { text: 'Ngày 21 tháng 7 năm 2021', d: 21, m: 7, y: 2021 }],
    ['Party dashes', 'Chỉ thị ban hành ngày 03-02-1998 đến nay', { text: 'ngày 03-02-1998', d: 3, m: 2, y: 1998 }],
    ['month/year', 'đến hết tháng 9/2021 đạt', { text: 'tháng 9/2021', kind: 'month', m: 9, y: 2021, from: '2021-09-01', to: '2021-10-01' }],
    ['month zero-padded', 'từ tháng 01/2021 đến nay', { kind: 'month', m: 1, y: 2021 }],
    ['quarter', 'hoàn thành trong Quý IV/2022.', { text: 'Quý IV/2022', kind: 'quarter', y: 2022, from: '2022-10-01', to: '2023-01-01' }],
    ['period', 'sơ kết 09 tháng đầu năm 2022', { text: '09 tháng đầu năm 2022', kind: 'period', y: 2022, from: '2022-01-01', to: '2022-10-01' }],
    ['period, last months', '03 tháng cuối năm 2022', { kind: 'period', from: '2022-10-01', to: '2023-01-01' }],
    ['quarter in digits', 'trong quý 3/2024 tới', { text: 'quý 3/2024', kind: 'quarter', y: 2024, from: '2024-07-01', to: '2024-10-01' }],
    ['period of twelve months', '12 tháng đầu năm 2024', { kind: 'period', from: '2024-01-01', to: '2025-01-01' }],
    ['"NGÀY" in capitals', 'NGÀY 05/3/2024, HỌP', { text: 'NGÀY 05/3/2024', d: 5, m: 3, y: 2024, from: '2024-03-05' }],
    ['year', 'kế hoạch năm 2022 đề ra', { text: 'năm 2022', kind: 'year', from: '2022-01-01' }],
    ['d/m with ngày, no year', 'họp ngày 15/8 tại', { text: 'ngày 15/8', d: 15, m: 8, y: undefined }],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const got = dates(text);
      assert.equal(got.length, 1, JSON.stringify(got));
      for (const [k, v] of Object.entries(want)) assert.equal((got[0] as Record<string, unknown>)[k], v, k);
    });
  }

  it('a day sharing month and year with the next date', () => {
    const t = 'mưa đá ngày 11 và 12/02/2021 (tức ngày 30 và Mồng 01 Tết)';
    const got = dates(t);
    assert.deepEqual(got.slice(0, 2).map((g) => [g.text, g.d, g.m, g.y]), [['11', 11, 2, 2021], ['12/02/2021', 12, 2, 2021]]);
    assert.equal(got[2].text, 'ngày 30');
  });

  it('weekday phrases', () => {
    const t = 'Họp thứ Tư, ngày 17/7/2024; trực Chủ nhật, 21/7/2024; Thứ 6 ngày 19/7/2024.';
    const got = extractDates(t).map((e) => [t.slice(e.span.start, e.span.end), e.weekday?.raw, e.weekday?.value]);
    assert.deepEqual(got, [['ngày 17/7/2024', 'thứ Tư', 3], ['21/7/2024', 'Chủ nhật', 0], ['ngày 19/7/2024', 'Thứ 6', 5]]);
  });

  it('not dates: counts, ratios, decimals, year ranges, section numbers', () => {
    const t = 'có 12/25 xã đạt; 15/19 tiêu chí; 3/3 tiêu chí; đạt 12,75 tiêu chí/xã; 230/410 thôn; nhiệm kỳ 2016-2020; giai đoạn 2021 - 2025; chỉ tiêu 17.1; từ 11,5-12 tiêu chí; 2-3 khu dân cư.';
    assert.deepEqual(dates(t), []);
  });

  it('parts have exact spans', () => {
    const t = 'Ngày 7/3/2022, họp';
    const e = extractDates(t)[0];
    assert.deepEqual([e.dayPart, e.monthPart, e.yearPart].map((p) => t.slice(p!.span.start, p!.span.end)), ['7', '3', '2022']);
  });

  it('invalid dates are found but flagged', () => {
    const got = extractDates('ngày 31/6/2022; 29/02/2021; 29/02/2024; ngày 32; tháng 13; lương tháng 13');
    assert.deepEqual(got.map((e) => e.valid), [false, false, true, false, false]);
  });

  it('a quarter beyond IV is flagged, with its part', () => {
    const t = 'hoàn thành trong quý 5/2024';
    const [e] = extractDates(t);
    assert.deepEqual([e.kind, e.valid, e.invalidPart, e.window], ['quarter', false, 'quarter', undefined]);
    assert.equal(t.slice(e.quarterPart!.span.start, e.quarterPart!.span.end), '5');
  });

  it('"ngày" with three digits is no day ("ngày 123")', () => {
    assert.deepEqual(dates('ngày 123 tháng 4').map((d) => d.text), ['tháng 4']);
  });

  it('a notice with more distinct dates than the window memo holds still gets every window right', () => {
    const want: string[] = [];
    const parts: string[] = [];
    for (let y = 1900; y < 1962; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 28; d++) {
          parts.push(`ngày ${d}/${m}/${y}`);
          want.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        }
      }
    }
    assert.ok(want.length > 20000);
    const got = extractDates(parts.join('; '));
    assert.deepEqual(got.map((e) => e.window?.from), want);
  });

  it('every date form of the seed notices (paraphrased)', () => {
    const t = [
      'Ngày 24/9/2024, đồng chí Phó Chủ tịch đã chủ trì kiểm tra.',
      'Ngày 14 tháng 8 năm 2020, UBND tỉnh đã tổ chức hội nghị; trong 8 tháng đầu năm 2020; ngày 24 và 25/01/2020 có mưa đá;',
      'từ tháng 02/2020 đến nay; chậm nhất đến ngày 31/8/2020; chậm nhất ngày 25/9/2020 báo cáo.',
      'kinh tế quý I/2024 có nhiều khởi sắc; Ngày 23/4/2024, đồng chí Chủ tịch đã kiểm tra.',
      'Ngày 11/7/2024, Hội nghị sơ kết 06 tháng đầu năm 2024, 06 tháng cuối năm 2024; đến hết tháng 6/2024; trong tháng 8 và tháng 9/2024; hoàn thành trong Quý III/2024; hoàn thành trước ngày 15/7/2024/.',
      'Ngày 28/11/2023, Sở đã chủ trì; tính đến ngày 28/11/2023; trước ngày 15/12/2023; trong tháng 6 và tháng 8.',
    ].join('\n');
    const got = extractDates(t);
    assert.ok(got.every((e) => e.valid), 'all valid');
    const full = got.filter((e) => e.kind === 'day' && e.year).map((e) => `${e.day}/${e.month}/${e.year}`);
    assert.deepEqual(full, ['24/9/2024', '14/8/2020', '24/1/2020', '25/1/2020', '31/8/2020', '25/9/2020', '23/4/2024', '11/7/2024', '15/7/2024', '28/11/2023', '28/11/2023', '15/12/2023']);
    assert.deepEqual(got.filter((e) => e.kind === 'quarter').map((e) => e.quarter), [1, 3]);
    assert.deepEqual(got.filter((e) => e.kind === 'period').map((e) => `${e.months}${e.end}${e.year ?? ''}`), ['8first2020', '6first2024', '6last2024']);
  });
});
