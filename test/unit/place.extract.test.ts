// Unit mentions (extract/units.ts), documentProvince (extract/places.ts), and the gazetteer
// README "Check facts" seen through the place rules.
import { strict as assert } from 'assert';
import { parseNotice } from '../../server/src/core/parse/parser';
import { SourceText } from '../../server/src/core/text/source';
import { extractUnitMentions } from '../../server/src/core/extract/units';
import { documentProvince } from '../../server/src/core/extract/places';
import { getGazetteer, windowOf } from '../../server/src/core/data/gazetteer';
import { lint } from '../../server/src/core/lint';
import { placeRules } from '../../server/src/core/rules/place';
import { data, notice } from '../helpers/placeNotice';

const mentions = (t: string) => extractUnitMentions(parseNotice(new SourceText(t)));
const brief = (t: string) => mentions(t).map((m) => `${m.typeWord} ${m.name}${m.parent !== undefined ? ` ^${m.parent}` : ''}${m.parentBefore !== undefined ? ` <${m.parentBefore}` : ''}`);
const findings = (t: string, today = new Date(Date.UTC(2026, 10, 24))) =>
  lint(t, { rules: placeRules, data, today }).findings.map((f) => `${f.ruleId} ${t.slice(f.originalSpan.start, f.originalSpan.end)}`);

describe('extract/units: unit mentions', () => {
  it('type word and capitalised name, any case of the type word', () => {
    assert.deepEqual(brief('Xã Long Đống; XÃ Đồng Ý; thị trấn Bắc Sơn; thành phố Hồ Chí Minh; đặc khu Vân Đồn.'),
      ['Xã Long Đống', 'XÃ Đồng Ý', 'thị trấn Bắc Sơn', 'thành phố Hồ Chí Minh', 'đặc khu Vân Đồn']);
  });
  it('spans of the type word and the name', () => {
    const t = 'Tại xã Chí Minh.';
    const [m] = mentions(t);
    assert.equal(t.slice(m.typeSpan.start, m.typeSpan.end), 'xã');
    assert.equal(t.slice(m.nameSpan.start, m.nameSpan.end), 'Chí Minh');
  });
  it('parent after it, with or without comma, and with "của"', () => {
    assert.deepEqual(brief('xã Chí Minh, huyện Trùng Khánh. xã Chí Minh huyện Trùng Khánh.'),
      ['xã Chí Minh ^1', 'huyện Trùng Khánh', 'xã Chí Minh ^3', 'huyện Trùng Khánh']);
    assert.deepEqual(brief('các xã: Long Đông, Đồng Ý, Vũ Sơn của huyện Bắc Sơn'),
      ['xã Long Đông ^3', 'xã Đồng Ý ^3', 'xã Vũ Sơn ^3', 'huyện Bắc Sơn']);
  });
  it('parent before it ("huyện Tràng Định, xã Chí Minh") is a weak link', () => {
    assert.deepEqual(brief('huyện Tràng Định, xã Chí Minh tập trung'), ['huyện Tràng Định', 'xã Chí Minh <0']);
  });
  it('lists inherit the type: colon lists, "các huyện", closed lists, counted lists in parentheses', () => {
    assert.deepEqual(brief('UBND các xã: Long Đông, Vũ Sơn, Đồng Ý;'), ['xã Long Đông', 'xã Vũ Sơn', 'xã Đồng Ý']);
    assert.deepEqual(brief('Các huyện Lộc Bình, Tràng Định là huyện thí điểm'), ['huyện Lộc Bình', 'huyện Tràng Định']);
    assert.deepEqual(brief('phường Ba Đình, Hoàn Kiếm, Cửa Nam.'), ['phường Ba Đình', 'phường Hoàn Kiếm', 'phường Cửa Nam']);
    assert.deepEqual(brief('03 xã (Nhất Hòa, Nhất Tiến, Long Đông).'), ['xã Nhất Hòa', 'xã Nhất Tiến', 'xã Long Đông']);
  });
  it('"xã A, Đoàn đã họp" is no list; "Ủy ban MTTQ huyện Lộc Bình" is a mention', () => {
    assert.deepEqual(brief('tại xã Chí Minh, Đoàn đã họp. Ủy ban MTTQ huyện Lộc Bình'), ['xã Chí Minh', 'huyện Lộc Bình']);
  });
  it('no false mentions', () => {
    assert.deepEqual(brief('kinh tế - xã hội, chính trị - xã hội, xã hội hóa, Lao động - Thương binh và Xã hội; tỉnh đã; toàn tỉnh; huyện, xã liên quan; cấp xã; các xã điểm; Thành phố đã; Tỉnh ủy; Tỉnh Đoàn Thanh niên; Huyện Đội; Hợp tác xã Tân Thành; năm 2024 tỉnh đạt'), []);
  });
  it('issuer lines in capitals, and the place/date line', () => {
    const t = 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 5/TB-UBND\n\nLạng Sơn, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nVề việc A\n\nNội dung.\n';
    const ms = mentions(t);
    assert.equal(ms[0].name, 'LẠNG SƠN');
    assert.equal(ms[0].caps, true);
    assert.equal(ms[0].zone, 'header');
  });
  it('the zone of each mention: header, place/date line, Nơi nhận, signature', () => {
    const t = 'UBND XÃ TÂN LẬP\n\nSố: 5/TB-UBND\n\nxã Tân Lập, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nVề việc họp\n\nNội dung.\n\n' +
      'Nơi nhận:\n- UBND huyện Bắc Sơn;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nCHỦ TỊCH\n\nNguyễn Văn An\n';
    assert.deepEqual(mentions(t).map((m) => `${m.typeWord} ${m.name} ${m.zone}`),
      ['XÃ TÂN LẬP header', 'xã Tân Lập placeDate', 'huyện Bắc Sơn recipients', 'XÃ TÂN LẬP signature']);
  });
  it('numbered wards and districts: "phường 3, quận 5"', () => {
    assert.deepEqual(brief('phường 3, quận 5'), ['phường 3 ^1', 'quận 5']);
  });
  it('names with an apostrophe ("R\'Lấp", "R’Lấp"), a combining mark no precomposed letter has, or a letter outside the BMP', () => {
    assert.deepEqual(brief("huyện Đắk R'Lấp; huyện Đắk R’Lấp."), ["huyện Đắk R'Lấp", 'huyện Đắk R’Lấp']);
    assert.deepEqual(brief('xã Q\u0323uảng Lợi.'), ['xã Q\u0323uảng Lợi']);
    assert.deepEqual(brief('tỉnh \u{1d407}à Nội.'), ['tỉnh \u{1d407}à Nội']);
  });
  it('a type word glued to a letter outside the BMP is no type word; glued to a symbol, it is', () => {
    assert.deepEqual(brief('\u{1d400}xã Tân Lập'), []);
    assert.deepEqual(brief('\u{1f600}xã Tân Lập'), ['xã Tân Lập']);
  });
  it('a name may start with "Ủ" ("huyện Ủng Hòa"); "Huyện Ủy" is the party committee', () => {
    assert.deepEqual(brief('huyện Ủng Hòa; Huyện Ủy Bắc Sơn'), ['huyện Ủng Hòa']);
  });
  it('a list without a plural marker may end the text; a bracket needs a count before it', () => {
    assert.deepEqual(brief('xã Tân Lập, Hòa Bình'), ['xã Tân Lập', 'xã Hòa Bình']);
    assert.deepEqual(brief('tại xã (Tân Lập)'), []);
  });
  it('cited dates make a mention historical', () => {
    const [m] = mentions('Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND huyện Bắc Sơn');
    assert.equal(m.historicalFrom, '2024-01-01');
    assert.equal(mentions('huyện Bắc Sơn (cũ)')[0].historicalFrom, '0000');
    assert.equal(mentions('huyện Bắc Sơn ( cũ)')[0].historicalFrom, '0000', 'white space inside the bracket');
  });
});

describe('extract/places: documentProvince', () => {
  const g = getGazetteer();
  const prov = (t: string, w = windowOf('2024-03-05')) => {
    const r = documentProvince(parseNotice(new SourceText(t)), g, w);
    return r && `${r.unit.fullName} ${r.source}`;
  };
  it('from the issuer line', () => assert.equal(prov('UBND TỈNH CAO BẰNG\nSỞ Y TẾ\n\nSố: 1/TB-SYT\n\nHà Nội, ngày 05 tháng 3 năm 2024\n'), 'Tỉnh Cao Bằng header'));
  it('from the place/date line', () => assert.equal(prov('Số: 1/TB-UBND\n\nLạng Sơn, ngày 05 tháng 3 năm 2024\n'), 'Tỉnh Lạng Sơn placeDate'));
  it('a commune body\'s place → its province when unique', () =>
    assert.equal(prov('Số: 1/TB-UBND\n\nThất Khê, ngày 05 tháng 3 năm 2026\n', windowOf('2026-03-05')), 'Tỉnh Lạng Sơn placeDate'));
  it('else the province the units name most', () =>
    assert.equal(prov('THÔNG BÁO\n\nVề việc A\n\nxã Long Đống, huyện Bắc Sơn và huyện Tràng Định.\n'), 'Tỉnh Lạng Sơn mentions'));
});

describe('place rules on the gazetteer README check facts', () => {
  const d = (y: string) => ({ date: `ngày 10 tháng 3 năm ${y}` });
  it('xã Chí Minh in huyện Tràng Định (06013) is silent until 2025-06-30 and defunct after (→ Thất Khê)', () => {
    assert.deepEqual(findings(notice({ ...d('2024'), body: 'UBND xã Chí Minh, huyện Tràng Định.' })), []);
    const f = lint(notice({ ...d('2026'), body: 'UBND xã Chí Minh.' }), { rules: placeRules, data }).findings;
    assert.equal(f.length, 1);
    assert.match(f[0].message.vi, /06013.*Thất Khê/);
  });
  it('huyện Trùng Khánh is in Cao Bằng; Lạng Sơn had xã Trùng Khánh of Văn Lãng', () => {
    assert.deepEqual(findings(notice({ ...d('2024'), body: 'UBND huyện Trùng Khánh.' })), ['place/outside-province huyện Trùng Khánh']);
    assert.deepEqual(findings(notice({ ...d('2024'), body: 'UBND xã Trùng Khánh, huyện Văn Lãng.' })), []);
  });
  it('the 18 units of huyện Bắc Sơn (2020–2025) are silent; no "Long Đông" anywhere', () => {
    const body = 'Thị trấn Bắc Sơn; các xã: Long Đống, Vạn Thủy, Đồng Ý, Tân Tri, Bắc Quỳnh, Hưng Vũ, Tân Lập, Vũ Sơn, Chiêu Vũ, Tân Hương, Chiến Thắng, Vũ Lăng, Trấn Yên, Vũ Lễ, Nhất Hòa, Tân Thành, Nhất Tiến của huyện Bắc Sơn.';
    assert.deepEqual(findings(notice({ ...d('2023'), body })), []);
    assert.deepEqual(findings(notice({ ...d('2023'), body: 'xã Long Đông, huyện Bắc Sơn.' })), ['place/unknown-unit Long Đông']);
  });
  it('from 2025-07-01 the Bắc Sơn area is 6 communes', () => {
    assert.deepEqual(findings(notice({ ...d('2026'), body: 'Các xã: Bắc Sơn, Tân Tri, Hưng Vũ, Vũ Lễ, Vũ Lăng, Nhất Hòa.' })), []);
  });
  it('"Chí Minh" in Hải Dương (Tứ Kỳ) and Hưng Yên (Khoái Châu, from 2025-01-01)', () => {
    const hd = { header: 'UBND TỈNH HẢI DƯƠNG\nSỞ Y TẾ', place: 'Hải Dương' };
    assert.deepEqual(findings(notice({ ...hd, ...d('2024'), body: 'xã Chí Minh, huyện Tứ Kỳ; phường Chí Minh, thành phố Chí Linh.' })), []);
    const hy = { header: 'UBND TỈNH HƯNG YÊN\nSỞ Y TẾ', place: 'Hưng Yên' };
    assert.deepEqual(findings(notice({ ...hy, date: 'ngày 10 tháng 3 năm 2025', body: 'UBND xã Chí Minh, huyện Khoái Châu.' })), []);
  });
});
