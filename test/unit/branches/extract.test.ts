// Edge cases of the extractors that the feature tests do not reach (issue 7: every reachable
// branch of the core has a test): what a user's text gives at each edge.
import { strict as assert } from 'assert';
import { parseNotice } from '../../../server/src/core/parse/parser';
import { SourceText } from '../../../server/src/core/text/source';
import { extractAbbreviations } from '../../../server/src/core/extract/abbreviations';
import { getCitations } from '../../../server/src/core/extract/index';
import { lint } from '../../../server/src/core/lint';
import { placeRules } from '../../../server/src/core/rules/place';
import { data } from '../../helpers/placeNotice';

/** Abbreviation uses and definitions of a notice whose body is `body`. */
function abbreviations(body: string) {
  const r = extractAbbreviations(parseNotice(new SourceText(`THÔNG BÁO\n\nVề việc họp\n\n${body}\n`)));
  return { uses: r.uses.map((u) => u.text), definitions: [...r.definitions.keys()] };
}

describe('extract/abbreviations: edges', () => {
  it('a capital outside the BMP after "-" or "&" joins the token, as the expression reads it', () => {
    assert.deepEqual(abbreviations('Giao KH-\u{1d400}B thực hiện.').uses, ['KH-\u{1d400}B']);
  });
  it('one capital before "-" or "&" and no capital after is no abbreviation ("mục A-1", "B&c")', () => {
    assert.deepEqual(abbreviations('Theo mục A-1 và mục B&c.').uses, []);
  });
  it('more than 8 letters is no abbreviation', () => {
    assert.deepEqual(abbreviations('Mã ABCDEFGHI và ABCDEFGH đã cấp.').uses, ['ABCDEFGH']);
  });
  it('"Công ty" glued to the word before starts no company name: its capitals are abbreviations', () => {
    assert.deepEqual(abbreviations('Giao cho Công ty CP XD thực hiện.').uses, []);
    assert.deepEqual(abbreviations('Giao choCông ty CP XD thực hiện.').uses, ['CP', 'XD']);
  });
  it('a definition in quotes: (sau đây gọi tắt là "BCĐ"), with curly quotes, with a space before the bracket', () => {
    assert.deepEqual(abbreviations('Ban Chỉ đạo (sau đây gọi tắt là "BCĐ") họp.').definitions, ['BCĐ']);
    assert.deepEqual(abbreviations('Ban Chỉ đạo (sau đây gọi tắt là “BCĐ”) họp.').definitions, ['BCĐ']);
    assert.deepEqual(abbreviations('Ban Chỉ đạo (sau đây gọi tắt là "BCĐ" ) họp.').definitions, ['BCĐ']);
  });
});

describe('extract/index: citations of a notice', () => {
  it('a number cited on the notice\'s own number line is not a citation of the text', () => {
    const t = 'UBND XÃ TÂN LẬP\n\nSố: 12/TB-UBND (thay số 11/TB-UBND)\n\nTHÔNG BÁO\n\nVề việc họp\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2024.\n';
    const model = parseNotice(new SourceText(t));
    assert.deepEqual(getCitations({ model, cache: new Map() }).map((c) => c.normalized), ['15/KH-UBND']);
  });
});

describe('extract/places: reference data without the gazetteer', () => {
  it('the place rules read no unit: nothing to report', () => {
    const t = 'UBND TỈNH LẠNG SƠN\n\nSố: 1/TB-UBND\n\nLạng Sơn, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nVề việc họp\n\nUBND huyện Trùng Khánh.\n';
    assert.deepEqual(lint(t, { rules: placeRules, data }).findings.map((f) => f.ruleId), ['place/outside-province']);
    assert.deepEqual(lint(t, { rules: placeRules, data: { agencies: data.agencies } }).findings, []);
  });
});

describe('extract/places: documentNamesProvince reads the name however it is written', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { documentNamesProvince } = require('../../../server/src/core/extract/places') as typeof import('../../../server/src/core/extract/places');
  const g = data.gazetteer!;
  const province = (name: string) => g.find(name, { from: '2024-01-01', to: '2024-01-02' }, { types: ['tinh', 'thanh_pho_tw'] })[0];
  const names = (text: string, p: string) => documentNamesProvince({ model: parseNotice(new SourceText(text)) }, province(p));

  it('either tone placement, any case, any white space', () => {
    assert.ok(province('Khánh Hòa') && province('Thanh Hóa'));
    for (const t of ['Đoàn công tác tỉnh Khánh Hoà.', 'ĐOÀN CÔNG TÁC TỈNH KHÁNH HÒA', 'tỉnh Khánh\u00a0 Hòa,']) assert.ok(names(t, 'Khánh Hòa'), t);
    assert.ok(names('Sở Y tế THANH HOÁ', 'Thanh Hóa'));
  });

  it('any dash between the parts of a name', () => {
    assert.ok(province('Bà Rịa - Vũng Tàu'));
    for (const t of ['tỉnh Bà Rịa - Vũng Tàu', 'tỉnh Bà Rịa – Vũng Tàu', 'TỈNH BÀ RỊA — VŨNG TÀU']) assert.ok(names(t, 'Bà Rịa - Vũng Tàu'), t);
  });

  it('not inside a longer word, nor a closed syllable for an open one', () => {
    assert.ok(!names('xã Khánh Hòang', 'Khánh Hòa'));
    assert.ok(names('Khánh Hòa, Bình Định', 'Khánh Hòa'));
    assert.ok(!names('Thanh Hóax', 'Thanh Hóa'));
  });
});
