import { strict as assert } from 'assert';
import { foldName } from '../../server/src/core/text/fold';
import { lastWordBeforeBlanks, lastWordStart, letterOrMarkAt, letterOrMarkBefore, splitAtUnitWord, tightenAround, trimEndWhere } from '../../server/src/core/text/scan';

describe('linear text helpers (text/scan.ts)', () => {
  it('tightenAround removes the blanks around separators and maps them', () => {
    assert.equal(tightenAround(' a - b -c-  d ', '-', '-'), ' a-b-c-d ');
    assert.equal(tightenAround('TB – UBND _ VP', '-–—_.', '-'), 'TB-UBND-VP');
    assert.equal(tightenAround('--', '-', '-'), '--');
    assert.equal(tightenAround('', '-', '-'), '');
  });
  it('is linear on a long line full of separators', () => {
    const s = 'a / b '.repeat(200_000);
    assert.equal(tightenAround(s, '/', '/').length, s.length - 400_000);
  });
  it('trimEndWhere, lastWordStart, lastWordBeforeBlanks', () => {
    assert.equal(trimEndWhere('abc;. ', (c) => ';. '.includes(c)), 'abc');
    assert.equal(lastWordStart('một hai'), 4);
    assert.equal(lastWordStart('một '), 4);
    assert.equal(lastWordBeforeBlanks('giám sát  '), 'sát');
    assert.equal(lastWordBeforeBlanks('giám sát'), undefined);
  });
  it('splitAtUnitWord finds the leftmost unit word followed by a name the predicate accepts', () => {
    assert.deepEqual(splitAtUnitWord('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', ['TỈNH', 'THÀNH PHỐ']), { word: 'TỈNH', rest: 'LẠNG SƠN' });
    assert.deepEqual(splitAtUnitWord('UBND THÀNH PHỐ HỒ CHÍ MINH', ['TỈNH', 'THÀNH PHỐ']), { word: 'THÀNH PHỐ', rest: 'HỒ CHÍ MINH' });
    assert.equal(splitAtUnitWord('ỦY BAN NHÂN DÂN TỈNH', ['TỈNH']), undefined);
    assert.deepEqual(splitAtUnitWord('TỈNH a TỈNH B', ['TỈNH'], (r) => /^[A-Z ]+$/.test(r)), { word: 'TỈNH', rest: 'B' });
  });
  it('letterOrMarkAt / letterOrMarkBefore read a letter outside the BMP as one code point (as \\p{L} with the u flag)', () => {
    const t = 'a\u{1d400}b 1';
    assert.equal(letterOrMarkBefore(t, 3), true, 'after the surrogate pair of U+1D400 (a letter)');
    assert.equal(letterOrMarkBefore(t, 2), false, 'between the two halves: a lone low surrogate is no letter');
    assert.equal(letterOrMarkAt(t, 1), true);
    assert.equal(letterOrMarkBefore(t, 6), false, 'after a digit');
    assert.equal(letterOrMarkBefore(t, 0), false);
    assert.equal(letterOrMarkBefore('\u0301', 1), true, 'a combining mark');
  });
});

describe('name folding (text/fold.ts)', () => {
  it('moves an old-style tone only on an open pair: "Hòa" → "hoà", "Thủy" → "thuỷ"; "hòan", "thủyt" keep theirs', () => {
    assert.equal(foldName('Hòa Bình, Thủy, khỏe'), 'hoà bình, thuỷ, khoẻ');
    assert.equal(foldName('hòan thành, thủyt'), 'hòan thành, thủyt');
  });
});
