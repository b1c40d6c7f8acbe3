#!/usr/bin/env node
// Generates server/data/agencies.json, the curated registry of agency names (ARCHITECTURE.md §8:
// reference data is generated, committed, and carries a header naming its sources).
// Deterministic: same input → byte-identical output. Run: `node scripts/agencies.source.mjs`
// (`--check` compares instead of writing, for a regenerate-and-compare test).
//
// Facts come only from DOMAIN.md and the sources it names (see SOURCES below). Status marks as in
// DOMAIN.md: P = read in the legal text, S = two or more secondary sources, U = one source or
// inference. Every U entry is left open-ended (validFrom = validTo = null) so that no rule ever
// calls it defunct.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CURATED = '2026-11-24';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'server', 'data', 'agencies.json');

/** Dates of the 2025 reorganisation (DOMAIN.md §10). */
const MINISTRIES_2025 = '2025-03-01'; // Nghị quyết 176/2025/QH15: new ministries from 01/3/2025
const SO_2025 = '2025-03-01'; // NĐ 45/2025/NĐ-CP: new provincial departments from 01/3/2025
const TWO_LEVEL = '2025-07-01'; // NQ 202/2025/QH15 + Luật 72/2025/QH15: no districts from 01/7/2025

const SOURCES = {
  'nd30-2020': 'Nghị định 30/2020/NĐ-CP về công tác văn thư, body and Phụ lục I–III (copy in github:ericphan28/van-ban-plus, docs/van-ban-phap-quy/nghi-dinh/30-2020-ND-CP/van-ban-goc/)',
  'nq176-2025': 'Nghị quyết 176/2025/QH15 (structure of the Government from 01/3/2025), as reported by thuvienphapluat.vn and xaydungchinhsach.chinhphu.vn — DOMAIN.md §10',
  'nd24-2014': 'NĐ 24/2014/NĐ-CP amended by NĐ 107/2020/NĐ-CP (provincial departments before 01/3/2025), as reported by thuvienphapluat.vn — DOMAIN.md §10',
  'nd45-2025': 'NĐ 45/2025/NĐ-CP, then NĐ 150/2025/NĐ-CP (provincial departments from 01/3/2025), as reported by thuvienphapluat.vn, xaydungchinhsach.chinhphu.vn, baodautu.vn — DOMAIN.md §10; the 12 uniform and 4 specific departments of NĐ 45/2025 (dated 28/2/2025) were re-checked on hdnd.dongnai.gov.vn (glp-quydinhmoivecoquanchuyenmonthu, 2026-11-24)',
  'langson-2025': 'Lạng Sơn HĐND resolution of 18/02/2025, new departments from 01/3/2025, as reported by laodong.vn and songv.langson.gov.vn — DOMAIN.md §10',
  'nq202-2025': 'Nghị quyết 202/2025/QH15 and Luật 72/2025/QH15 (two-level local government from 01/7/2025), as reported by thuvienphapluat.vn — DOMAIN.md §10',
  'luat80-2015': 'Luật Ban hành VBQPPL 80/2015/QH13 Điều 10 and NĐ 34/2016 Điều 58 (issuers of legal documents), as summarised by thuvienphapluat.vn and luatminhkhue.vn — DOMAIN.md Sources',
  'hd36-2018': 'Hướng dẫn 36-HD/VPTW (03/4/2018) and real Party document headers — DOMAIN.md Sources',
  'domain-s10': 'DOMAIN.md §10, list of bodies common in provincial notices (practice; validity dates not sourced)',
  'seeds': 'Real Lạng Sơn notices 2020–2024 in shared/seeds/ (attest usage of a name only; never a date)',
};

// ───────────────────────────── builders ─────────────────────────────

const entries = [];
/** Add an entry; defaults keep every record complete and in a fixed key order. */
function add(e) {
  const status = e.status ?? 'U';
  if (status === 'U' && (e.validFrom || e.validTo)) throw new Error(`${e.id}: a U entry must stay open-ended`);
  if (!SOURCES[e.source]) throw new Error(`${e.id}: unknown source ${e.source}`);
  entries.push({
    id: e.id,
    name: e.name,
    level: e.level,
    kind: e.kind,
    aliases: e.aliases ?? [],
    shortNames: e.shortNames ?? [],
    abbreviations: e.abbreviations ?? [],
    validFrom: e.validFrom ?? null,
    validTo: e.validTo ?? null,
    successors: e.successors ?? [],
    predecessors: [],
    status,
    ...(e.provinces ? { provinces: e.provinces } : {}),
    ...(e.provinceSpecific ? { provinceSpecific: true } : {}),
    ...(e.freeTail ? { freeTail: true } : {}),
    ...(e.localityName ? { localityName: true } : {}),
    ...(e.codes ? { codes: e.codes } : {}),
    source: e.source,
    sourceNote: e.sourceNote ?? '',
  });
}

/**
 * Spelling variants of a field name ("Văn hóa, Thể thao và Du lịch"): the comma, hyphen and
 * bare forms all occur (seed 000 comma, seed 001 hyphen, NĐ 150/2025 bare). Tone placement
 * (hóa/hoá) and NFC/NFD are folded by the provider, but the old-style spelling is listed once
 * so that the data documents it.
 */
const FIELD_VARIANTS = {
  'Văn hóa, Thể thao và Du lịch': ['Văn hóa - Thể thao và Du lịch', 'Văn hóa Thể thao và Du lịch', 'Văn hoá, Thể thao và Du lịch'],
  'Lao động - Thương binh và Xã hội': ['Lao động, Thương binh và Xã hội', 'Lao động Thương binh và Xã hội'],
  'Giao thông vận tải': ['Giao thông Vận tải'],
};

/**
 * A field served by both a ministry (Bộ) and a provincial department (Sở): one short name, two
 * entries. `m`/`s` hold the per-level options (dates, successors, abbreviations).
 */
function field(key, short, m, s) {
  const variants = FIELD_VARIANTS[short] ?? [];
  if (m) {
    add({
      id: `bo-${key}`, name: `Bộ ${short}`, level: 'central', kind: 'ministry',
      aliases: variants.map((v) => `Bộ ${v}`), shortNames: [short, ...variants],
      abbreviations: m.abbr ?? [], validFrom: m.from, validTo: m.to, successors: m.succ,
      status: 'S', source: 'nq176-2025', sourceNote: m.note,
    });
  }
  if (s) {
    add({
      id: `so-${key}`, name: `Sở ${short}`, level: 'province', kind: 'department',
      aliases: variants.map((v) => `Sở ${v}`), shortNames: [short, ...variants],
      abbreviations: s.abbr ?? [], validFrom: s.from, validTo: s.to, successors: s.succ,
      provinces: s.provinces, provinceSpecific: s.specific, codes: s.codes,
      status: 'S', source: s.source ?? (s.from === SO_2025 || s.to === SO_2025 ? 'nd45-2025' : 'nd24-2014'),
      sourceNote: s.note,
    });
  }
}

// ───────────────────── ministries and departments (§10) ─────────────────────
// Before 01/3/2025: 18 ministries + 4 ministry-level bodies; from 01/3/2025: 14 + 3
// (Nghị quyết 176/2025/QH15). Provincial departments mirror the same five mergers (NĐ 45/2025).

const UNCHANGED_M = 'Continues after Nghị quyết 176/2025/QH15 (one of the 14 ministries).';
const UNIFORM_S = 'Uniform department before (NĐ 24/2014 + NĐ 107/2020) and after 01/3/2025 (NĐ 45/2025).';

field('noi-vu', 'Nội vụ',
  { note: `${UNCHANGED_M} Took over Bộ Lao động - Thương binh và Xã hội.`, abbr: ['BNV'] },
  { note: `${UNIFORM_S} Took over Sở Lao động - Thương binh và Xã hội from 01/3/2025.`, codes: ['SNV'] });
field('tu-phap', 'Tư pháp', { note: UNCHANGED_M, abbr: ['BTP'] }, { note: UNIFORM_S, codes: ['STP'] });
field('tai-chinh', 'Tài chính',
  { note: `${UNCHANGED_M} Took over Bộ Kế hoạch và Đầu tư.`, abbr: ['BTC'] },
  { note: `${UNIFORM_S} Took over Sở Kế hoạch và Đầu tư from 01/3/2025.`, codes: ['STC'] });
field('ke-hoach-dau-tu', 'Kế hoạch và Đầu tư',
  { to: MINISTRIES_2025, succ: ['bo-tai-chinh'], abbr: ['Bộ KH&ĐT', 'Bộ KHĐT', 'BKHĐT'], note: 'Merged into Bộ Tài chính (Nghị quyết 176/2025/QH15).' },
  { to: SO_2025, succ: ['so-tai-chinh'], abbr: ['Sở KH&ĐT', 'Sở KHĐT', 'SKHĐT'], codes: ['SKHĐT'], note: 'Merged into Sở Tài chính from 01/3/2025 (NĐ 45/2025; Lạng Sơn: HĐND resolution of 18/02/2025).' });
field('cong-thuong', 'Công Thương', { note: UNCHANGED_M, abbr: ['BCT'] }, { note: UNIFORM_S, codes: ['SCT'] });
field('nong-nghiep-ptnt', 'Nông nghiệp và Phát triển nông thôn',
  { to: MINISTRIES_2025, succ: ['bo-nong-nghiep-moi-truong'], abbr: ['Bộ NN&PTNT', 'Bộ NNPTNT'], note: 'Merged with Bộ Tài nguyên và Môi trường into Bộ Nông nghiệp và Môi trường.' },
  { to: SO_2025, succ: ['so-nong-nghiep-moi-truong'], abbr: ['Sở NN&PTNT', 'Sở NNPTNT'], codes: ['SNN', 'SNNPTNT'], note: 'Merged with Sở Tài nguyên và Môi trường into Sở Nông nghiệp và Môi trường from 01/3/2025.' });
field('tai-nguyen-moi-truong', 'Tài nguyên và Môi trường',
  { to: MINISTRIES_2025, succ: ['bo-nong-nghiep-moi-truong'], abbr: ['Bộ TN&MT', 'Bộ TNMT'], note: 'Merged with Bộ Nông nghiệp và Phát triển nông thôn into Bộ Nông nghiệp và Môi trường.' },
  { to: SO_2025, succ: ['so-nong-nghiep-moi-truong'], abbr: ['Sở TN&MT', 'Sở TNMT'], codes: ['STNMT'], note: 'Merged with Sở NN&PTNT into Sở Nông nghiệp và Môi trường from 01/3/2025. Issuer code STNMT: seed 004.' });
field('nong-nghiep-moi-truong', 'Nông nghiệp và Môi trường',
  { from: MINISTRIES_2025, abbr: ['Bộ NN&MT', 'Bộ NNMT'], note: 'New ministry from 01/3/2025 (Nghị quyết 176/2025/QH15).' },
  { from: SO_2025, abbr: ['Sở NN&MT', 'Sở NNMT'], codes: ['SNNMT'], note: 'New uniform department from 01/3/2025 (NĐ 45/2025).' });
field('giao-thong-van-tai', 'Giao thông vận tải',
  { to: MINISTRIES_2025, succ: ['bo-xay-dung'], abbr: ['Bộ GTVT'], note: 'Merged into Bộ Xây dựng.' },
  { to: SO_2025, succ: ['so-xay-dung'], abbr: ['Sở GTVT'], codes: ['SGTVT'], note: 'Merged into Sở Xây dựng from 01/3/2025.' });
field('xay-dung', 'Xây dựng',
  { note: `${UNCHANGED_M} Took over Bộ Giao thông vận tải.`, abbr: ['BXD'] },
  { note: `${UNIFORM_S} Took over Sở Giao thông vận tải from 01/3/2025.`, codes: ['SXD'] });
field('thong-tin-truyen-thong', 'Thông tin và Truyền thông',
  { to: MINISTRIES_2025, succ: ['bo-khoa-hoc-cong-nghe'], abbr: ['Bộ TT&TT', 'Bộ TTTT'], note: 'Merged into Bộ Khoa học và Công nghệ.' },
  { to: SO_2025, succ: ['so-khoa-hoc-cong-nghe'], abbr: ['Sở TT&TT', 'Sở TTTT'], codes: ['STTTT'], note: 'Merged into Sở Khoa học và Công nghệ from 01/3/2025.' });
field('lao-dong-tbxh', 'Lao động - Thương binh và Xã hội',
  { to: MINISTRIES_2025, succ: ['bo-noi-vu'], abbr: ['Bộ LĐ-TB&XH', 'Bộ LĐTBXH'], note: 'Merged into Bộ Nội vụ.' },
  { to: SO_2025, succ: ['so-noi-vu'], abbr: ['Sở LĐ-TB&XH', 'Sở LĐTBXH'], codes: ['SLĐTBXH'], note: 'Merged into Sở Nội vụ from 01/3/2025.' });
field('van-hoa-tt-dl', 'Văn hóa, Thể thao và Du lịch',
  { note: UNCHANGED_M, abbr: ['Bộ VHTTDL', 'Bộ VH,TT&DL'] },
  { note: `${UNIFORM_S} NĐ 150/2025 writes it without the comma.`, abbr: ['Sở VHTTDL', 'Sở VH,TT&DL'], codes: ['SVHTTDL'] });
field('khoa-hoc-cong-nghe', 'Khoa học và Công nghệ',
  { note: `${UNCHANGED_M} Took over Bộ Thông tin và Truyền thông.`, abbr: ['Bộ KH&CN', 'Bộ KHCN'] },
  { note: `${UNIFORM_S} Took over Sở Thông tin và Truyền thông from 01/3/2025.`, abbr: ['Sở KH&CN', 'Sở KHCN'], codes: ['SKHCN'] });
field('giao-duc-dao-tao', 'Giáo dục và Đào tạo',
  { note: UNCHANGED_M, abbr: ['Bộ GD&ĐT', 'Bộ GDĐT'] },
  { note: UNIFORM_S, abbr: ['Sở GD&ĐT', 'Sở GDĐT'], codes: ['SGDĐT'] });
field('y-te', 'Y tế', { note: UNCHANGED_M, abbr: ['BYT'] }, { note: UNIFORM_S, codes: ['SYT'] });
field('ngoai-vu', 'Ngoại vụ', null,
  { specific: true, note: 'Province-specific department before and after 01/3/2025; which provinces have one is not in the sources. Sở Ngoại vụ Lạng Sơn continues (laodong.vn, songv.langson.gov.vn).' });
field('du-lich', 'Du lịch', null,
  { specific: true, note: 'Province-specific department before and after 01/3/2025; the list of provinces is not in the sources.' });
field('quy-hoach-kien-truc', 'Quy hoạch - Kiến trúc', null,
  { provinces: ['Hà Nội', 'Hồ Chí Minh'], specific: true, note: 'Only in Hà Nội and Thành phố Hồ Chí Minh (DOMAIN.md §10).' });
field('dan-toc-ton-giao', 'Dân tộc và Tôn giáo',
  { from: MINISTRIES_2025, abbr: ['Bộ DT&TG', 'Bộ DTTG'], note: 'New ministry from 01/3/2025, successor of Ủy ban Dân tộc (Nghị quyết 176/2025/QH15).' },
  { from: SO_2025, specific: true, abbr: ['Sở DT&TG', 'Sở DTTG'], note: 'Province-specific department from 01/3/2025, successor of Ban Dân tộc (NĐ 45/2025).' });
// The other ministries, unchanged by the 2025 reorganisation.
for (const [key, short, abbr] of [['quoc-phong', 'Quốc phòng', 'BQP'], ['cong-an', 'Công an', 'BCA'], ['ngoai-giao', 'Ngoại giao', 'BNG']]) {
  field(key, short, { note: UNCHANGED_M, abbr: [abbr] }, null);
}

add({ id: 'uy-ban-dan-toc', name: 'Ủy ban Dân tộc', level: 'central', kind: 'ministry-level', abbreviations: ['UBDT'],
  validTo: MINISTRIES_2025, successors: ['bo-dan-toc-ton-giao'], status: 'S', source: 'nq176-2025',
  sourceNote: 'Ministry-level body until 01/3/2025, replaced by Bộ Dân tộc và Tôn giáo.' });
add({ id: 'ban-dan-toc', name: 'Ban Dân tộc tỉnh', level: 'province', kind: 'department', aliases: ['Ban Dân tộc'],
  shortNames: ['Ban Dân tộc'], validTo: SO_2025, successors: ['so-dan-toc-ton-giao'], provinceSpecific: true, codes: ['BDT'],
  status: 'S', source: 'nd45-2025', sourceNote: 'Province-specific body (seeds 000, 002, 003) until 01/3/2025, replaced by Sở Dân tộc và Tôn giáo.' });

// Ministry-level bodies that continue (3 after 01/3/2025) and the common central bodies.
const central = (id, name, kind, status, source, note, more = {}) =>
  add({ id, name, level: 'central', kind, status, source, sourceNote: note, ...more });
central('van-phong-chinh-phu', 'Văn phòng Chính phủ', 'ministry-level', 'S', 'nq176-2025', 'Ministry-level body before and after 01/3/2025.', { abbreviations: ['VPCP'] });
central('thanh-tra-chinh-phu', 'Thanh tra Chính phủ', 'ministry-level', 'S', 'nq176-2025', 'Ministry-level body before and after 01/3/2025.', { abbreviations: ['TTCP'] });
central('ngan-hang-nha-nuoc', 'Ngân hàng Nhà nước Việt Nam', 'ministry-level', 'S', 'nq176-2025', 'Ministry-level body before and after 01/3/2025.', { aliases: ['Ngân hàng Nhà nước'], abbreviations: ['NHNN'] });
central('chinh-phu', 'Chính phủ', 'government', 'P', 'nd30-2020', 'Issuer of NĐ 30/2020 itself; symbol CP.', { abbreviations: ['CP'] });
central('thu-tuong', 'Thủ tướng Chính phủ', 'government', 'P', 'nd30-2020', 'Named in NĐ 30/2020 (Điều 13); symbol TTg.', { abbreviations: ['TTg'] });
central('quoc-hoi', 'Quốc hội', 'legislature', 'S', 'luat80-2015', 'Issuer of laws and resolutions numbered N/YYYY/QH<term>.', { abbreviations: ['QH'] });
central('ubtvqh', 'Ủy ban Thường vụ Quốc hội', 'legislature', 'S', 'luat80-2015', 'Issuer of documents numbered N/YYYY/UBTVQH<term>.', { abbreviations: ['UBTVQH'] });
central('chu-tich-nuoc', 'Chủ tịch nước', 'state', 'S', 'luat80-2015', 'Issuer of lệnh and quyết định under Luật 80/2015 Điều 4.', {});
central('ban-chap-hanh-tw', 'Ban Chấp hành Trung ương Đảng', 'party', 'U', 'hd36-2018', 'Party central committee; "TW" in Party symbols.', { aliases: ['Trung ương Đảng', 'Ban Chấp hành Trung ương'], abbreviations: ['BCHTW'] });
central('bo-chinh-tri', 'Bộ Chính trị', 'party', 'U', 'hd36-2018', 'Politburo; issuer of Party conclusions and resolutions ("Kết luận số 127-KL/TW của Bộ Chính trị"). Not a ministry: without it "Bộ Chính trị" read as a misspelt "Bộ Tài chính".', { aliases: ['Bộ Chính trị Ban Chấp hành Trung ương Đảng'] });
central('ban-bi-thu', 'Ban Bí thư', 'party', 'U', 'hd36-2018', 'Party Secretariat; issuer of Party documents (…-CT/TW, …-QĐ/TW).', { aliases: ['Ban Bí thư Trung ương Đảng'] });
central('van-phong-tw', 'Văn phòng Trung ương Đảng', 'party', 'U', 'hd36-2018', 'Issuer of Hướng dẫn 36-HD/VPTW (symbol VPTW).', { abbreviations: ['VPTW'] });
central('mttq-tw', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'front', 'U', 'domain-s10', 'Central level of the front.', { aliases: ['Ủy ban Trung ương MTTQ Việt Nam'] });

// ───────────────────── councils and committees at each level ─────────────────────
// Level words and their validity: districts (huyện, quận, thị xã) and thị trấn end on 01/7/2025;
// đặc khu begins then (NQ 202/2025/QH15, Luật 72/2025/QH15). "thành phố" is both a province-level
// city and a district-level city, so it stays level "local" and open-ended.
const LEVELS = [
  { key: 'tinh', words: ['tỉnh'], level: 'province', status: 'S', source: 'nq202-2025', note: 'Provincial level continues under the two-level system.' },
  { key: 'thanh-pho', words: ['thành phố'], level: 'local', status: 'U', source: 'domain-s10', note: 'A city is province-level (centrally run) or district-level (until 01/7/2025): ambiguous, left open.' },
  { key: 'huyen', words: ['huyện', 'quận', 'thị xã'], level: 'district', to: TWO_LEVEL, status: 'S', source: 'nq202-2025', note: 'District level abolished from 01/7/2025 (two-level local government).' },
  { key: 'xa', words: ['xã', 'phường'], level: 'commune', status: 'S', source: 'nq202-2025', note: 'Commune level (xã, phường) continues.' },
  { key: 'thi-tran', words: ['thị trấn'], level: 'commune', to: TWO_LEVEL, status: 'S', source: 'nq202-2025', note: 'Thị trấn no longer exists from 01/7/2025.' },
  { key: 'dac-khu', words: ['đặc khu'], level: 'commune', from: TWO_LEVEL, status: 'S', source: 'nq202-2025', note: 'Đặc khu is a commune-level unit from 01/7/2025.' },
];
const UBND_FORMS = ['Ủy ban nhân dân', 'UBND', 'UB nhân dân'];
const HDND_FORMS = ['Hội đồng nhân dân', 'HĐND'];
const FRONT_FORMS = ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Ủy ban MTTQ Việt Nam', 'Ủy ban MTTQ VN', 'Ủy ban MTTQ', 'UBMTTQ', 'UBMTTQ Việt Nam', 'MTTQ'];
function perLevel(prefix, forms, kind, extraNote) {
  for (const L of LEVELS) {
    const names = L.words.flatMap((w) => forms.map((f) => `${f} ${w}`));
    const [name, ...rest] = names;
    // The front's existence at an undated level rests on the §10 practice list only.
    const frontUndated = prefix === 'mttq' && !L.from && !L.to;
    add({
      id: `${prefix}-${L.key}`, name, level: L.level, kind,
      aliases: rest.filter((n) => !/^(UBND|HĐND|UBMTTQ|MTTQ) /.test(n)),
      abbreviations: rest.filter((n) => /^(UBND|HĐND|UBMTTQ|MTTQ) /.test(n)),
      validFrom: L.from, validTo: L.to, status: frontUndated ? 'U' : L.status,
      source: frontUndated ? 'domain-s10' : L.source, sourceNote: `${L.note}${extraNote}`,
    });
  }
  // The bare form: "UBND các xã", "HĐND cấp huyện" — the level is in the following words.
  add({ id: `${prefix}`, name: forms[0], level: 'local', kind, aliases: forms.slice(1).filter((f) => !/^[A-ZĐ]+$/.test(f)),
    abbreviations: forms.slice(1).filter((f) => /^[A-ZĐ]+$/.test(f)),
    source: 'domain-s10', sourceNote: `Bare name without a level word (e.g. "UBND các xã", seed 004).${extraNote}` });
}
// NĐ 30/2020 Phụ lục I allows "UBND"/"HĐND" in the superior agency's name [P]; the per-level
// validity is §10.
perLevel('ubnd', UBND_FORMS, 'people-committee', '');
perLevel('hdnd', HDND_FORMS, 'people-council', '');
perLevel('mttq', FRONT_FORMS, 'front', ' The front committee at this level (DOMAIN.md §10 list).');

add({ id: 'van-phong-ubnd-tinh', name: 'Văn phòng UBND tỉnh', level: 'province', kind: 'department',
  aliases: ['Văn phòng Ủy ban nhân dân tỉnh', 'VP UBND tỉnh', 'Văn phòng UBND'], shortNames: ['Văn phòng UBND tỉnh'], abbreviations: ['VPUBND tỉnh'], codes: ['VP'],
  status: 'S', source: 'nd45-2025', sourceNote: UNIFORM_S });
add({ id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', level: 'province', kind: 'department', aliases: ['Thanh tra'], shortNames: ['Thanh tra tỉnh', 'Thanh tra'],
  codes: ['TTr'], status: 'S', source: 'nd45-2025', sourceNote: UNIFORM_S });
add({ id: 'van-phong-doan-dbqh-hdnd', name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', level: 'province', kind: 'office',
  aliases: ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', 'Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh'],
  source: 'domain-s10', sourceNote: 'Seed 003. Its 2025 fate is not in the sources.' });
add({ id: 'doan-dbqh-tinh', name: 'Đoàn Đại biểu Quốc hội tỉnh', level: 'province', kind: 'legislature',
  aliases: ['Đoàn ĐBQH tỉnh'], source: 'seeds', sourceNote: 'Seed 003 ("Lãnh đạo Đoàn Đại biểu Quốc hội tỉnh").' });
add({ id: 'thuong-truc-hdnd-tinh', name: 'Thường trực HĐND tỉnh', level: 'province', kind: 'people-council',
  aliases: ['Thường trực Hội đồng nhân dân tỉnh'], source: 'seeds', sourceNote: 'Nơi nhận of seeds 001 and 003.' });

// ───────────────────── Party committees (hd36-2018 for Party naming) ─────────────────────
add({ id: 'tinh-uy', name: 'Tỉnh ủy', level: 'province', kind: 'party', abbreviations: ['TU'], localityName: true, source: 'hd36-2018', sourceNote: 'Provincial Party committee; "TU" in Party symbols (1556-QĐ/TU, seed 002).' });
add({ id: 'thuong-truc-tinh-uy', name: 'Thường trực Tỉnh ủy', level: 'province', kind: 'party', source: 'seeds', sourceNote: 'Nơi nhận of seed 001.' });
add({ id: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy', level: 'province', kind: 'party', abbreviations: ['BTV Tỉnh ủy'], source: 'seeds', sourceNote: 'Seed 002.' });
add({ id: 'ban-tuyen-giao-tinh-uy', name: 'Ban Tuyên giáo Tỉnh ủy', level: 'province', kind: 'party', successors: ['ban-tuyen-giao-dan-van-tinh-uy'],
  source: 'domain-s10', sourceNote: 'Seed 004. Merged with Ban Dân vận in 2025 according to press reports; the date is not in DOMAIN.md\'s sources, so no validTo.' });
add({ id: 'ban-tuyen-giao-dan-van-tinh-uy', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', level: 'province', kind: 'party', source: 'domain-s10', sourceNote: 'Successor named in press reports of the 2025 reorganisation; undated.' });
add({ id: 'thanh-uy', name: 'Thành ủy', level: 'local', kind: 'party', localityName: true, source: 'hd36-2018', sourceNote: 'Party committee of a city: province-level (centrally run city) or district-level; ambiguous, left open (seeds 001, 003).' });
add({ id: 'huyen-uy', name: 'Huyện ủy', level: 'district', kind: 'party', aliases: ['Quận ủy', 'Thị ủy'], abbreviations: ['HU'], validTo: TWO_LEVEL, localityName: true,
  status: 'S', source: 'nq202-2025', sourceNote: 'District Party committee; the district level ends on 01/7/2025. "HU" in Nơi nhận (seed 002).' });
add({ id: 'dang-uy-xa', name: 'Đảng ủy xã', level: 'commune', kind: 'party', aliases: ['Đảng ủy phường', 'Đảng ủy', 'Đảng ủy thị trấn'], abbreviations: ['ĐU'],
  source: 'hd36-2018', sourceNote: '"ĐU" in Nơi nhận (seed 002); "Đảng ủy" also names other Party committees, so left open.' });

// ───────────────────── other provincial bodies (DOMAIN.md §10 list; U unless dated) ─────────────────────
const prov = (id, name, kind, note, more = {}) => add({ id, name, level: 'province', kind, source: 'domain-s10', sourceNote: note, ...more });
// Commune and district bodies that commune notices name (unseen-notice check, 2026): without
// them "Ban Chỉ huy Quân sự xã" read as a misspelt "Ban Chỉ đạo" and "Thường trực HĐND xã" as
// a misspelt provincial body. Local level, undated [U].
add({ id: 'ban-chi-huy-quan-su', name: 'Ban Chỉ huy Quân sự', level: 'local', kind: 'armed-forces', aliases: ['Ban CHQS'], localityName: true,
  source: 'seeds', sourceNote: 'Military command of a commune or district ("Ban Chỉ huy Quân sự xã"); status U.' });
add({ id: 'thuong-truc-hdnd', name: 'Thường trực HĐND', level: 'local', kind: 'people-council', aliases: ['Thường trực Hội đồng nhân dân'], localityName: true,
  source: 'seeds', sourceNote: 'Standing committee of a People\'s Council at any level ("Thường trực HĐND xã"); status U.' });
add({ id: 'cong-an-xa', name: 'Công an xã', level: 'commune', kind: 'armed-forces', aliases: ['Công an phường'], localityName: true,
  source: 'seeds', sourceNote: 'Commune police ("Công an xã"); status U.' });
prov('cong-an-tinh', 'Công an tỉnh', 'armed-forces', 'Seeds 001, 002 ("Công an" in a list of sở, ngành).', { aliases: ['Công an'], shortNames: ['Công an', 'Công an tỉnh'] });
prov('bchqs-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'armed-forces', 'Seed 001 writes "Bộ Chỉ huy quân sự".', { aliases: ['Bộ Chỉ huy Quân sự'], abbreviations: ['Bộ CHQS tỉnh'], shortNames: ['Quân sự tỉnh'] });
prov('bdbp-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'armed-forces', 'Seeds 001, 002.', { aliases: ['Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ đội Biên phòng tỉnh'], abbreviations: ['Bộ CH BĐBP tỉnh', 'BĐBP tỉnh'], shortNames: ['Bộ đội Biên phòng tỉnh', 'Biên phòng tỉnh'] });
prov('kho-bac-tinh', 'Kho bạc Nhà nước tỉnh', 'deconcentrated', 'Seed 001. Regionalised in 2025 per press reports; date not sourced, left open.', { aliases: ['Kho bạc Nhà nước', 'Kho bạc nhà nước tỉnh'], abbreviations: ['KBNN tỉnh', 'KBNN'], shortNames: ['Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước'] });
prov('cuc-thue-tinh', 'Cục Thuế tỉnh', 'deconcentrated', 'Seed 002. Tax offices were regionalised in 2025 (DOMAIN.md §10); date not sourced, left open.', { aliases: ['Cục Thuế'], shortNames: ['Cục Thuế', 'Thuế'], successors: ['thue-tinh'] });
prov('thue-tinh', 'Thuế tỉnh', 'deconcentrated', 'Regionalised tax office of 2025 (DOMAIN.md §10 mentions the change; name and date not sourced).', { aliases: ['Chi cục Thuế khu vực'] });
prov('cuc-thong-ke-tinh', 'Cục Thống kê tỉnh', 'deconcentrated', 'Seeds 000, 001. Statistics offices regionalised in 2025 (DOMAIN.md §10); date not sourced.', { aliases: ['Cục Thống kê'], shortNames: ['Cục Thống kê', 'Thống kê'], successors: ['chi-cuc-thong-ke-tinh'] });
prov('chi-cuc-thong-ke-tinh', 'Chi cục Thống kê tỉnh', 'deconcentrated', 'Successor name after the 2025 change (DOMAIN.md §10 mentions it; name and date not sourced).', {});
prov('nhnn-chi-nhanh', 'Ngân hàng Nhà nước chi nhánh tỉnh', 'deconcentrated', 'DOMAIN.md §10. Reorganised into regional branches in 2025 per press reports; undated.', { aliases: ['Ngân hàng Nhà nước chi nhánh', 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh', 'Ngân hàng Nhà nước Việt Nam chi nhánh'], abbreviations: ['NHNN chi nhánh tỉnh', 'NHNN tỉnh'], localityName: true });
prov('agribank-chi-nhanh', 'Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh', 'bank', 'Seed 004 ("… chi nhánh Lạng Sơn").', { aliases: ['Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam chi nhánh'], localityName: true });
prov('nhcsxh-chi-nhanh', 'Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'bank', 'Common recipient of notices on poverty programmes.', { aliases: ['Ngân hàng Chính sách xã hội chi nhánh', 'Ngân hàng CSXH tỉnh'], abbreviations: ['NHCSXH tỉnh'], localityName: true });
prov('dai-pt-th-tinh', 'Đài Phát thanh và Truyền hình tỉnh', 'media', 'Seed 001 ("Đài PT-TH" in Nơi nhận).', { aliases: ['Đài Phát thanh - Truyền hình tỉnh', 'Đài Phát thanh và Truyền hình'], abbreviations: ['Đài PT-TH tỉnh', 'Đài PT-TH', 'Đài PTTH', 'Đài PT&TH'] });
prov('bao-tinh', 'Báo tỉnh', 'media', 'Provincial newspaper, named after the province ("Báo Lạng Sơn", seed 001).', { localityName: true, aliases: ['Báo'] });
prov('ban-qlda-dtxd-tinh', 'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'project-board', 'Seed 001; the same seed also writes "Ban Quản lý đầu tư xây dựng tỉnh" (kept as an alias so agency/inconsistent-name can see both are one body).', { aliases: ['Ban Quản lý đầu tư xây dựng tỉnh', 'Ban QLDA đầu tư xây dựng tỉnh', 'Ban Quản lý dự án đầu tư xây dựng'], abbreviations: ['Ban QLDA ĐTXD tỉnh'] });
prov('ban-qlda-nnptnt', 'Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn', 'project-board', 'Seed 001.', {});
prov('ban-ql-bao-tri-giao-thong', 'Ban Quản lý xây dựng và bảo trì hạ tầng giao thông', 'project-board', 'Seed 001.', {});
prov('ban-ql-kkt', 'Ban Quản lý Khu kinh tế', 'economic-zone', 'DOMAIN.md §10 ("Ban Quản lý Khu kinh tế …"); the zone name follows.', { freeTail: true, aliases: ['Ban Quản lý các Khu kinh tế', 'Ban Quản lý các khu công nghiệp'] });
prov('ban-ql-kkt-dong-dang', 'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn', 'economic-zone', 'Seed 001.', { provinces: ['Lạng Sơn'] });
prov('hoi-nong-dan-tinh', 'Hội Nông dân tỉnh', 'mass-organisation', 'Seed 001.', { aliases: ['Hội Nông dân'], shortNames: ['Hội Nông dân'] });
prov('hoi-lhpn-tinh', 'Hội Liên hiệp Phụ nữ tỉnh', 'mass-organisation', 'Seeds 001, 004.', { aliases: ['Hội Liên hiệp Phụ nữ', 'Hội LHPN tỉnh'], shortNames: ['Hội Liên hiệp Phụ nữ'] });
prov('hoi-ccb-tinh', 'Hội Cựu chiến binh tỉnh', 'mass-organisation', 'Seed 001.', { aliases: ['Hội Cựu chiến binh', 'Hội CCB tỉnh'], shortNames: ['Hội Cựu chiến binh'] });
prov('tinh-doan', 'Tỉnh Đoàn', 'mass-organisation', 'Seed 001 writes "Tỉnh Đoàn Thanh niên".', { aliases: ['Tỉnh Đoàn Thanh niên', 'Tỉnh đoàn', 'Tỉnh Đoàn Thanh niên Cộng sản Hồ Chí Minh'], shortNames: ['Tỉnh Đoàn'] });
prov('lien-minh-htx-tinh', 'Liên minh Hợp tác xã tỉnh', 'mass-organisation', 'Seed 001.', { aliases: ['Liên minh Hợp tác xã', 'Liên minh HTX tỉnh'], shortNames: ['Liên minh Hợp tác xã'] });
prov('ldld-tinh', 'Liên đoàn Lao động tỉnh', 'mass-organisation', 'Provincial trade-union federation, a common recipient.', { aliases: ['Liên đoàn Lao động'] });
prov('vp-dieu-phoi-ntm', 'Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh', 'office',
  'Seeds 000–004 in four spellings. Coordination offices were moved in 2025 per press reports; undated.',
  { aliases: ['Văn phòng Điều phối nông thôn mới tỉnh', 'Văn phòng Điều phối Chương trình XD NTM tỉnh', 'Văn phòng Điều phối NTM tỉnh', 'Văn phòng Điều phối Chương trình xây dựng nông thôn mới', 'Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh'],
    shortNames: ['Văn phòng Điều phối Chương trình xây dựng nông thôn mới tỉnh'] });
prov('bcd-mtqg-tinh', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh', 'steering-committee', 'Seeds 003, 004 ("BCĐ các Chương trình MTQG").',
  { aliases: ['Ban Chỉ đạo các Chương trình MTQG tỉnh', 'Ban chỉ đạo các chương trình mục tiêu Quốc gia tỉnh'], abbreviations: ['BCĐ các Chương trình MTQG', 'BCĐ các CTMTQG tỉnh'] });
prov('trung-tam-thong-tin', 'Trung tâm Thông tin', 'centre', 'Unit of Văn phòng UBND tỉnh in Nơi nhận (seeds 000, 002, 003).', { aliases: ['Trung tâm Thông tin tỉnh'] });
prov('trung-tam-th-cb', 'Trung tâm Tin học - Công báo', 'centre', 'Unit of Văn phòng UBND tỉnh ("Trung tâm TH-CB", seed 001).', { abbreviations: ['Trung tâm TH-CB'] });
prov('tt-nuoc-sach', 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn', 'centre', 'Seed 001.', { aliases: ['Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh'] });
prov('cdc-tinh', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'centre', 'Seed 001.', { aliases: ['Trung tâm Kiểm soát bệnh tật'], abbreviations: ['CDC tỉnh'] });
prov('vp-dang-ky-dat-dai', 'Văn phòng Đăng ký Đất đai', 'office', 'Seed 004 (Nơi nhận of Sở Tài nguyên và Môi trường).', { aliases: ['Văn phòng Đăng ký đất đai tỉnh'] });

// Ban Chỉ đạo: ad-hoc steering committees are named freely ("Ban Chỉ đạo giải phóng mặt bằng
// cấp huyện", seed 002); the headword alone is accepted and the tail is free text.
add({ id: 'ban-chi-dao', name: 'Ban Chỉ đạo', level: 'local', kind: 'steering-committee', abbreviations: ['BCĐ'], freeTail: true,
  source: 'seeds', sourceNote: 'Seeds 000, 002, 003, 004: many ad-hoc steering committees; the name that follows is free.' });

// ───────────────────── district bodies (until 01/7/2025, S) ─────────────────────
// A name ending in "huyện" is the same office in a quận or a thị xã ("Văn phòng HĐND và UBND
// quận", a Hà Nội district notice of 2023): those forms are aliases. Not "thành phố", which may
// be a province-level city, whose offices outlive 01/7/2025.
const otherDistrictForms = (names) => names.filter((n) => / huyện$/.test(n)).flatMap((n) => ['quận', 'thị xã'].map((w) => n.replace(/huyện$/, w)));
const district = (id, name, more = {}) => add({ id, name, level: 'district', kind: 'district-office', validTo: TWO_LEVEL, status: 'S',
  source: 'nq202-2025', sourceNote: 'Specialised office of a district UBND; the district level ends on 01/7/2025 (names as commonly written).', ...more,
  aliases: [...(more.aliases ?? []), ...otherDistrictForms([name, ...(more.aliases ?? [])])] });
district('bcd-mtqg-huyen', 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện', { kind: 'steering-committee', aliases: ['Ban Chỉ đạo các Chương trình MTQG huyện', 'Ban Chỉ đạo các CTMTQG huyện', 'Ban chỉ đạo các chương trình mục tiêu Quốc gia huyện'] });
// The office's name without its level, as the issuer line writes it under "UBND HUYỆN X" (a
// district timetable of 2024) or under "UBND XÃ Y" (communes have this office from 01/7/2025):
// the level is the superior line's, so the bare form is undated and never called defunct.
add({ id: 'vp-hdnd-ubnd', name: 'Văn phòng HĐND và UBND', level: 'local', kind: 'office',
  aliases: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
  source: 'domain-s10', sourceNote: 'Bare form under a district or commune committee (issuer line of a district notice, 2024).' });
district('vp-hdnd-ubnd-huyen', 'Văn phòng HĐND và UBND huyện', { aliases: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', 'Văn phòng UBND huyện'] });
district('phong-tc-kh', 'Phòng Tài chính - Kế hoạch', { aliases: ['Phòng Tài chính Kế hoạch', 'Phòng TC-KH'] });
district('phong-nn-ptnt', 'Phòng Nông nghiệp và Phát triển nông thôn', { aliases: ['Phòng NN&PTNT'] });
district('phong-tn-mt', 'Phòng Tài nguyên và Môi trường', { aliases: ['Phòng TN&MT'] });
district('phong-kt-ht', 'Phòng Kinh tế và Hạ tầng', { aliases: ['Phòng Kinh tế - Hạ tầng', 'Phòng KT&HT'] });
district('phong-noi-vu', 'Phòng Nội vụ');
district('phong-tu-phap', 'Phòng Tư pháp');
district('phong-ld-tbxh', 'Phòng Lao động - Thương binh và Xã hội', { aliases: ['Phòng LĐ-TB&XH'] });
district('phong-vh-tt', 'Phòng Văn hóa và Thông tin', { aliases: ['Phòng Văn hóa - Thông tin', 'Phòng VH&TT'] });
district('phong-gd-dt', 'Phòng Giáo dục và Đào tạo', { aliases: ['Phòng GD&ĐT'] });
district('phong-y-te', 'Phòng Y tế');
district('phong-dan-toc', 'Phòng Dân tộc');
district('thanh-tra-huyen', 'Thanh tra huyện');

// ───────────────────── abbreviations (DOMAIN.md §7) ─────────────────────
// needsDefinition=false: allowed by NĐ 30/2020 itself [P] or conventional and known to readers
// (§7's allowlist) [U]. contexts: where the form is normal ('recipients' = Nơi nhận).
const abbreviations = {};
function abbr(form, expansion, needsDefinition, status, source, more = {}) {
  abbreviations[form] = { expansion, needsDefinition, status, source, ...more };
}
abbr('UBND', 'Ủy ban nhân dân', false, 'P', 'nd30-2020', { note: 'Allowed in the superior agency name (Phụ lục I); universal in bodies.' });
abbr('HĐND', 'Hội đồng nhân dân', false, 'P', 'nd30-2020');
abbr('V/v', 'về việc', false, 'P', 'nd30-2020', { contexts: ['abstract'] });
abbr('VT', 'Văn thư', false, 'P', 'nd30-2020', { contexts: ['recipients'] });
abbr('TM.', 'thay mặt', false, 'P', 'nd30-2020', { contexts: ['signature'] });
abbr('KT.', 'ký thay', false, 'P', 'nd30-2020', { contexts: ['signature'] });
abbr('TL.', 'thừa lệnh', false, 'P', 'nd30-2020', { contexts: ['signature'] });
abbr('TUQ.', 'thừa ủy quyền', false, 'P', 'nd30-2020', { contexts: ['signature'] });
abbr('Q.', 'quyền', false, 'P', 'nd30-2020', { contexts: ['signature'] });
for (const [f, e] of [['MTTQ', 'Mặt trận Tổ quốc'], ['TW', 'Trung ương'], ['TU', 'Tỉnh ủy'], ['CP', 'Chính phủ'], ['TTg', 'Thủ tướng Chính phủ'],
  ['VPCP', 'Văn phòng Chính phủ'], ['ĐBQH', 'đại biểu Quốc hội'], ['KT-XH', 'kinh tế - xã hội'], ['NTM', 'nông thôn mới']]) {
  abbr(f, e, false, 'U', 'nd30-2020', { note: 'Conventional form on the allowlist of DOMAIN.md §7 (configurable).' });
}
abbreviations['CP'].alternatives = ['cổ phần']; // "Công ty CP" (seed 000)
abbreviations['TW'].alternatives = ['Trung ương Đảng'];
abbr('MTQG', 'mục tiêu quốc gia', true, 'U', 'nd30-2020', { note: 'DOMAIN.md §7: known after definition; seed 003 defines it "(MTQG)".' });
abbr('CTMTQG', 'Chương trình mục tiêu quốc gia', true, 'U', 'seeds', { note: 'Seed 000.' });
abbr('BCĐ', 'Ban Chỉ đạo', true, 'U', 'seeds', { note: 'Seed 004 (Nơi nhận) and symbols like 139/BCĐ-NTM.' });
abbr('HU', 'Huyện ủy', false, 'U', 'seeds', { contexts: ['recipients'], note: 'Seed 002, Nơi nhận.' });
abbr('ĐU', 'Đảng ủy', false, 'U', 'seeds', { contexts: ['recipients'], note: 'Seed 002, Nơi nhận.' });
abbr('C', 'Chánh Văn phòng', false, 'U', 'seeds', { contexts: ['recipients'], note: '"C, PVP UBND tỉnh" in Nơi nhận (seeds 000–003).' });
abbr('CVP', 'Chánh Văn phòng', false, 'U', 'seeds', { contexts: ['recipients'] });
abbr('PVP', 'Phó Chánh Văn phòng', false, 'U', 'seeds', { contexts: ['recipients'], note: 'Seeds 000–002.' });
abbr('PCVP', 'Phó Chánh Văn phòng', false, 'U', 'seeds', { contexts: ['recipients'], note: 'Seed 003.' });
abbr('PT-TH', 'Phát thanh - Truyền hình', false, 'U', 'seeds', { note: '"Đài PT-TH" (seed 001).' });
abbr('TH-CB', 'Tin học - Công báo', false, 'U', 'seeds', { contexts: ['recipients'], note: '"Trung tâm TH-CB" (seed 001).' });
abbr('TH', 'Tổng hợp', false, 'U', 'seeds', { contexts: ['recipients'], alternatives: ['tiểu học'], note: '"Phòng TH" (seed 000); "TH, THCS" school levels in the body.' });
abbr('CM', 'chuyên môn', false, 'U', 'seeds', { contexts: ['recipients'], note: '"các phòng CM" (seeds 002, 003).' });
abbr('CV', 'chuyên viên', false, 'U', 'seeds', { contexts: ['recipients'], note: '"các phòng CV" (seed 001).' });
abbr('KT', 'Kinh tế', false, 'U', 'seeds', { contexts: ['recipients'], note: 'Drafting unit in "Lưu: VT, KT(PVD)" (seeds 000–003); not the signature "KT.".' });
abbr('B/c', 'báo cáo', false, 'U', 'seeds', { contexts: ['recipients'], note: '"(để B/c)" in Nơi nhận (seed 004); DOMAIN.md §6 calls this shorthand practice.' });
abbr('VN', 'Việt Nam', false, 'U', 'seeds', { note: '"Ủy ban MTTQ VN tỉnh" (seed 001).' });
abbr('XD', 'xây dựng', true, 'U', 'seeds', { note: 'Seeds 000, 004.' });
abbr('NSNN', 'ngân sách nhà nước', true, 'U', 'seeds', { note: 'Seed 002.' });
abbr('NSĐP', 'ngân sách địa phương', true, 'U', 'seeds');
abbr('UBMTTQ', 'Ủy ban Mặt trận Tổ quốc', false, 'U', 'domain-s10');
abbr('ĐTXD', 'đầu tư xây dựng', true, 'U', 'domain-s10');
abbr('QLDA', 'quản lý dự án', true, 'U', 'domain-s10');
abbr('TP', 'thành phố', false, 'U', 'domain-s10');
abbr('KBNN', 'Kho bạc Nhà nước', false, 'U', 'domain-s10');
abbr('NHNN', 'Ngân hàng Nhà nước', false, 'U', 'domain-s10');
abbr('VPUBND', 'Văn phòng Ủy ban nhân dân', false, 'U', 'domain-s10');
abbr('BĐBP', 'Bộ đội Biên phòng', true, 'U', 'domain-s10');
abbr('CHQS', 'Chỉ huy Quân sự', true, 'U', 'domain-s10');
// The agency abbreviations listed in entries above are recognised too; the provider merges them.
for (const e of entries) {
  for (const a of e.abbreviations) {
    if (!abbreviations[a] && /^(Sở|Bộ) /.test(a)) abbreviations[a] = { expansion: e.name, needsDefinition: true, status: 'U', source: e.source };
  }
}

// Misspellings of abbreviations with the intended form. Only MTQT is attested (seed 002,
// RULES.md agency/unknown-abbreviation); the others are inferred letter swaps and losses of Đ [U].
const misspelledAbbreviations = {
  MTQT: 'MTTQ', UBMTQT: 'UBMTTQ', UNBD: 'UBND', UBDN: 'UBND', HDND: 'HĐND', HĐDN: 'HĐND', DBQH: 'ĐBQH',
  BCD: 'BCĐ', NSDP: 'NSĐP', MTGQ: 'MTQG', CTMTGQ: 'CTMTQG', KTXH: 'KT-XH', 'V/V': 'V/v', TTG: 'TTg',
};

// The headwords that start an agency phrase live in server/src/core/data/agencyText.ts
// (AGENCY_HEADWORDS), the single place the extraction code reads them from.

// ───────────────────── links and output ─────────────────────
const byId = new Map(entries.map((e) => [e.id, e]));
for (const e of entries) {
  if (byId.get(e.id) !== e) throw new Error(`duplicate id ${e.id}`);
  for (const s of e.successors) {
    const t = byId.get(s);
    if (!t) throw new Error(`${e.id}: unknown successor ${s}`);
    t.predecessors.push(e.id);
  }
}
for (const e of entries) e.predecessors.sort();

// Empty lists are left out of the file (the provider restores them); validFrom/validTo stay
// explicit because null means "open", which is a statement of its own.
const compact = (e) => Object.fromEntries(Object.entries(e).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));
const data = {
  $comment: 'Generated by scripts/agencies.source.mjs — edit that file, then run it. Status P/S/U as in DOMAIN.md; validTo is exclusive.',
  dataSources: { curated: CURATED, sources: SOURCES },
  agencies: entries.map(compact),
  abbreviations: Object.fromEntries(Object.entries(abbreviations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  misspelledAbbreviations,
};
// One record per line: small (≲ 60 KB) and still readable in diffs.
const json = '{\n' + Object.entries(data).map(([k, v]) => {
  const body = Array.isArray(v) && typeof v[0] === 'object'
    ? '[\n' + v.map((x) => '  ' + JSON.stringify(x)).join(',\n') + '\n ]'
    : v && typeof v === 'object' && !Array.isArray(v)
      ? '{\n' + Object.entries(v).map(([a, b]) => '  ' + JSON.stringify(a) + ': ' + JSON.stringify(b)).join(',\n') + '\n }'
      : JSON.stringify(v);
  return ' ' + JSON.stringify(k) + ': ' + body;
}).join(',\n') + '\n}\n';
JSON.parse(json); // self-check
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch { /* missing counts as stale */ }
  if (current !== json) { console.error(`${OUT} is stale: run node scripts/agencies.source.mjs`); process.exit(1); }
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}: ${entries.length} agencies, ${Object.keys(abbreviations).length} abbreviations, ${json.length} bytes`);
}
