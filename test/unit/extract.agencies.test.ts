import { strict as assert } from 'assert';
import * as fs from 'fs';
import { parseNotice } from '../../server/src/core/parse/parser';
import { extractAgencies } from '../../server/src/core/extract/agencies';
import { extractAbbreviations } from '../../server/src/core/extract/abbreviations';
import { nearMiss } from '../../server/src/core/extract/agencyNear';
import { extractCitations } from '../../server/src/core/extract/citations';
import { getAgencyRegistry } from '../../server/src/core/data/agencies';
import { lint } from '../../server/src/core/lint';
import { loadReferenceData } from '../../server/src/core/data/load';

const reg = getAgencyRegistry();
const doc = (body: string, recipients = '- Như trên;') => `Số: 11/TB-UBND\nYên Bái, ngày 03 tháng 4 năm 2023\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n${body}\n\nNơi nhận:\n${recipients}\n- Lưu: VT, KT(NTH).\n`;
const run = (t: string) => {
  const m = parseNotice(t);
  return extractAgencies(m, reg, extractCitations(m.text).map((c) => c.span));
};

describe('extract/agencies', () => {
  it('names with localities, longest first, in body and Nơi nhận', () => {
    const x = run(doc('Giao Sở Tài chính tỉnh Yên Bái chủ trì, phối hợp UBND huyện Lục Yên và Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn.', '- Ủy ban MTTQ VN tỉnh;'));
    const got = x.mentions.map((m) => [m.text, m.locality, m.entries[0].id, m.zone]);
    assert.deepEqual(got.slice(1), [
      ['Sở Tài chính', 'tỉnh Yên Bái', 'so-tai-chinh', 'body'],
      ['UBND huyện', 'huyện Lục Yên', 'ubnd-huyen', 'body'],
      ['Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn', undefined, 'ban-qlda-nnptnt', 'body'],
      ['Ủy ban MTTQ VN tỉnh', 'tỉnh', 'mttq-tinh', 'recipients'],
    ]);
    assert.equal(x.mentions[2].text.slice(0, x.mentions[2].coreSpan.end - x.mentions[2].span.start), 'UBND');
  });

  it('list items are short names; "Văn hóa, Thể thao và Du lịch" is one item', () => {
    const x = run(doc('Dự họp có Lãnh đạo các Sở, ngành: Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch, Ban Dân tộc, Y tế.'));
    const items = x.mentions.filter((m) => m.inList);
    assert.deepEqual(items.map((m) => [m.text, m.via, m.entries.map((e) => e.id).join()]), [
      ['Kế hoạch và Đầu tư', 'short-name', 'so-ke-hoach-dau-tu'],
      ['Văn hóa, Thể thao và Du lịch', 'short-name', 'so-van-hoa-tt-dl'],
      ['Ban Dân tộc', 'alias', 'ban-dan-toc'],
      ['Y tế', 'short-name', 'so-y-te'],
    ]);
  });

  it('citation issuers and "(cũ)" are historical; localities stop at line ends', () => {
    const x = run(doc('Thực hiện Kế hoạch số 20/KH-STNMT ngày 07/02/2023 của Sở Tài nguyên và Môi trường.\n\nGiao Sở Kế hoạch và Đầu tư (cũ) bàn giao; UBND huyện Văn Chấn\n\n- rà soát.'));
    const h = x.mentions.filter((m) => m.text.startsWith('Sở')).map((m) => m.historical);
    assert.deepEqual(h, [true, true]);
    const u = x.mentions.find((m) => m.text === 'UBND huyện');
    assert.ok(u && !/\n/.test(u.locality ?? ''), `locality ${JSON.stringify(u?.locality)}`);
    assert.equal(u?.historical, false);
  });

  it('whether a mention is historical does not depend on the order the mentions are asked in', () => {
    const text = doc('Thực hiện Kế hoạch số 20/KH-STNMT ngày 07/02/2023 của Sở Tài nguyên và Môi trường. Giao Sở Tài chính chủ trì. '
      + 'Theo Công văn số 15/UBND-KT ngày 01/3/2023 của UBND huyện Văn Chấn. Sở Y tế phối hợp.');
    const inOrder = run(text).mentions.map((m) => [m.text, m.historical]);
    assert.deepEqual(inOrder.filter(([, h]) => h).map(([t]) => t), ['Sở Tài nguyên và Môi trường', 'UBND huyện']);
    const x = run(text);
    const lastFirst = [...x.mentions].reverse().map((m) => [m.text, m.historical]).reverse();
    assert.deepEqual(lastFirst, inOrder);
    assert.deepEqual(x.mentions.map((m) => [m.text, m.historical]), inOrder, 'asked again');
  });

  it('unknown headword phrases are collected; near misses found word by word', () => {
    const x = run(doc('Chủ tịch Ủy nhân dân tỉnh yêu cầu; Đoàn kiểm tra ghi nhận.'));
    assert.deepEqual(x.unknown.map((u) => u.text), ['Ủy nhân dân tỉnh yêu cầu', 'Đoàn kiểm tra ghi nhận']);
    const w = { from: '2023-04-03', to: '2023-04-04' };
    assert.equal(nearMiss(reg, 'Ủy nhân dân tỉnh yêu cầu', w, false)?.replacement, 'Ủy ban nhân dân');
    assert.equal(nearMiss(reg, 'Đoàn kiểm tra ghi nhận', w, false), undefined);
    assert.equal(nearMiss(reg, 'Văn phòng HĐND tỉnh', w, false), undefined);
    assert.equal(nearMiss(reg, 'Trung tâm Y tế huyện', w, false), undefined);
  });

  it('the issuing province comes from the header when it names one', () => {
    assert.deepEqual([run('UBND TỈNH YÊN BÁI\nSỞ Y TẾ\n' + doc('Nội dung.')).province, run('UBND TỈNH YÊN BÁI\nSỞ Y TẾ\n' + doc('Nội dung.')).provinceCertain], ['YÊN BÁI', true]);
    assert.deepEqual([run(doc('Nội dung.')).province, run(doc('Nội dung.')).provinceCertain], ['Yên Bái', false]);
  });
});

describe('extract/agencies — lists and phrases off the common path', () => {
  const inList = (t: string) => run(doc(t)).mentions.filter((m) => m.inList).map((m) => [m.text, m.entries.map((e) => e.id).join()]);
  const unknownIn = (t: string) => run(doc(t)).unknown.filter((u) => u.zone === 'body').map((u) => u.text);

  it('a fill-in blank in a list is one unknown item; the items after it still resolve', () => {
    const blank = '_'.repeat(420);
    const x = run(doc(`Dự họp có các Sở, ngành: ${blank}, Y tế.`));
    assert.deepEqual(x.mentions.filter((m) => m.inList).map((m) => m.text), ['Y tế']);
    assert.ok(x.unknown.some((u) => u.inList && u.text === blank));
  });

  it('a list name broken by a long run of spaces is still read whole', () => {
    const gap = ' '.repeat(170);
    assert.deepEqual(inList(`Dự họp có các Sở, ngành: Kế hoạch${gap}và Đầu tư, Y tế.`), [[`Kế hoạch${gap}và Đầu tư`, 'so-ke-hoach-dau-tu'], ['Y tế', 'so-y-te']]);
  });

  it('a short name of a ministry only stays the ministry; a short name ending in "tỉnh" has its core without it', () => {
    assert.deepEqual(inList('Dự họp có các Sở, ngành: Quốc phòng, Ngoại giao.'), [['Quốc phòng', 'bo-quoc-phong'], ['Ngoại giao', 'bo-ngoai-giao']]);
    const t = doc('Dự họp có các Sở, ngành: Quân sự tỉnh, Y tế.');
    const m = run(t).mentions.find((x) => x.text === 'Quân sự tỉnh');
    assert.equal(m && t.slice(m.coreSpan.start, m.coreSpan.end), 'Quân sự');
  });

  it('a name in Markdown link brackets is found', () => {
    assert.ok(run(doc('Xem [Sở Tài chính](https://stc.example.vn).')).mentions.some((m) => m.text === 'Sở Tài chính' && m.entries[0].id === 'so-tai-chinh'));
  });

  it('a headword run on by an en dash starts no phrase; a headword at the end of the body or cut by the window does', () => {
    assert.deepEqual(unknownIn('Giao các Ban–ngành của tỉnh thực hiện.'), []);
    assert.deepEqual(unknownIn('Hồ sơ gửi về Bộ'), ['Bộ']);
    const spaced = `Giao Bộ${' '.repeat(36)}Chỉ huy Biên giới thực hiện.`;
    assert.deepEqual(unknownIn(spaced), [spaced.slice(5, -1)]);
    // "Tỉnh" starts only two-word headwords ("Tỉnh Đoàn", "Tỉnh ủy"): with the next word cut, none.
    assert.deepEqual(unknownIn(`Về Tỉnh${' '.repeat(35)}nhà văn hóa.`), []);
  });
});

describe('extract/abbreviations', () => {
  it('tokens, exclusions and definitions', () => {
    const m = parseNotice(doc('I. KẾT QUẢ CHUNG\n\nCác Chương trình mục tiêu quốc gia (MTQG) và KT-XH; Kế hoạch số 15/KH-UBND; đường ĐH.05; COVID-19; Công ty CP XD Hòa Bình; (sau đây gọi tắt là BCĐ); KH&ĐT; MTQG.', '- HĐND, MTQT huyện;'));
    const x = extractAbbreviations(m);
    assert.deepEqual([...new Set(x.uses.map((u) => u.text))], ['UBND', 'MTQG', 'KT-XH', 'BCĐ', 'KH&ĐT', 'HĐND', 'MTQT']);
    assert.equal(x.definitions.get('MTQG')?.expansion, 'mục tiêu quốc gia');
    assert.ok(x.definitions.has('BCĐ'));
    assert.ok(!x.definitions.has('KT-XH'));
  });
});

describe('agency and abbreviation rules on the seeds', () => {
  const dir = '/work/shared/seeds';
  const expected: Record<string, string[]> = {
    '000': [],
    '001': ['agency/inconsistent-name Ban Quản lý đầu tư xây dựng'],
    '002': ['agency/unknown Ủy nhân dân', 'agency/unknown-abbreviation MTQT', 'agency/unknown-abbreviation MTQT'],
    '003': [],
    '004': [],
  };
  it('only the known errors (skipped without the seeds)', function () {
    if (!fs.existsSync(dir)) this.skip();
    const data = loadReferenceData();
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const t = fs.readFileSync(`${dir}/${f}`, 'utf8');
      const got = lint(t, { data }).findings
        .filter((x) => x.ruleId.startsWith('agency/'))
        .map((x) => `${x.ruleId} ${t.slice(x.originalSpan.start, x.originalSpan.end)}`);
      assert.deepEqual(got, expected[f.slice(0, 3)] ?? [], f);
    }
  });
});
