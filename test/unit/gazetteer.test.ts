// Gazetteer provider over the committed data. The first block is the "Check facts" list at the
// end of ../shared/data/gazetteer/README.md, one test per fact.
import { strict as assert } from 'assert';
import {
  getGazetteer, createGazetteer, packGazetteer, windowOf, unitNameKey, typesOfWord, typeWord, splitTypeWord, levelOfType,
  REFORM_DATE, bandedDistance, type AdminUnit, type DateWindow,
} from '../../server/src/core/data/gazetteer';
import { editDistance } from '../../server/src/core/text/fold';

const g = getGazetteer();
const day = windowOf;
const BEFORE = day('2025-03-01');
const AFTER = day('2025-07-01');
const codes = (us: AdminUnit[]) => us.map((u) => u.code).sort();
const names = (us: AdminUnit[]) => us.map((u) => u.fullName).sort();
const only = (us: AdminUnit[]): AdminUnit => {
  assert.equal(us.length, 1, `expected one unit, got ${us.map((u) => `${u.fullName} ${u.code}`).join(', ')}`);
  return us[0];
};
const communesOn = (w: DateWindow) =>
  g.provinces(w).flatMap((p) => g.children(p, w).filter((c) => c.level === 'commune'));

describe('gazetteer: check facts of the raw README', () => {
  it('Xã Chí Minh 06013 is in huyện Tràng Định (180), Lạng Sơn, 2004-08-31 → 2025-06-30', () => {
    const u = only(g.find('Chí Minh', BEFORE, { parentCode: '180' }));
    assert.equal(u.code, '06013');
    assert.equal(u.type, 'xa');
    assert.equal(u.fullName, 'Xã Chí Minh');
    assert.equal(u.provinceCode, '20');
    assert.equal(u.validFrom, '2004-08-31');
    assert.equal(u.validTo, '2025-07-01'); // exclusive: last valid day 2025-06-30
    assert.equal(g.parent(u)?.fullName, 'Huyện Tràng Định');
    assert.equal(g.province(u)?.fullName, 'Tỉnh Lạng Sơn');
    assert.deepEqual(codes(g.find('Chí Minh', day('2025-06-30'), { parentCode: '180' })), ['06013']);
    assert.deepEqual(g.find('Chí Minh', AFTER, { provinceCode: '20' }), []);
  });

  it('Xã Chí Minh 06013 went whole into Xã Thất Khê (06040) on 2025-07-01', () => {
    const u = only(g.byCode('commune', '06013', BEFORE));
    const s = g.successors(u);
    assert.deepEqual(s.map((x) => [x.unit.code, x.unit.fullName, x.kind]), [['06040', 'Xã Thất Khê', 'full']]);
    assert.equal(s[0].unit.validFrom, REFORM_DATE);
    assert.ok(g.predecessors(s[0].unit).some((p) => p.unit === u));
  });

  it('Trùng Khánh in Cao Bằng: huyện 047 and thị trấn 01477 until 2025-06-30, then Xã Trùng Khánh 01477', () => {
    const before = g.find('Trùng Khánh', BEFORE, { provinceCode: '04' });
    assert.deepEqual(before.map((u) => [u.code, u.type]).sort(), [['01477', 'thi_tran'], ['047', 'huyen']]);
    for (const u of before) assert.equal(u.validTo, '2025-07-01');
    const after = only(g.find('Trùng Khánh', AFTER, { provinceCode: '04' }));
    assert.equal(after.code, '01477');
    assert.equal(after.type, 'xa');
    assert.equal(after.validTo, null);
    assert.equal(after.parentCode, '04');
  });

  it('Lạng Sơn had Xã Trùng Khánh 06127 in huyện Văn Lãng (182), later merged into Xã Thụy Hùng 06148', () => {
    const u = only(g.find('Trùng Khánh', BEFORE, { provinceCode: '20' }));
    assert.equal(u.code, '06127');
    assert.equal(u.parentCode, '182');
    assert.equal(g.parent(u)?.fullName, 'Huyện Văn Lãng');
    assert.deepEqual(g.successors(u).map((s) => [s.unit.code, s.unit.name]), [['06148', 'Thụy Hùng']]);
  });

  it('there was never a huyện Trùng Khánh in Lạng Sơn', () => {
    assert.deepEqual(g.findAnyTime('Trùng Khánh', { level: 'district', provinceCode: '20' }), []);
    assert.deepEqual(g.findAnyTime('Huyện Trùng Khánh').map((u) => u.provinceCode), ['04']);
  });

  const BAC_SON_18: Array<[string, string]> = [
    ['06325', 'Thị trấn Bắc Sơn'], ['06328', 'Xã Long Đống'], ['06331', 'Xã Vạn Thủy'], ['06337', 'Xã Đồng Ý'],
    ['06340', 'Xã Tân Tri'], ['06343', 'Xã Bắc Quỳnh'], ['06349', 'Xã Hưng Vũ'], ['06352', 'Xã Tân Lập'],
    ['06355', 'Xã Vũ Sơn'], ['06358', 'Xã Chiêu Vũ'], ['06361', 'Xã Tân Hương'], ['06364', 'Xã Chiến Thắng'],
    ['06367', 'Xã Vũ Lăng'], ['06370', 'Xã Trấn Yên'], ['06373', 'Xã Vũ Lễ'], ['06376', 'Xã Nhất Hòa'],
    ['06379', 'Xã Tân Thành'], ['06382', 'Xã Nhất Tiến'],
  ];
  const bacSon = (w: DateWindow) => only(g.byCode('district', '185', w));

  it('huyện Bắc Sơn (185) had these 18 units on 2025-03-01', () => {
    const d = bacSon(BEFORE);
    assert.equal(d.fullName, 'Huyện Bắc Sơn');
    const kids = g.children(d, BEFORE);
    assert.deepEqual(kids.map((u) => [u.code, u.fullName]).sort(), BAC_SON_18);
  });

  it('the same 18 were valid from 2020-01-01 to 2025-06-30', () => {
    const w = { from: '2020-01-01', to: REFORM_DATE };
    const kids = g.children(bacSon(w), w);
    assert.deepEqual(kids.map((u) => [u.code, u.fullName]).sort(), BAC_SON_18);
    for (const u of kids) {
      assert.ok(u.validFrom <= '2020-01-01', `${u.fullName} from ${u.validFrom}`);
      assert.equal(u.validTo, REFORM_DATE);
    }
  });

  it('before 2020-01-01 (818/NQ-UBTVQH14) there were 20, with Quỳnh Sơn and Hữu Vĩnh', () => {
    const w = day('2019-12-31');
    const kids = g.children(bacSon(w), w);
    assert.equal(kids.length, 20);
    const n = names(kids);
    assert.ok(n.includes('Xã Quỳnh Sơn') && n.includes('Xã Hữu Vĩnh') && n.includes('Xã Bắc Sơn'));
    assert.ok(!n.includes('Xã Bắc Quỳnh'));
    for (const gone of ['Quỳnh Sơn', 'Hữu Vĩnh']) {
      const u = only(g.findAnyTime(gone, { parentCode: '185' }));
      assert.equal(u.validTo, '2020-01-01');
      assert.deepEqual(g.successors(u), []); // no "absorbed into" links before the reform
    }
  });

  it('Xã Bắc Sơn (06343) was renamed Xã Bắc Quỳnh on 2020-01-01', () => {
    const states = g.byCode('commune', '06343');
    assert.deepEqual(states.map((u) => [u.name, u.validFrom, u.validTo]), [
      ['Bắc Sơn', '2004-08-31', '2020-01-01'], ['Bắc Quỳnh', '2020-01-01', '2025-07-01']]);
    assert.deepEqual(codes(g.find('Bắc Sơn', day('2019-06-01'), { level: 'commune', parentCode: '185' })), ['06325', '06343']);
    assert.deepEqual(codes(g.find('Bắc Sơn', day('2021-06-01'), { level: 'commune', parentCode: '185' })), ['06325']);
  });

  it('no unit named "Long Đông" exists anywhere; suggest in huyện Bắc Sơn gives Long Đống first', () => {
    assert.deepEqual(g.findAnyTime('Long Đông'), []);
    assert.deepEqual(g.findAnyTime('Xã Long Đông'), []);
    const s = g.suggest('Long Đông', BEFORE, { parentCode: '185' });
    assert.equal(s[0].unit.fullName, 'Xã Long Đống');
    assert.equal(s[0].unit.code, '06328');
    assert.equal(s[0].distance, 1);
    // Nationwide too, and with the type word in the input.
    assert.equal(g.suggest('xã Long Đông', BEFORE)[0].unit.code, '06328');
  });

  it('from 2025-07-01 the area of huyện Bắc Sơn is 6 communes', () => {
    const kids = g.children(bacSon(BEFORE), BEFORE);
    const next = new Set(kids.flatMap((u) => g.successors(u).map((s) => s.unit.name)));
    assert.deepEqual([...next].sort(), ['Bắc Sơn', 'Hưng Vũ', 'Nhất Hòa', 'Tân Tri', 'Vũ Lăng', 'Vũ Lễ']);
  });

  it('"Chí Minh" 2025-03-01 → 2025-06-30: 4 units, 3 of them xã', () => {
    const w = { from: '2025-03-01', to: REFORM_DATE };
    const all = g.find('Chí Minh', w);
    assert.deepEqual(all.map((u) => [u.code, u.fullName]).sort(), [
      ['06013', 'Xã Chí Minh'], ['10582', 'Phường Chí Minh'], ['11095', 'Xã Chí Minh'], ['12265', 'Xã Chí Minh']]);
    assert.equal(g.parent(all.find((u) => u.code === '10582')!)?.fullName, 'Thành phố Chí Linh');
    assert.equal(g.parent(all.find((u) => u.code === '11095')!)?.fullName, 'Huyện Tứ Kỳ');
    const hy = all.find((u) => u.code === '12265')!;
    assert.equal(g.parent(hy)?.fullName, 'Huyện Khoái Châu');
    assert.equal(hy.validFrom, '2025-01-01');
    assert.deepEqual(codes(g.find('Chí Minh', w, { types: ['xa'] })), ['06013', '11095', '12265']);
    assert.deepEqual(codes(g.find('Xã Chí Minh', w)), ['06013', '11095', '12265']);
  });

  it('"Chí Minh" from 2025-07-01: 2 units, 11131 (Hải Phòng) and 12271 (Hưng Yên)', () => {
    const after = g.find('Chí Minh', AFTER);
    assert.deepEqual(after.map((u) => [u.code, u.type]).sort(), [['11131', 'xa'], ['12271', 'xa']]);
    assert.equal(g.province(after.find((u) => u.code === '11131')!)?.name, 'Hải Phòng');
    assert.equal(g.province(after.find((u) => u.code === '12271')!)?.name, 'Hưng Yên');
  });
});

describe('gazetteer: name matching', () => {
  it('tone placement does not matter (Nhất Hòa / Nhất Hoà)', () => {
    assert.deepEqual(codes(g.find('Nhất Hoà', BEFORE, { parentCode: '185' })), ['06376']);
    assert.deepEqual(codes(g.find('Nhất Hòa', BEFORE, { parentCode: '185' })), ['06376']);
    assert.deepEqual(codes(g.find('Vạn Thuỷ', BEFORE, { parentCode: '185' })), ['06331']);
    assert.equal(unitNameKey('Nhất Hoà'), unitNameKey('Nhất Hòa'));
  });

  it('NFD input and letter case are folded', () => {
    const nfd = 'Nhất Hòa'.normalize('NFD');
    assert.notEqual(nfd, 'Nhất Hòa');
    assert.deepEqual(codes(g.find(nfd, BEFORE, { parentCode: '185' })), ['06376']);
    assert.deepEqual(codes(g.find('LONG ĐỐNG', BEFORE)), ['06328']);
    assert.deepEqual(codes(g.find('  long   đống ', BEFORE)), ['06328']);
  });

  it('"-" vs "–" and the spaces around them are ignored', () => {
    for (const n of ['Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'Bà Rịa–Vũng Tàu']) {
      assert.deepEqual(codes(g.find(n, BEFORE, { level: 'province' })), ['77'], n);
    }
  });

  it('alternative spellings are accepted; fixed spellings are primary', () => {
    const u = only(g.find('Mương Chanh', BEFORE)); // raw GSO spelling
    assert.equal(u.name, 'Mường Chanh');
    assert.ok(u.altNames.includes('Mương Chanh'));
    // GSO writes "Phú Quí"; "Phú Quý" (i/y) is an accepted alternative, not a tone variant.
    const pq = only(g.find('Phú Quý', BEFORE, { level: 'district' }));
    assert.equal(pq.name, 'Phú Quí');
    assert.deepEqual(pq.altNames, ['Phú Quý']);
  });

  it('a leading type word narrows the types', () => {
    assert.deepEqual(codes(g.find('Thị trấn Trùng Khánh', BEFORE)), ['01477']);
    assert.deepEqual(codes(g.find('huyện Trùng Khánh', BEFORE)), ['047']);
    assert.deepEqual(g.find('Phường Trùng Khánh', BEFORE), []);
  });

  it('suggest ranks accent-only misses and tone variants first', () => {
    const s = g.suggest('Nhat Hoa', BEFORE, { parentCode: '185' });
    assert.equal(s[0].unit.code, '06376');
    assert.equal(g.suggest('Nhất Hoà', BEFORE, { parentCode: '185' })[0].distance, 0);
    assert.ok(g.suggest('Long Đông', BEFORE, { max: 3 }).length <= 3);
  });
});

describe('gazetteer: codes and shared units', () => {
  it('a code is found only zero-padded, including the first and last code of each level', () => {
    for (const [level, first, last] of [['province', '01', '96'], ['district', '001', '973'], ['commune', '00001', '32248']] as const) {
      assert.equal(g.byCode(level, first)[0]?.code, first, `${level} ${first}`);
      assert.equal(g.byCode(level, last)[0]?.code, last, `${level} ${last}`);
    }
    assert.deepEqual(g.byCode('district', '180').map((u) => u.fullName), ['Huyện Tràng Định']);
    for (const code of ['6013', '006013', ' 06013', '06013 ', '6.013e3', '']) assert.deepEqual(g.byCode('commune', code), [], code);
    assert.deepEqual(g.byCode('district', '06013'), []);
    assert.deepEqual(g.byCode('province', '99'), []);
  });

  it('a unit state is one object whichever query returns it', () => {
    const u = only(g.find('Chí Minh', BEFORE, { parentCode: '180' }));
    assert.equal(g.byCode('commune', '06013', BEFORE)[0], u);
    assert.ok(g.children(g.parent(u)!, BEFORE).includes(u));
    assert.ok(g.suggest('Chí Mình', BEFORE, { parentCode: '180' }).some((s) => s.unit === u));
    assert.ok(g.predecessors(g.successors(u)[0].unit).some((p) => p.unit === u));
  });
});

describe('gazetteer: the packed form the bundles embed (esbuild.mjs)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const packed = packGazetteer(require('../../server/data/gazetteer.json'));

  it('is plain JSON data, so the embedded copy is the same', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(packed)), packed);
  });

  it('gives the same units as the file', () => {
    const bundled = createGazetteer(JSON.parse(JSON.stringify(packed)));
    for (const name of ['Chí Minh', 'Nhất Hoà', 'Bà Rịa – Vũng Tàu', 'Mương Chanh', 'Phú Quý']) {
      assert.deepEqual(bundled.findAnyTime(name), g.findAnyTime(name), name);
    }
    assert.deepEqual(bundled.children(bundled.byCode('district', '185', BEFORE)[0], BEFORE), g.children(g.byCode('district', '185', BEFORE)[0], BEFORE));
    assert.equal(bundled.stats().units, g.stats().units);
  });
});

describe('gazetteer: the reform and later changes', () => {
  it('63 provinces before 2025-07-01, 34 from then on', () => {
    assert.equal(g.provinces(day('2025-06-30')).length, 63);
    assert.equal(g.provinces(AFTER).length, 34);
    assert.equal(g.provinces(day('2027-01-01')).length, 34);
    assert.equal(g.provinces(day('2005-01-01')).length, 64); // Hà Tây until 2008-08-01
  });

  it('3,321 communes from 2025-07-01, no districts, no thị trấn', () => {
    const all = communesOn(AFTER);
    assert.equal(all.length, 3321);
    assert.equal(new Set(all.map((u) => u.code)).size, 3321);
    assert.ok(all.every((u) => u.type !== 'thi_tran' && u.parentCode === u.provinceCode));
    assert.deepEqual(g.find('Bắc Sơn', AFTER, { level: 'district' }), []);
    assert.equal(communesOn(day('2025-06-30')).length, 0); // then communes hung under districts
  });

  it('the island districts became đặc khu (a district successor)', () => {
    const d = only(g.find('Côn Đảo', BEFORE, { level: 'district' }));
    const s = g.successors(d);
    assert.deepEqual(s.map((x) => [x.unit.fullName, x.unit.type, x.kind]), [['Đặc khu Côn Đảo', 'dac_khu', 'full']]);
  });

  it('provinces have successors too (Hà Giang → Tuyên Quang)', () => {
    const hg = only(g.find('Hà Giang', BEFORE, { level: 'province' }));
    assert.deepEqual(g.successors(hg).map((s) => [s.unit.code, s.unit.name, s.kind]), [['08', 'Tuyên Quang', 'full']]);
    const ls = only(g.find('Lạng Sơn', BEFORE, { level: 'province' }));
    assert.deepEqual(g.successors(ls).map((s) => s.kind), ['unchanged']);
  });

  it('after 2026-04-30: Thành phố Đồng Nai and 10 new phường', () => {
    const w = day('2026-05-01');
    const dn = only(g.find('Đồng Nai', w, { level: 'province' }));
    assert.equal(dn.type, 'thanh_pho_tw');
    assert.equal(dn.fullName, 'Thành phố Đồng Nai');
    assert.equal(dn.validFrom, '2026-04-30');
    const ln = only(g.find('Lộc Ninh', w, { provinceCode: '75' }));
    assert.equal(ln.fullName, 'Phường Lộc Ninh');
    assert.deepEqual(g.find('Xã Lộc Ninh', w, { provinceCode: '75' }), []);
    const retyped = g.children(dn, w).filter((u) => u.validFrom === '2026-04-30');
    assert.equal(retyped.length, 10);
    assert.ok(retyped.every((u) => u.type === 'phuong'));
    assert.equal(g.province(ln)?.type, 'thanh_pho_tw');
    assert.equal(communesOn(w).length, 3321);
  });

  it('a window straddling a change returns both states', () => {
    const april = windowOf('2026-04');
    assert.deepEqual(g.find('Đồng Nai', april, { level: 'province' }).map((u) => u.type).sort(), ['thanh_pho_tw', 'tinh']);
    assert.deepEqual(g.find('Lộc Ninh', april, { provinceCode: '75' }).map((u) => u.type).sort(), ['phuong', 'xa']);
    const y2025 = windowOf('2025');
    assert.deepEqual(g.find('Trùng Khánh', y2025, { provinceCode: '04' }).map((u) => `${u.code}:${u.type}`).sort(),
      ['01477:thi_tran', '01477:xa', '047:huyen']);
    assert.equal(g.provinces(y2025).length, 63 + 34);
  });
});

describe('gazetteer: helpers', () => {
  it('type words', () => {
    assert.deepEqual(typesOfWord('xã'), ['xa']);
    assert.deepEqual(typesOfWord('Thị trấn'), ['thi_tran']);
    assert.deepEqual(typesOfWord('THÀNH PHỐ'), ['thanh_pho_tw', 'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw']);
    assert.deepEqual(typesOfWord('đặc khu'), ['dac_khu']);
    assert.deepEqual(typesOfWord('TP.'), typesOfWord('thành phố'));
    assert.deepEqual(typesOfWord('làng'), []);
    assert.equal(typeWord('thi_xa'), 'Thị xã');
    assert.equal(levelOfType('thi_xa'), 'district');
    assert.deepEqual(splitTypeWord('thị trấn Bắc Sơn'), { types: ['thi_tran'], word: 'thị trấn', name: 'Bắc Sơn' });
    assert.equal(splitTypeWord('Xã'), undefined);
  });

  it('windowOf: day, month, year', () => {
    assert.deepEqual(windowOf('2025-06-30'), { from: '2025-06-30', to: '2025-07-01' });
    assert.deepEqual(windowOf('2024-02'), { from: '2024-02-01', to: '2024-03-01' });
    assert.deepEqual(windowOf('2024-12'), { from: '2024-12-01', to: '2025-01-01' });
    assert.deepEqual(windowOf('2025'), { from: '2025-01-01', to: '2026-01-01' });
    assert.throws(() => windowOf('30/6/2025'));
  });

  it('data header names its sources and a fixed generation date', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const raw = require('../../server/data/gazetteer.json');
    assert.equal(raw._source.generated, '2026-11-22');
    assert.ok(raw._source.commits.includes('fc33b7411ec4e3697817fab8118718a8d39ef090'));
    assert.ok(g.stats().units > 17000);
  });
});

describe('gazetteer: banded edit distance', () => {
  it('agrees with fold.ts editDistance (capped at max + 1)', () => {
    const letters = 'aăâbdđeêoôơ -';
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const word = () => Array.from({ length: rnd(10) }, () => letters[rnd(letters.length)]).join('');
    for (let t = 0; t < 5000; t++) {
      const a = word(); const b = word(); const max = rnd(4);
      assert.equal(bandedDistance(a, b, max), Math.min(editDistance(a, b, max), max + 1), `${a}|${b}|${max}`);
    }
  });
});

describe('gazetteer: shape facts the place rules rely on', () => {
  // place/defunct, place/wrong-parent and the place analysis take a code's last state as its
  // latest and never sort; place/defunct also reads every district state's end date.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const raw = require('../../server/data/gazetteer.json') as { d: Array<[number, ...unknown[]]>; p: Array<[number, ...unknown[]]>; c: Array<[number, ...unknown[]]> };
  const levels = [['province', raw.p], ['district', raw.d], ['commune', raw.c]] as const;

  it("a code's states are stored oldest first, without overlapping", () => {
    let pairs = 0;
    for (const [level, units] of levels) {
      for (const [code] of units) {
        const states = g.byCode(level, String(code).padStart(level === 'province' ? 2 : level === 'district' ? 3 : 5, '0'));
        for (let k = 1; k < states.length; k++, pairs++) {
          assert.ok(states[k - 1].validTo !== null && states[k - 1].validTo! <= states[k].validFrom, `${level} ${code}: state ${k} starts before state ${k - 1} ends`);
        }
      }
    }
    assert.ok(pairs > 1000, `only ${pairs} consecutive state pairs checked`);
  });

  it('every district state ended by the 2025 reform (there are no districts after it)', () => {
    let states = 0;
    for (const [code] of raw.d) {
      for (const s of g.byCode('district', String(code).padStart(3, '0'))) {
        states++;
        assert.ok(s.validTo !== null && s.validTo <= REFORM_DATE, `district ${code} (${s.name}) is open or ends after the reform`);
      }
    }
    assert.ok(states >= raw.d.length, `only ${states} district states read`);
  });
});

describe('gazetteer: the memo of names looked up', () => {
  it('answers stay right past its bound (8,192 names), for names with and without their type word', () => {
    const w = day('2025-03-01');
    const before = codes(g.find('xã Chí Minh', w));
    for (let k = 0; k < 9000; k++) assert.deepStrictEqual(g.find(`Không Có ${k}`, w), []);
    assert.deepStrictEqual(codes(g.find('xã Chí Minh', w)), before);
    assert.ok(before.length >= 3, `only ${before.length} units for xã Chí Minh`);
    assert.deepStrictEqual(codes(g.find('Chí Minh', w, { types: ['xa'] })), before);
  });
});
