/**
 * Cases of the reference-data look-ups (agency registry, gazetteer) and of the agency rules that
 * no other test reached (issue 7): rarer wordings of a notice, and a registry a program extends
 * with its own bodies and abbreviations (`AgencyRegistry.extend`, the team registries of PRODUCT.md).
 */
import { strict as assert } from 'assert';
import { getAgencyRegistry } from '../../../server/src/core/data/agencies';
import { extractAgencies } from '../../../server/src/core/extract/agencies';
import { lint } from '../../../server/src/core/lint';
import { parseNotice } from '../../../server/src/core/parse/parser';
import { agencyDefunct } from '../../../server/src/core/rules/agency/defunct';
import { agencyUnknown } from '../../../server/src/core/rules/agency/unknown';
import { abbreviationUndefined } from '../../../server/src/core/rules/abbreviation/undefined';
import { unknownUnit } from '../../../server/src/core/rules/place/unknown-unit';
import { ruleTester, TEST_TODAY } from '../../helpers/ruleTester';
import { data, notice, withData } from '../../helpers/placeNotice';

const reg = getAgencyRegistry();
const doc = (body: string, date = 'ngày 12 tháng 3 năm 2026') =>
  `UBND TỈNH LẠNG SƠN\nSỞ Y TẾ\n\nSố: 21/TB-SYT\nLạng Sơn, ${date}\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở\n\n${body}\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n`;
const findings = (text: string, agencies = reg, ruleId = 'agency/') =>
  lint(text, { data: { agencies }, today: TEST_TODAY }).findings
    .filter((f) => f.ruleId.startsWith(ruleId))
    .map((f) => `${f.ruleId} ${text.slice(f.originalSpan.start, f.originalSpan.end)}`);

ruleTester(agencyDefunct, {
  valid: [
    { name: 'marked as former after the name: "cũ", "nay là", "trước đây"', options: withData,
      text: doc('Hồ sơ do Sở Kế hoạch và Đầu tư cũ lưu; Sở Lao động - Thương binh và Xã hội nay là Sở Nội vụ tiếp nhận; Sở Giao thông vận tải trước đây quản lý.') },
    { name: 'marked as former before the name: "nguyên", "trước đây"', options: withData,
      text: doc('Giao nguyên Sở Kế hoạch và Đầu tư bàn giao; hồ sơ do trước đây Sở Giao thông vận tải lưu.') },
  ],
  invalid: [
    {
      name: 'without a gazetteer, the province of a province-only body is the header\'s, as written',
      options: { data: { agencies: reg } },
      text: doc('Giao Sở Quy hoạch - Kiến trúc chủ trì.', 'ngày 12 tháng 3 năm 2024'),
      errors: [{ covers: 'Sở Quy hoạch - Kiến trúc', message: 'chỉ có ở Hà Nội, Hồ Chí Minh, không có ở LẠNG SƠN' }],
    },
  ],
});

ruleTester(agencyUnknown, {
  valid: [
    { name: 'a two-word short name with a word added and a slip is no near miss', options: withData,
      text: doc('Dự họp có các Sở, ngành: Tài chinh công, Y tế.') },
    { name: 'a run of capitals after a headword is not a misspelt name', options: withData,
      text: doc('Giao BAN ABC XYZ QWE nào thực hiện.') },
  ],
  invalid: [
    {
      name: 'the same short name with the slip alone is one', options: withData,
      text: doc('Dự họp có các Sở, ngành: Tài chinh, Y tế.'),
      errors: [{ covers: 'Tài chinh', message: 'có phải là "Tài chính"' }],
      output: doc('Dự họp có các Sở, ngành: Tài chính, Y tế.'),
    },
  ],
});

describe('lists of short names', () => {
  it('an item opening with a dash names no body and is not reported; the items after it are read', () => {
    for (const dash of ['-', '–']) {
      const text = doc(`Dự họp có các Sở, ngành: Tài chính, ${dash} Y tế, Nội vụ.`);
      const x = extractAgencies(parseNotice(text), reg);
      assert.deepEqual(x.mentions.filter((m) => m.inList).map((m) => m.text), ['Tài chính', 'Nội vụ']);
      assert.deepEqual(x.unknown.filter((u) => u.inList).map((u) => u.text), [`${dash} Y tế`]);
      assert.deepEqual(findings(text), []);
    }
  });
});

describe('a registry extended by a program (its own bodies and abbreviations)', () => {
  const entry = (id: string, name: string, validFrom: string | null, validTo: string | null, successors: string[] = []) =>
    ({ id, name, level: 'province' as const, kind: 'department', status: 'S' as const, validFrom, validTo, successors });

  it('agency/defunct suggests the body valid today, through a successor that ended too', () => {
    const ext = reg.extend({ agencies: [
      entry('so-mot', 'Sở Thử nghiệm Một', null, '2021-01-01', ['so-hai']),
      entry('so-hai', 'Sở Thử nghiệm Hai', '2021-01-01', '2023-01-01', ['so-ba']),
      entry('so-ba', 'Sở Thử nghiệm Ba', '2023-01-01', null),
    ] });
    const text = doc('Giao Sở Thử nghiệm Một chủ trì.');
    const [f] = lint(text, { data: { agencies: ext }, today: TEST_TODAY, rules: [agencyDefunct] }).findings;
    assert.match(f.message.vi, /chức năng chuyển sang "Sở Thử nghiệm Ba"/);
    assert.deepEqual(f.fixes[0].edits.map((e) => e.newText), ['Sở Thử nghiệm Ba']);
  });

  it('successor links that meet again or loop back name each body once', () => {
    const ext = reg.extend({ agencies: [
      entry('so-mot', 'Sở Thử nghiệm Một', null, '2021-01-01', ['so-hai', 'so-ba']),
      entry('so-hai', 'Sở Thử nghiệm Hai', null, '2022-01-01', ['so-bon', 'so-mot']),
      entry('so-ba', 'Sở Thử nghiệm Ba', null, '2022-01-01', ['so-bon']),
      entry('so-bon', 'Sở Thử nghiệm Bốn', '2022-01-01', null),
    ] });
    assert.deepEqual(ext.successorsAt(ext.byId('so-mot')!, { from: '2026-03-12', to: '2026-03-13' }).map((e) => e.id), ['so-bon']);
    const [f] = lint(doc('Giao Sở Thử nghiệm Một chủ trì.'), { data: { agencies: ext }, today: TEST_TODAY, rules: [agencyDefunct] }).findings;
    assert.match(f.message.vi, /chức năng chuyển sang "Sở Thử nghiệm Bốn" \(/);
  });

  it('an abbreviation added alone is known in any case once long enough ("TTR" for "TTr")', () => {
    const text = doc('Theo TTR số 5 của Sở Y tế.');
    assert.deepEqual(findings(text, reg, 'abbreviation/'), ['abbreviation/undefined TTR']);
    const ext = reg.extend({ abbreviations: { TTr: { expansion: 'tờ trình' } } });
    assert.deepEqual(lint(text, { data: { agencies: ext }, today: TEST_TODAY, rules: [abbreviationUndefined] }).findings, []);
  });

  it('an alias or short name without a word is ignored; the body is still found by its name', () => {
    const ext = reg.extend({ agencies: [{ id: 'ban-thu', name: 'Ban Thử nghiệm tỉnh', level: 'province', kind: 'board', aliases: ['—'], shortNames: ['…'] }] });
    assert.equal(ext.matchPrefix('Ban Thử nghiệm tỉnh')?.entry.id, 'ban-thu');
    assert.deepEqual(findings(doc('Giao Ban Thử nghiệm tỉnh và Ban Thử nghiêm tỉnh phối hợp.'), ext), ['agency/unknown Ban Thử nghiêm']);
  });

  it('a phrase opening with another headword of the same letters is no slip ("Báo" is not "Bảo")', () => {
    const ext = reg.extend({ agencies: [{ id: 'bhxh-tinh', name: 'Bảo hiểm xã hội tỉnh', level: 'province', kind: 'agency' }] });
    assert.deepEqual(findings(doc('Giao Báo hiểm xã hội tỉnh phối hợp.'), ext), []);
  });
});

const d2022 = 'ngày 14 tháng 6 năm 2022';
ruleTester(unknownUnit, {
  valid: [
    { name: 'a type word written twice before the right name: the unit is found', options: withData,
      text: notice({ date: d2022, body: 'Kiểm tra trạm y tế xã Xã Long Đống.' }) },
  ],
  invalid: [
    {
      name: 'a type word written twice ("xã Xã Long Đông"): the name is suggested without it', options: withData,
      text: notice({ date: d2022, body: 'Kiểm tra trạm y tế xã Xã Long Đông.' }),
      errors: [{ covers: 'Xã Long Đông', message: 'có phải: xã Long Đống thuộc huyện Bắc Sơn' }],
      output: notice({ date: d2022, body: 'Kiểm tra trạm y tế xã Long Đống.' }),
    },
    {
      name: 'a year that spans the reform: a commune that kept its name is suggested once, as it is now', options: withData,
      text: notice({ date: 'ngày   tháng   năm 2025', body: 'Kiểm tra trạm y tế xã Hoa Thảm.' }),
      errors: [{ covers: 'Hoa Thảm', message: /có phải: xã Hoa Thám thuộc tỉnh Lạng Sơn \(mã 06073\) từ 1\/7\/2025 \([^)]*\)\?$/ }],
      output: notice({ date: 'ngày   tháng   năm 2025', body: 'Kiểm tra trạm y tế xã Hoa Thám.' }),
    },
    {
      name: 'a unit with two accepted spellings near the text is suggested once', options: withData,
      text: notice({ header: 'UBND TỈNH BÌNH THUẬN\nSỞ Y TẾ', place: 'Bình Thuận', date: d2022, body: 'Kiểm tra trạm y tế huyện Phú Qúi.' }),
      errors: [{ covers: 'Phú Qúi', message: /có phải: huyện Phú Quí thuộc tỉnh Bình Thuận \(mã 602\)[^;]*\?$/ }],
      output: notice({ header: 'UBND TỈNH BÌNH THUẬN\nSỞ Y TẾ', place: 'Bình Thuận', date: d2022, body: 'Kiểm tra trạm y tế huyện Phú Quí.' }),
    },
  ],
});

describe('gazetteer suggestions', () => {
  it('nationwide, a name typed without accents finds the unit even when its letters differ a lot', () => {
    assert.deepEqual(data.gazetteer!.suggest('Da Bac', { from: '2022-01-01', to: '2023-01-01' }, { types: ['huyen'] }).map((s) => [s.unit.code, s.unit.name]), [['150', 'Đà Bắc']]);
  });

  it('two states of one unit, renamed in the window, are both offered', () => {
    const s = data.gazetteer!.suggest('Ít Ông', { from: '2007-01-01', to: '2008-01-01' }, { provinceCode: '14', types: ['xa', 'thi_tran'] });
    const states = s.filter((x) => x.unit.code === '03808').map((x) => `${x.unit.fullName} ${x.distance}`).sort();
    assert.deepEqual(states, ['Thị trấn Ít Ong 1', 'Xã ít Ong 1']);
    assert.equal(s[0].unit.code, '03808');
  });
});
