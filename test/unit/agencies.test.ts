import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import {
  AGENCY_HEADWORDS, AgencyEntry, DateWindow, agencyDataSources, getAgencyRegistry,
} from '../../server/src/core/data/agencies';

const reg = getAgencyRegistry();
const day = (iso: string): DateWindow => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 1);
  return { from: iso, to: d.toISOString().slice(0, 10) };
};
const year = (y: number): DateWindow => ({ from: `${y}-01-01`, to: `${y + 1}-01-01` });
const id = (i: string): AgencyEntry => {
  const e = reg.byId(i);
  assert.ok(e, `no entry ${i}`);
  return e;
};
const ids = (es: AgencyEntry[]) => es.map((e) => e.id).sort();

describe('agency registry — data', () => {
  it('every entry is complete, sourced, and a U entry is never dated', () => {
    const sources = agencyDataSources().sources;
    assert.ok(reg.all().length > 100);
    for (const e of reg.all()) {
      assert.ok(sources[e.source], `${e.id}: source ${e.source} not in the header`);
      assert.ok(['P', 'S', 'U'].includes(e.status), e.id);
      assert.ok(['central', 'province', 'district', 'commune', 'local'].includes(e.level), e.id);
      if (e.status === 'U') assert.deepEqual([e.validFrom, e.validTo], [null, null], `${e.id} is U but dated`);
      for (const s of e.successors) assert.ok(reg.byId(s)?.predecessors.includes(e.id), `${e.id} → ${s}`);
    }
    assert.match(agencyDataSources().curated, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('ids are unique and the JSON is what the generator writes', () => {
    assert.equal(new Set(reg.all().map((e) => e.id)).size, reg.all().length);
    execFileSync(process.execPath, ['scripts/agencies.source.mjs', '--check'], { stdio: 'pipe' });
  });

  it('exports the headwords, longer ones first', () => {
    for (const w of ['Sở', 'Bộ', 'Ban', 'Cục', 'Chi cục', 'Văn phòng', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Thanh tra', 'Kho bạc', 'Trung tâm', 'Hội', 'Đài', 'Báo', 'Công an', 'Bộ Chỉ huy', 'Ngân hàng', 'Liên minh', 'Tỉnh Đoàn']) {
      assert.ok(AGENCY_HEADWORDS.includes(w), w);
    }
    assert.ok(AGENCY_HEADWORDS.indexOf('Bộ Chỉ huy') < AGENCY_HEADWORDS.indexOf('Bộ'));
  });
});

describe('agency registry — 2025 mergers (DOMAIN.md §10)', () => {
  const before = day('2024-06-01');
  const after = day('2026-01-15');
  const mergers: Array<[string, string[]]> = [
    ['so-ke-hoach-dau-tu', ['so-tai-chinh']],
    ['so-giao-thong-van-tai', ['so-xay-dung']],
    ['so-tai-nguyen-moi-truong', ['so-nong-nghiep-moi-truong']],
    ['so-nong-nghiep-ptnt', ['so-nong-nghiep-moi-truong']],
    ['so-thong-tin-truyen-thong', ['so-khoa-hoc-cong-nghe']],
    ['so-lao-dong-tbxh', ['so-noi-vu']],
    ['ban-dan-toc', ['so-dan-toc-ton-giao']],
    ['bo-ke-hoach-dau-tu', ['bo-tai-chinh']],
    ['bo-giao-thong-van-tai', ['bo-xay-dung']],
    ['bo-tai-nguyen-moi-truong', ['bo-nong-nghiep-moi-truong']],
    ['bo-nong-nghiep-ptnt', ['bo-nong-nghiep-moi-truong']],
    ['bo-thong-tin-truyen-thong', ['bo-khoa-hoc-cong-nghe']],
    ['bo-lao-dong-tbxh', ['bo-noi-vu']],
    ['uy-ban-dan-toc', ['bo-dan-toc-ton-giao']],
  ];
  for (const [old, succ] of mergers) {
    it(`${old} → ${succ.join(', ')} on 01/3/2025`, () => {
      const e = id(old);
      assert.equal(e.validTo, '2025-03-01');
      assert.ok(reg.isValid(e, before), 'valid before');
      assert.ok(reg.isValid(e, day('2025-02-28')), 'valid on the last day');
      assert.ok(!reg.isValid(e, day('2025-03-01')), 'gone on 01/3/2025');
      assert.ok(!reg.isValid(e, after), 'gone in 2026');
      assert.deepEqual(ids(reg.successorsOf(e)), succ);
      for (const s of reg.successorsOf(e)) assert.ok(reg.isValid(s, after), `${s.id} valid after`);
    });
  }

  it('Sở Kế hoạch và Đầu tư: valid 2024-06-01, not 2026-01-15, successor Sở Tài chính', () => {
    const m = reg.matchPrefix('Sở Kế hoạch và Đầu tư chủ trì');
    assert.ok(m);
    assert.ok(reg.isValid(m.entry, before));
    assert.ok(!reg.isValid(m.entry, after));
    assert.deepEqual(reg.successorsAt(m.entry, after).map((e) => e.name), ['Sở Tài chính']);
  });

  it('Bộ Thông tin và Truyền thông → Bộ Khoa học và Công nghệ (seed 002)', () => {
    const m = reg.matchPrefix('Bộ Thông tin và Truyền thông, hiện Bộ đã chỉ đạo');
    assert.equal(m?.entry.id, 'bo-thong-tin-truyen-thong');
    assert.ok(reg.isValid(m.entry, year(2024)));
    assert.deepEqual(reg.successorsAt(m.entry, after).map((e) => e.name), ['Bộ Khoa học và Công nghệ']);
  });

  it('new bodies did not exist before 01/3/2025; merged-into bodies list their predecessors', () => {
    for (const n of ['so-nong-nghiep-moi-truong', 'bo-nong-nghiep-moi-truong', 'so-dan-toc-ton-giao', 'bo-dan-toc-ton-giao']) {
      assert.ok(!reg.isValid(id(n), before), n);
      assert.ok(reg.isValid(id(n), after), n);
    }
    assert.deepEqual(id('so-nong-nghiep-moi-truong').predecessors, ['so-nong-nghiep-ptnt', 'so-tai-nguyen-moi-truong']);
    assert.deepEqual(id('so-tai-chinh').predecessors, ['so-ke-hoach-dau-tu']);
    assert.ok(reg.isValid(id('so-tai-chinh'), before) && reg.isValid(id('so-tai-chinh'), after));
  });

  it('a window overlapping the merger keeps the old body valid (partial dates)', () => {
    assert.ok(reg.isValid(id('so-ke-hoach-dau-tu'), { from: '2025-03-01', to: '2025-04-01' }) === false);
    assert.ok(reg.isValid(id('so-ke-hoach-dau-tu'), { from: '2025-01-01', to: '2026-01-01' }));
  });

  it('the uniform sets: 17 before, 12 after, all with province level', () => {
    const uniform = (w: DateWindow) => reg.all().filter((e) => e.level === 'province' && e.kind === 'department'
      && !e.provinceSpecific && !e.provinces && reg.isValid(e, w)).map((e) => e.name);
    assert.equal(uniform(before).length, 17, uniform(before).join('; '));
    assert.equal(uniform(after).length, 12, uniform(after).join('; '));
  });

  it('ministries: 18 + 4 before, 14 + 3 after (Nghị quyết 176/2025/QH15)', () => {
    const count = (w: DateWindow, kind: string) => reg.all().filter((e) => e.kind === kind && reg.isValid(e, w)).length;
    assert.equal(count(before, 'ministry'), 18);
    assert.equal(count(before, 'ministry-level'), 4);
    assert.equal(count(after, 'ministry'), 14);
    assert.equal(count(after, 'ministry-level'), 3);
  });

  it('district bodies end on 01/7/2025; communes and provinces continue', () => {
    for (const n of ['ubnd-huyen', 'hdnd-huyen', 'huyen-uy', 'mttq-huyen', 'phong-tc-kh', 'ubnd-thi-tran']) {
      assert.ok(reg.isValid(id(n), day('2025-06-30')), n);
      assert.ok(!reg.isValid(id(n), day('2025-07-01')), n);
      assert.equal(id(n).status, 'S');
    }
    for (const n of ['ubnd-xa', 'ubnd-tinh', 'hdnd-xa']) assert.ok(reg.isValid(id(n), after), n);
    assert.ok(!reg.isValid(id('ubnd-dac-khu'), before) && reg.isValid(id('ubnd-dac-khu'), after));
  });

  it('U entries are never defunct', () => {
    for (const e of reg.all().filter((x) => x.status === 'U')) {
      assert.ok(reg.isValid(e, day('1990-01-01')) && reg.isValid(e, day('2030-01-01')), e.id);
    }
    assert.ok(reg.isValid(id('cuc-thue-tinh'), after), 'Cục Thuế: 2025 date not sourced, left open');
  });

  it('province restriction: Sở Quy hoạch - Kiến trúc only in Hà Nội and TP.HCM', () => {
    const e = reg.matchPrefix('Sở Quy hoạch - Kiến trúc')?.entry;
    assert.ok(e);
    assert.ok(reg.isValid(e, before, 'Hà Nội'));
    assert.ok(reg.isValid(e, before, 'Thành phố Hồ Chí Minh'));
    assert.ok(reg.isValid(e, before, 'TP.HCM'));
    assert.ok(!reg.isValid(e, before, 'tỉnh Lạng Sơn'));
    assert.ok(reg.isValid(e, before), 'no province given: no restriction applied');
    assert.ok(reg.isValid(id('so-ngoai-vu'), after, 'Lạng Sơn'), 'Sở Ngoại vụ Lạng Sơn continues');
  });
});

describe('agency registry — matching', () => {
  it('longest name and trailing locality', () => {
    const m = reg.matchPrefix('Sở Tài nguyên và Môi trường tỉnh Lạng Sơn về triển khai');
    assert.equal(m?.entry.id, 'so-tai-nguyen-moi-truong');
    assert.equal(m?.matchedText, 'Sở Tài nguyên và Môi trường');
    assert.equal(m?.locality, 'tỉnh Lạng Sơn');
    assert.equal(m?.end, 'Sở Tài nguyên và Môi trường tỉnh Lạng Sơn'.length);
    const u = reg.matchPrefix('UBND huyện Lộc Bình và');
    assert.deepEqual([u?.entry.id, u?.matchedText, u?.locality], ['ubnd-huyen', 'UBND huyện', 'huyện Lộc Bình']);
    const b = reg.matchPrefix('Báo Lạng Sơn, Đài Phát thanh');
    assert.deepEqual([b?.entry.id, b?.locality], ['bao-tinh', 'Lạng Sơn']);
    assert.equal(reg.matchPrefix('Báo cáo chung')?.locality, undefined);
  });

  it('tone placement, case and NFD input do not matter', () => {
    for (const s of ['Sở Văn hoá, Thể thao và Du lịch', 'Sở Văn hóa, Thể thao và Du lịch', 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      'Sở Văn hóa - Thể thao và Du lịch', 'Sở Văn hóa – Thể thao và Du lịch', 'Sở Văn hóa Thể thao và Du lịch',
      'Sở Văn hóa, Thể thao và Du lịch'.normalize('NFD')]) {
      assert.equal(reg.matchPrefix(s)?.entry.id, 'so-van-hoa-tt-dl', s);
    }
    assert.equal(reg.matchPrefix('Huyện uỷ Lộc Bình')?.entry.id, 'huyen-uy');
    assert.equal(reg.matchPrefix('Ủy ban nhân dân tỉnh'.normalize('NFD'))?.entry.id, 'ubnd-tinh');
    assert.equal(reg.matchPrefix('Uỷ ban nhân dân tỉnh')?.entry.id, 'ubnd-tinh');
  });

  it('a level word that does not fit is reported, not swallowed', () => {
    const m = reg.matchPrefix('Bộ Chỉ huy Quân sự xã Xuân Dương');
    assert.equal(m?.entry.id, 'bchqs-tinh');
    assert.equal(m?.levelMismatch, 'xã');
    assert.equal(m?.locality, undefined);
    // Commune police is a body of its own.
    assert.equal(reg.matchPrefix('Công an xã Xuân Dương')?.entry.id, 'cong-an-xa');
  });

  it('short names resolve to the ministry and the department', () => {
    assert.deepEqual(ids(reg.byShortName('Kế hoạch và Đầu tư')), ['bo-ke-hoach-dau-tu', 'so-ke-hoach-dau-tu']);
    assert.deepEqual(ids(reg.byShortName('Văn hoá - Thể thao và Du lịch', 'province')), ['so-van-hoa-tt-dl']);
    assert.deepEqual(reg.byShortName('Không có'), []);
  });

  it('abbreviations (DOMAIN.md §7) and misspellings', () => {
    assert.equal(reg.abbreviation('UBND')?.needsDefinition, false);
    assert.equal(reg.abbreviation('MTTQ')?.expansion, 'Mặt trận Tổ quốc');
    assert.equal(reg.abbreviation('MTQG')?.needsDefinition, true);
    assert.equal(reg.abbreviation('V/v')?.expansion, 'về việc');
    assert.equal(reg.abbreviation('Sở KH&ĐT')?.expansion, 'Sở Kế hoạch và Đầu tư');
    assert.equal(reg.abbreviation('Sở TN&MT')?.expansion, 'Sở Tài nguyên và Môi trường');
    assert.deepEqual(reg.abbreviation('C')?.contexts, ['recipients']);
    for (const a of ['TW', 'TU', 'CP', 'TTg', 'VPCP', 'ĐBQH', 'KT-XH', 'NTM', 'VT', 'BCĐ', 'CTMTQG', 'HU', 'ĐU', 'PVP', 'CVP', 'PT-TH', 'TH-CB']) {
      assert.ok(reg.abbreviation(a), a);
    }
    assert.equal(reg.abbreviation('MTQT'), undefined);
    assert.equal(reg.misspelledAbbreviation('MTQT'), 'MTTQ');
    assert.equal(reg.misspelledAbbreviation('HDND'), 'HĐND');
    assert.equal(reg.misspelledAbbreviation('MTTQ'), undefined);
    assert.equal(reg.matchPrefix('Sở KH&ĐT')?.entry.id, 'so-ke-hoach-dau-tu');
  });

  it('extend adds entries and abbreviations without touching the shared registry', () => {
    const ext = reg.extend({
      agencies: [{ id: 'so-test', name: 'Sở Thử nghiệm', level: 'province', kind: 'department', shortNames: ['Thử nghiệm'] }],
      abbreviations: { 'XYZ': { expansion: 'xây dựng yêu cầu' } },
    });
    assert.equal(ext.matchPrefix('Sở Thử nghiệm tỉnh')?.entry.id, 'so-test');
    assert.equal(ext.byShortName('Thử nghiệm').length, 1);
    assert.equal(ext.abbreviation('XYZ')?.needsDefinition, false);
    assert.ok(ext.isValid(ext.byId('so-test')!, after()));
    assert.equal(reg.byId('so-test'), undefined);
    assert.equal(reg.abbreviation('XYZ'), undefined);
    assert.ok(ext.byId('so-tai-chinh')?.predecessors.includes('so-ke-hoach-dau-tu'));
    function after() { return day('2026-01-15'); }
  });
});

describe('agency registry — localities and look-alikes', () => {
  const at = (s: string) => {
    const m = reg.matchPrefix(s);
    return m && { id: m.entry.id, name: m.matchedText, locality: m.locality, end: m.end };
  };

  it('"thành phố" after a province or district body is its locality; "TP." keeps its dot', () => {
    assert.deepEqual(at('Sở Tài chính thành phố Hà Nội chủ trì'), { id: 'so-tai-chinh', name: 'Sở Tài chính', locality: 'thành phố Hà Nội', end: 29 });
    assert.deepEqual(at('Phòng Tài chính - Kế hoạch thành phố Lạng Sơn báo cáo'),
      { id: 'phong-tc-kh', name: 'Phòng Tài chính - Kế hoạch', locality: 'thành phố Lạng Sơn', end: 45 });
    assert.deepEqual(at('Công an TP. Lạng Sơn chủ trì'), { id: 'cong-an-tinh', name: 'Công an', locality: 'TP. Lạng Sơn', end: 20 });
  });

  it('a word that only starts like a level word, or "chi" without "nhánh", is no locality', () => {
    assert.deepEqual(at('Sở Tài chính thành lập đoàn kiểm tra'), { id: 'so-tai-chinh', name: 'Sở Tài chính', locality: undefined, end: 12 });
    assert.deepEqual(at('Sở Y tế chi trả phụ cấp'), { id: 'so-y-te', name: 'Sở Y tế', locality: undefined, end: 7 });
    assert.deepEqual(at('Kho bạc Nhà nước chi nhánh Lạng Sơn'), { id: 'kho-bac-tinh', name: 'Kho bạc Nhà nước', locality: 'chi nhánh Lạng Sơn', end: 35 });
  });

  it('a hyphen before the level word of a name stays out of the locality', () => {
    assert.deepEqual(at('UBND - huyện Lộc Bình chỉ đạo'), { id: 'ubnd-huyen', name: 'UBND - huyện', locality: 'huyện Lộc Bình', end: 21 });
  });

  it('a place name may start with a capital outside the BMP; a symbol there is no place name', () => {
    assert.deepEqual(at('UBND huyện 𝐋ộc Bình chỉ đạo'), { id: 'ubnd-huyen', name: 'UBND huyện', locality: 'huyện 𝐋ộc Bình', end: 20 });
    assert.deepEqual(at('UBND huyện 😀 chỉ đạo'), { id: 'ubnd-huyen', name: 'UBND huyện', locality: 'huyện', end: 10 });
  });

  it('a word whose hash equals a name word\'s is not that word ("pgđng" and "phòng" hash alike)', () => {
    assert.equal(at('Văn phòng UBND tỉnh')?.id, 'van-phong-ubnd-tinh');
    assert.equal(at('Văn pgđng UBND tỉnh'), undefined);
  });

  it('list items: a free-text name keeps its words without a tail; an item opening with a dash or a quote is unknown', () => {
    const [free, known] = reg.splitList('Ban Chỉ đạo giải phóng mặt bằng huyện Lộc Bình, Tài chính');
    assert.deepEqual([free.text, ids(free.entries), free.tail], ['Ban Chỉ đạo giải phóng mặt bằng huyện Lộc Bình', ['ban-chi-dao'], undefined]);
    assert.deepEqual(ids(known.entries), ['bo-tai-chinh', 'so-tai-chinh']);
    assert.equal(reg.splitList('Kế hoạch và Đầu tư Lạng Sơn, Y tế')[0].tail, 'Lạng Sơn');
    const odd = reg.splitList('- Tài chính, "Y tế", Nội vụ');
    assert.deepEqual(odd.map((i) => [i.text, i.entries.length]), [['- Tài chính', 0], ['"Y tế"', 0], ['Nội vụ', 2]]);
  });
});

describe('agency registry — the seeds', () => {
  // Lists after "các Sở, ngành:" in the five seeds; each item must resolve, and
  // "Văn hóa, Thể thao và Du lịch" must stay one item despite its comma.
  const lists: Array<[string, string, number]> = [
    ['000', 'Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn, Xây dựng, Giao thông vận tải, Tài nguyên và Môi trường, Tài chính, Lao động - Thương binh và Xã hội, Ban Dân tộc, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Thông tin và Truyền thông, Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh, Văn phòng UBND tỉnh. Thành phần huyện', 13],
    ['001', 'Nông nghiệp và Phát triển nông thôn, Kế hoạch và Đầu tư, Tài chính, Lao động - Thương binh và Xã hội, Thông tin và Truyền thông, Y tế, Giao thông vận tải, Tài nguyên và Môi trường, Giáo dục và Đào tạo, Xây dựng, Văn hóa - Thể thao và Du lịch, Công Thương, Nội vụ, Tư pháp, Công an, Bộ Chỉ huy quân sự, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Kho bạc Nhà nước tỉnh, Cục Thống kê, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân, Tỉnh Đoàn Thanh niên, Liên minh Hợp tác xã, Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh, Văn phòng UBND tỉnh và đại diện một số chủ đầu tư: Ban', 26],
    ['001b', 'Ban Quản lý dự án đầu tư xây dựng tỉnh, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn, Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn, Ban Quản lý xây dựng và bảo trì hạ tầng giao thông, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn, Trung tâm Kiểm soát bệnh tật tỉnh', 6],
    ['002', 'Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Tài nguyên và Môi trường, Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Lao động - Thương binh và Xã hội, Nội vụ, Ban Dân tộc tỉnh, Thanh tra tỉnh, Công an tỉnh, Cục Thuế, Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Văn phòng UBND tỉnh.', 17],
    ['004', 'Giáo dục và Đào tạo; Văn hoá, Thể thao và Du lịch; Xây dựng, Y tế; Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lạng Sơn', 5],
    ['004 Nơi nhận', 'Nội vụ; Giao thông vận tải, Giáo dục và Đào tạo, Văn hoá, Thể thao và Du lịch, Xây dựng, Nông nghiệp và Phát triển nông thôn, Sở Y tế;', 7],
  ];
  for (const [seed, text, n] of lists) {
    it(`seed ${seed}: every item of the list resolves`, () => {
      const items = reg.splitList(text);
      assert.equal(items.length, n, items.map((i) => i.text).join(' | '));
      for (const item of items) {
        assert.ok(item.entries.length > 0, `unknown: ${item.text}`);
        assert.equal(item.tail, undefined, `${item.text}: tail ${item.tail}`);
        assert.ok(item.entries.some((e) => reg.isValid(e, year(2023))), `${item.text} not valid in 2023`);
      }
      if (seed === '000') assert.ok(items.some((i) => i.text === 'Văn hóa, Thể thao và Du lịch'));
    });
  }

  // Every agency named in the five seeds, as written, with the id it must resolve to.
  const named: Array<[string, string, string, string?]> = [
    // [seed, text as written (with what follows), id, locality]
    ['000', 'Sở Xây dựng) nâng cao', 'so-xay-dung'],
    ['000', 'Sở Giao thông vận tải đánh giá', 'so-giao-thong-van-tai'],
    ['000', 'Sở Tài chính chủ trì', 'so-tai-chinh'],
    ['000', 'Sở Kế hoạch và Đầu tư, các cơ quan', 'so-ke-hoach-dau-tu'],
    ['000', 'Ban Dân tộc tỉnh xem xét', 'ban-dan-toc', 'tỉnh'],
    ['000', 'Sở Tài nguyên và Môi trường xem xét', 'so-tai-nguyen-moi-truong'],
    ['000', 'Sở Nông nghiệp và Phát triển nông thôn xem xét', 'so-nong-nghiep-ptnt'],
    ['000', 'Cục Thống kê tỉnh, Công ty', 'cuc-thong-ke-tinh', 'tỉnh'],
    ['000', 'UBND tỉnh đã', 'ubnd-tinh', 'tỉnh'],
    ['000', 'UBND huyện, xã báo cáo', 'ubnd-huyen', 'huyện'],
    ['000', 'UBND huyện Tràng Định xem xét', 'ubnd-huyen', 'huyện Tràng Định'],
    ['000', 'UBND xã, Nhà văn hóa', 'ubnd-xa', 'xã'],
    ['000', 'Huyện ủy, Chủ tịch', 'huyen-uy'],
    ['000', 'HĐND tỉnh lựa chọn', 'hdnd-tinh', 'tỉnh'],
    ['000', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Trùng Khánh, xã', 'bcd-mtqg-huyen', 'huyện Trùng Khánh'],
    ['000', 'Ban Chỉ đạo các CTMTQG huyện Trùng Khánh và', 'bcd-mtqg-huyen', 'huyện Trùng Khánh'],
    ['000', 'Ban Chỉ đạo các Chương trình MTQG cấp huyện, xã', 'ban-chi-dao'],
    ['000', 'Chính phủ và UBND tỉnh', 'chinh-phu'],
    ['000', 'Quốc hội về một số', 'quoc-hoi'],
    ['000', 'Trung tâm Thông tin;', 'trung-tam-thong-tin'],
    ['000', 'Văn phòng UBND tỉnh.', 'van-phong-ubnd-tinh', 'tỉnh'],
    ['001', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; đại diện', 'mttq-tinh', 'tỉnh'],
    ['001', 'Thành ủy, Hội đồng nhân dân', 'thanh-uy'],
    ['001', 'Hội đồng nhân dân, UBND', 'hdnd'],
    ['001', 'Đảng ủy, Hội đồng nhân dân, UBND xã', 'dang-uy-xa'],
    ['001', 'Ủy ban MTTQ tỉnh và các huyện', 'mttq-tinh', 'tỉnh'],
    ['001', 'Ủy ban MTTQ cấp xã thực hiện', 'mttq'],
    ['001', 'Ủy ban MTTQ VN tỉnh;', 'mttq-tinh', 'tỉnh'],
    ['001', 'Kho bạc Nhà nước tỉnh, Văn phòng', 'kho-bac-tinh', 'tỉnh'],
    ['001', 'Báo Lạng Sơn, Đài', 'bao-tinh', 'Lạng Sơn'],
    ['001', 'Đài Phát thanh và Truyền hình tỉnh tăng cường', 'dai-pt-th-tinh', 'tỉnh'],
    ['001', 'Đài PT-TH, Báo Lạng Sơn', 'dai-pt-th-tinh'],
    ['001', 'Ban Quản lý đầu tư xây dựng tỉnh chỉ đạo', 'ban-qlda-dtxd-tinh', 'tỉnh'],
    ['001', 'UBND xã Xuất Lễ, huyện Cao Lộc', 'ubnd-xa', 'xã Xuất Lễ'],
    ['001', 'UBND huyện Chi Lăng về', 'ubnd-huyen', 'huyện Chi Lăng'],
    ['001', 'Sở Thông tin và Truyền thông khẩn trương', 'so-thong-tin-truyen-thong'],
    ['001', 'Sở Công Thương, Điện lực', 'so-cong-thuong'],
    ['001', 'Thủ tướng Chính phủ.', 'thu-tuong'],
    ['001', 'Thường trực Tỉnh ủy;', 'thuong-truc-tinh-uy'],
    ['001', 'Thường trực HĐND tỉnh;', 'thuong-truc-hdnd-tinh', 'tỉnh'],
    ['001', 'Trung tâm TH-CB;', 'trung-tam-th-cb'],
    ['001', 'UBND các huyện thành phố', 'ubnd'],
    ['002', 'Huyện uỷ, HĐND, UBND, Ủy ban MTTQ huyện Lộc Bình', 'huyen-uy'],
    ['002', 'Ủy ban MTTQ huyện Lộc Bình và các phòng', 'mttq-huyen', 'huyện Lộc Bình'],
    ['002', 'Ủy ban MTTQ xã Xuân Dương, huyện Lộc Bình', 'mttq-xa', 'xã Xuân Dương'],
    ['002', 'Đảng uỷ, HĐND', 'dang-uy-xa'],
    ['002', 'Huyện ủy Lộc Bình được', 'huyen-uy', 'Lộc Bình'],
    ['002', 'Ban Thường vụ Tỉnh ủy phê duyệt', 'ban-thuong-vu-tinh-uy'],
    ['002', 'Ban Chỉ đạo giải phóng mặt bằng cấp huyện', 'ban-chi-dao'],
    ['002', 'Sở Lao động - Thương binh và Xã hội, Ban', 'so-lao-dong-tbxh'],
    ['002', 'Bộ Thông tin và Truyền thông, hiện', 'bo-thong-tin-truyen-thong'],
    ['002', 'UBND xã Xuân Dương về', 'ubnd-xa', 'xã Xuân Dương'],
    ['002', 'HU, HĐND, UBND, MTQT huyện Lộc Bình;', 'huyen-uy'],
    ['002', 'ĐU, HĐND, UBND', 'dang-uy-xa'],
    ['003', 'Hội đồng nhân dân tỉnh, Chủ tịch', 'hdnd-tinh', 'tỉnh'],
    ['003', 'Đoàn Đại biểu Quốc hội tỉnh, các', 'doan-dbqh-tinh', 'tỉnh'],
    ['003', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lạng Sơn đã', 'bcd-mtqg-tinh', 'tỉnh Lạng Sơn'],
    ['003', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh; tại', 'van-phong-doan-dbqh-hdnd', 'tỉnh'],
    ['003', 'Ban Chỉ đạo các Chương trình MTQG tỉnh đã', 'bcd-mtqg-tinh', 'tỉnh'],
    ['003', 'Sở Nông nghiệp và Phát triển nông thôn, Sở Lao động', 'so-nong-nghiep-ptnt'],
    ['003', 'Ban Dân tộc), các', 'ban-dan-toc'],
    ['004', 'Sở Tài nguyên và Môi trường đã chủ trì', 'so-tai-nguyen-moi-truong'],
    ['004', 'UBND huyện Bắc Sơn về', 'ubnd-huyen', 'huyện Bắc Sơn'],
    ['004', 'Hội Liên hiệp phụ nữ tỉnh, Văn phòng', 'hoi-lhpn-tinh', 'tỉnh'],
    ['004', 'Hội Liên hiệp phụ nữ tỉnh Lạng Sơn;', 'hoi-lhpn-tinh', 'tỉnh Lạng Sơn'],
    ['004', 'Văn phòng điều phối nông thôn mới tỉnh, Ban', 'vp-dieu-phoi-ntm', 'tỉnh'],
    ['004', 'Văn phòng điều phối Chương trình XD NTM tỉnh;', 'vp-dieu-phoi-ntm', 'tỉnh'],
    ['004', 'Văn phòng Điều phối Chương trình xây dựng nông thôn mới **trước', 'vp-dieu-phoi-ntm'],
    ['004', 'Ban Tuyên giáo Tỉnh ủy, Sở Nội vụ', 'ban-tuyen-giao-tinh-uy'],
    ['004', 'Sở Nội vụ; các Sở', 'so-noi-vu'],
    ['004', 'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lạng Sơn, vắng', 'agribank-chi-nhanh', 'Lạng Sơn'],
    ['004', 'Ban Chỉ đạo xây dựng nông thôn mới huyện Bắc Sơn;', 'ban-chi-dao'],
    ['004', 'UBND các xã: Long Đống', 'ubnd'],
    ['004', 'Ủy ban nhân dân tỉnh về việc', 'ubnd-tinh', 'tỉnh'],
    ['004', 'Ban chỉ đạo các chương trình mục tiêu Quốc gia huyện Bắc Sơn', 'bcd-mtqg-huyen', 'huyện Bắc Sơn'],
    ['004', 'Ban chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Lạng Sơn tại', 'bcd-mtqg-tinh', 'tỉnh Lạng Sơn'],
    ['004', 'BCĐ các Chương trình MTQG (để B/c);', 'bcd-mtqg-tinh'],
    ['004', 'Văn phòng Đăng ký Đất đai (đăng Website);', 'vp-dang-ky-dat-dai'],
  ];
  const seedYear: Record<string, number> = { '000': 2024, '001': 2020, '002': 2024, '003': 2024, '004': 2023 };
  for (const [seed, text, want, locality] of named) {
    it(`seed ${seed}: ${text}`, () => {
      const m = reg.matchPrefix(text);
      assert.equal(m?.entry.id, want, `got ${m?.entry.id} via "${m?.matchedText}"`);
      assert.equal(m?.locality, locality);
      assert.ok(reg.isValid(m.entry, year(seedYear[seed]), 'Lạng Sơn'), `${want} not valid in ${seedYear[seed]}`);
    });
  }
});
