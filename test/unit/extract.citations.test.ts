import { strict as assert } from 'assert';
import { extractCitations } from '../../server/src/core/extract/citations';

function one(t: string) {
  const all = extractCitations(t);
  assert.equal(all.length, 1, JSON.stringify(all.map((c) => c.number.text)));
  const c = all[0];
  return {
    text: t.slice(c.span.start, c.span.end),
    family: c.family,
    word: c.typeWord?.text,
    wordCode: c.typeWordCode,
    number: c.normalized,
    year: c.year?.text,
    type: c.typeCode?.text,
    issuerCode: c.issuerCode?.text,
    units: c.unitCodes.map((u) => u.text),
    date: c.date?.window?.from,
    issuer: c.issuer?.text,
    problems: c.problems,
  };
}

describe('extract/citations', () => {
  it('administrative, with date and issuer', () => {
    assert.deepEqual(one('theo Kế hoạch số 21/KH-UBND ngày 15/02/2022 của UBND tỉnh, huyện'), {
      text: 'Kế hoạch số 21/KH-UBND ngày 15/02/2022 của UBND tỉnh',
      family: 'administrative', word: 'Kế hoạch', wordCode: 'KH', number: '21/KH-UBND', year: undefined, type: 'KH', issuerCode: 'UBND', units: [], date: '2022-02-15', issuer: 'UBND tỉnh', problems: [],
    });
  });
  it('the date of a citation: on its line or a wrapped next line, never across a paragraph or a new sentence', () => {
    assert.equal(one('Nghị định số 170/2025/NĐ-CP\nngày 30/6/2025 của Chính phủ').date, '2025-06-30', 'wrapped onto the next line');
    assert.equal(one('về triển khai Nghị định số 170/2025/NĐ-CP\n\nngày 11/8/2025, họp').date, undefined, 'after a blank line');
    assert.equal(one('về triển khai Nghị định số 170/2025/NĐ-CP\r\n\r\nNgày 11/8/2025, họp').date, undefined, 'after a blank line, CRLF');
    assert.equal(one('về triển khai Nghị định số 170/2025/NĐ-CP\nNgày 11/8/2025, tại trụ sở').date, undefined, 'a capital "Ngày" opens the next line');
  });
  it('công văn', () => {
    const c = one('Công văn số 812/UBND-KT ngày 03/6/2022 của UBND tỉnh về');
    assert.deepEqual([c.family, c.issuerCode, c.units, c.wordCode], ['congvan', 'UBND', ['KT'], '']);
  });
  it('legal, Quốc hội', () => {
    const c = one('Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội về');
    assert.deepEqual([c.family, c.year, c.issuerCode, c.issuer], ['legal-qh', '2021', 'QH15', 'Quốc hội']);
  });
  it('legal, others', () => {
    for (const [t, type, issuer] of [['Nghị định số 45/2020/NĐ-CP', 'NĐ', 'CP'], ['Nghị quyết số 12/2021/NQ-HĐND', 'NQ', 'HĐND'], ['Quyết định số 18/2023/QĐ-UBND', 'QĐ', 'UBND']]) {
      const c = one(t);
      assert.deepEqual([c.family, c.type, c.issuerCode], ['legal', type, issuer], t);
    }
  });
  it('Party', () => {
    const c = one('tại Quyết định số 2087-QĐ/TU ngày 11/01/2023.');
    assert.deepEqual([c.family, c.type, c.issuerCode, c.date], ['party', 'QĐ', 'TU', '2023-01-11']);
    assert.equal(one('Hướng dẫn số 36-HD/VPTW').family, 'party');
  });
  it('a bare number, no type word', () => {
    const c = one('theo số 18/KH-UBND ngày 22/01/2021');
    assert.deepEqual([c.word, c.family, c.type], [undefined, 'administrative', 'KH']);
  });
  it('issuers: Sở, HĐND, Ủy ban nhân dân', () => {
    assert.equal(one('Kế hoạch số 31/KH-SNV ngày 07/3/2022 của Sở Nội vụ về việc').issuer, 'Sở Nội vụ');
    assert.equal(one('Kế hoạch số 20/KH-STNMT ngày 07/02/2022 của Sở Tài nguyên và Môi trường về triển khai').issuer, 'Sở Tài nguyên và Môi trường');
    assert.equal(one('Quyết định số 404/QĐ-UBND ngày 23/02/2022 của Ủy ban nhân dân tỉnh về việc').issuer, 'Ủy ban nhân dân tỉnh');
    assert.equal(one('Nghị quyết số 09/NQ-HĐND ngày 02/4/2022 của HĐND tỉnh lựa chọn').issuer, 'HĐND tỉnh');
  });
  it('spans of parts', () => {
    const t = 'Nghị quyết số 25/2021/QH15 ngày 28/7/2021';
    const c = extractCitations(t)[0];
    assert.deepEqual([c.serial, c.year, c.issuerCode].map((p) => t.slice(p!.span.start, p!.span.end)), ['25', '2021', 'QH15']);
  });
  it('problems', () => {
    assert.deepEqual(one('Kế hoạch số 15 /KH-UBND').problems, ['spaces']);
    assert.deepEqual(one('Kế hoạch số 15/KH–UBND').problems, ['dash']);
    assert.deepEqual(one('Nghị định số 30/20/NĐ-CP').problems, ['year-digits']);
    assert.deepEqual(one('Kế hoạch số 15/KH-ubnd').problems, ['lowercase']);
    assert.deepEqual(one('Quy định số 04/QyĐ-UBND').problems, []);
  });
  it('no type word: at the start of the text, after a word that ends no type word, or a type word glued to the word before', () => {
    assert.deepEqual([one('số 15/KH-UBND ngày 05/3/2024 về').text, one('số 15/KH-UBND').word], ['số 15/KH-UBND ngày 05/3/2024', undefined]);
    assert.deepEqual([one('và số 15/KH-UBND').text, one('và số 15/KH-UBND').word], ['số 15/KH-UBND', undefined]);
    assert.deepEqual([one('Kếhoạch số 15/KH-UBND').text, one('Kếhoạch số 15/KH-UBND').word], ['số 15/KH-UBND', undefined]);
  });
  it('letters in the serial ("12a/KH-UBND") are reported; a second one classified alike', () => {
    const t = 'Kế hoạch số 12a/KH-UBND và Kế hoạch số 12a/KH-UBND';
    const all = extractCitations(t);
    assert.deepEqual(all.map((c) => [c.serial?.text, c.family, c.typeCode?.text, c.problems]), [
      ['12a', 'administrative', 'KH', ['letters-in-number']],
      ['12a', 'administrative', 'KH', ['letters-in-number']],
    ]);
    assert.deepEqual(all.map((c) => t.slice(c.serial!.span.start, c.serial!.span.end)), ['12a', '12a']);
  });
  it('unit codes after the issuer, in the legal and the Party shapes', () => {
    const legal = one('Quyết định số 05/2024/QĐ-UBND-VP ngày 05/3/2024');
    assert.deepEqual([legal.family, legal.type, legal.issuerCode, legal.units, legal.problems], ['legal', 'QĐ', 'UBND', ['VP'], []]);
    const party = one('Công văn số 123-CV/TU-VP ngày 05/3/2024');
    assert.deepEqual([party.family, party.type, party.issuerCode, party.units, party.problems], ['party', 'CV', 'TU', ['VP'], []]);
  });
  it('a "/" where a "-" belongs is a missing part', () => {
    assert.deepEqual(one('Nghị định số 30/2020/NĐ/CP').problems, ['missing-part']);
    const c = one('Kế hoạch số 15/KH-UBND/VP');
    assert.deepEqual([c.family, c.type, c.issuerCode, c.units, c.problems], ['administrative', 'KH', 'UBND', ['VP'], ['missing-part']]);
  });
  it('a code letter with no capital form ("ĸ") is not reported as lower case: no capital could replace it', () => {
    assert.deepEqual(one('Kế hoạch số 15/KH-UBNĸ').problems, []);
  });
  it('"ngày" without a date and "của" without an issuer end the citation at its number', () => {
    assert.deepEqual([one('Kế hoạch số 15/KH-UBND ngày hôm qua').text, one('Kế hoạch số 15/KH-UBND ngày hôm qua').date], ['Kế hoạch số 15/KH-UBND', undefined]);
    assert.deepEqual([one('theo Kế hoạch số 15/KH-UBND của.').text, one('theo Kế hoạch số 15/KH-UBND của.').issuer], ['Kế hoạch số 15/KH-UBND', undefined]);
  });
  it('not citations: counts and numbered items', () => {
    assert.deepEqual(extractCitations('bão số 3; tiêu chí số 8; Tiêu chí số 19 - Quốc phòng; tổng số 10/21 xã; chỉ tiêu 8.3'), []);
  });
  it('every citation of the seed notices (paraphrased)', () => {
    const t = [
      'theo Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh, huyện được giao',
      'tại Nghị quyết số 143/NQ-CP ngày 17/9/2024 và các văn bản',
      'thực hiện Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội về cơ chế',
      'ban hành Nghị quyết số 07/NQ-HĐND ngày 02/4/2024 lựa chọn huyện; Quyết định số 762/QĐ-UBND ngày 24/4/2024 của UBND tỉnh giao',
      'Quyết định số 303/QĐ-UBND ngày 23/02/2023 của Ủy ban nhân dân tỉnh về việc; Công văn số 537/UBND-KT ngày 08/5/2023 của UBND tỉnh về',
      'Kế hoạch số 20/KH-STNMT ngày 07/02/2023 của Sở Tài nguyên và Môi trường về; Kế hoạch số 58/KH-STNMT ngày 21/4/2023 của Sở Tài nguyên và Môi trường về',
      'Kế hoạch số 18/KH-UBND ngày 22/01/2020 sẽ hoàn thành; Kế hoạch số 87/KH-UBND ngày 10/4/2024 của UBND tỉnh phát động',
      'phê duyệt tại Quyết định số 1556-QĐ/TU ngày 09/01/2024. Nghị quyết số 55/NQ-HĐND ngày 10/12/2023 của HĐND tỉnh về; Nghị quyết số 31/NQ-HĐND ngày 24/6/2024 của HĐND tỉnh điều chỉnh',
      'Kế hoạch số 18/KH-UBND ngày 18/01/2023 của UBND tỉnh về; Quyết định số 374/QĐ-UBND ngày 09/3/2023 của UBND tỉnh về; văn bản số 139/BCĐ-NTM ngày 28/11/2023 Về việc',
    ].join('\n');
    const all = extractCitations(t);
    assert.deepEqual(
      all.map((c) => `${c.normalized} ${c.family} ${c.date?.window?.from}`),
      [
        '15/KH-UBND administrative 2024-01-18', '143/NQ-CP administrative 2024-09-17', '111/2024/QH15 legal-qh 2024-01-18',
        '07/NQ-HĐND administrative 2024-04-02', '762/QĐ-UBND administrative 2024-04-24', '303/QĐ-UBND administrative 2023-02-23',
        '537/UBND-KT congvan 2023-05-08', '20/KH-STNMT administrative 2023-02-07', '58/KH-STNMT administrative 2023-04-21',
        '18/KH-UBND administrative 2020-01-22', '87/KH-UBND administrative 2024-04-10', '1556-QĐ/TU party 2024-01-09',
        '55/NQ-HĐND administrative 2023-12-10', '31/NQ-HĐND administrative 2024-06-24', '18/KH-UBND administrative 2023-01-18',
        '374/QĐ-UBND administrative 2023-03-09', '139/BCĐ-NTM congvan 2023-11-28',
      ],
    );
    assert.ok(all.every((c) => c.problems.length === 0));
  });
});
