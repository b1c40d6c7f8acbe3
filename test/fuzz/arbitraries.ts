/**
 * fast-check arbitraries for whole notices (THÔNG BÁO) as offices type them, then damaged.
 *
 * The generator builds a notice from the real shapes of its parts (NĐ 30/2020, Phụ lục I):
 * header lines (cơ quan chủ quản / ban hành, Quốc hiệu, Tiêu ngữ), the "Số:" line (with
 * blanks for the records office and malformed ones), the place/date line (partial and
 * impossible dates), the title, the trích yếu (abstract), numbered sections with Markdown
 * headings, body sentences with dates, citations, unit and agency lists, Nơi nhận
 * (recipients) and the signature chain (TM./KT./TL.). Then it damages it: lines deleted,
 * duplicated, swapped or truncated, odd Unicode spliced in (NFD, lone combining marks, lone
 * surrogates, zero-width and bidi controls, NUL, very long lines, thousands of lines), line
 * breaks mixed, a BOM. A second family mutates the files of `samples/` and
 * `test/fixtures/parse/`.
 *
 * The phrases below are written for this generator (not copied from the seed corpus).
 */
import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

// ---------------------------------------------------------------------------------------
// Vocabulary

const PROVINCES = ['Lạng Sơn', 'Hà Giang', 'Cà Mau', 'Thái Nguyên', 'Quảng Ninh', 'Nghệ An', 'Đắk Lắk', 'Khánh Hòa', 'Thừa Thiên Huế', 'Bà Rịa - Vũng Tàu'];
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'];
const DISTRICTS = ['Bắc Sơn', 'Quản Bạ', 'Văn Quan', 'Đồng Hỷ', 'Tiên Yên', 'Cam Lâm', 'Krông Pắc', 'Con Cuông'];
const COMMUNES = ['Long Đống', 'Vũ Sơn', 'Tân Hương', 'Chiến Thắng', 'Nhất Hòa', 'Quỳnh Sơn', 'Hữu Vĩnh', 'Tân Lập', 'Yên Minh', 'Vạn Thủy'];
const AGENCIES = ['Tài chính', 'Nội vụ', 'Tư pháp', 'Y tế', 'Xây dựng', 'Công Thương', 'Giáo dục và Đào tạo', 'Nông nghiệp và Môi trường', 'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường'];
const TYPE_CODES = ['TB', 'KH', 'QĐ', 'BC', 'HD', 'CT', 'NQ', 'TTr', 'GM', 'CV', 'Tb', 'XX'];
const ISSUER_CODES = ['UBND', 'VP', 'SNV', 'STC', 'BCĐ', 'HĐND', 'TU', 'BTV', 'ubnd'];
const UNIT_CODES = ['KT', 'VX', 'NC', 'TH', 'KTTH', 'NV'];
const TYPE_WORDS = ['Kế hoạch', 'Quyết định', 'Thông báo', 'Công văn', 'Văn bản', 'Chỉ thị', 'Nghị quyết', 'Hướng dẫn', 'Báo cáo', 'Tờ trình', 'kế hoạch', 'quyết định'];
const PERSON_NAMES = ['Nguyễn Văn An', 'Lê Thị Hồng Nhung', 'Trần Quốc Bảo', 'Hoàng Thị Mai', 'Phạm Minh Đức', 'Đỗ Thanh Hải', 'Vũ Ngọc Lan'];
const POSITIONS = ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG', 'TRƯỞNG BAN', 'BÍ THƯ', 'TRƯỞNG PHÒNG'];
const VERBS = ['Yêu cầu', 'Đề nghị', 'Giao', 'Chỉ đạo', 'Ghi nhận', 'Biểu dương', 'Đôn đốc', 'Phân công', 'Thống nhất', 'Lưu ý'];
const OBJECTS = [
  'hoàn thành việc rà soát hồ sơ đất đai',
  'tăng cường kiểm tra an toàn thực phẩm',
  'triển khai chương trình chuyển đổi số',
  'tổ chức diễn tập phòng cháy, chữa cháy',
  'báo cáo kết quả thực hiện về Văn phòng',
  'huy động Nhân dân hiến đất làm đường',
  'bố trí kinh phí sửa chữa trường học',
  'cập nhật dữ liệu dân cư lên hệ thống',
  'khắc phục hậu quả mưa lũ',
  'tiếp nhận và xử lý phản ánh của người dân',
];
const OPENINGS = ['Ngày', 'Thực hiện', 'Căn cứ', 'Theo', 'Sau khi', 'Để', 'Nhằm', 'Trong', 'Qua', 'Kính gửi:'];
const ABSTRACTS = [
  'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng',
  'Về việc tạm dừng tiếp công dân định kỳ',
  'Lịch tiếp công dân của lãnh đạo Sở',
  'Ý kiến chỉ đạo của Phó Chủ tịch UBND huyện về công tác phòng, chống dịch',
  'V/v tuyển dụng viên chức năm',
  'Kết quả kiểm tra công tác cải cách hành chính',
  'thay đổi địa điểm làm việc của Bộ phận Một cửa',
];

// ---------------------------------------------------------------------------------------
// Small helpers

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const optional = <T>(a: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | ''> => fc.oneof({ weight: freq, arbitrary: a }, { weight: 1, arbitrary: fc.constant('' as const) });

/** Days and months as offices write them: zero-padded or not, sometimes impossible. */
const dayArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 31 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 32, 99, 31, 30, 29) });
const monthArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13, 2, 99) });
const yearArb = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1997, max: 2027 }) }, { weight: 1, arbitrary: fc.constantFrom(2004, 2025, 2026, 20, 202, 20245, 1900) });
const pad = (n: number, p: boolean): string => (p && n < 10 ? `0${n}` : String(n));

const numericDate = fc.tuple(dayArb, monthArb, yearArb, fc.boolean(), fc.constantFrom('/', '/', '-', '.')).map(([d, m, y, p, sep]) => `${pad(d, p)}${sep}${pad(m, p)}${sep}${y}`);
const wordDate = fc.tuple(dayArb, monthArb, yearArb, fc.boolean()).map(([d, m, y, p]) => `ngày ${pad(d, p)} tháng ${pad(m, p)} năm ${y}`);
const otherDate = fc.oneof(
  fc.tuple(monthArb, yearArb).map(([m, y]) => `tháng ${m}/${y}`),
  fc.tuple(pick(['I', 'II', 'III', 'IV', 'V']), yearArb).map(([q, y]) => `Quý ${q}/${y}`),
  fc.tuple(fc.constantFrom('06', '6', '9'), yearArb).map(([n, y]) => `${n} tháng đầu năm ${y}`),
  fc.tuple(dayArb, numericDate).map(([d, n]) => `ngày ${d} và ${n}`),
  fc.tuple(pick(['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', '2', '7']), numericDate).map(([w, n]) => `thứ ${w}, ngày ${n}`),
  fc.tuple(yearArb, yearArb).map(([a, b]) => `giai đoạn ${a}-${b}`),
  fc.constantFrom('10/21 xã', '14/19 tiêu chí', '4/4', '13,43', '17.1', '2021 - 2025'),
);
export const dateText = fc.oneof({ weight: 3, arbitrary: numericDate }, { weight: 2, arbitrary: wordDate }, { weight: 2, arbitrary: otherDate });

/** Document numbers of each family (DOMAIN.md §3), well-formed and not. */
const adminNumber = fc.tuple(fc.integer({ min: 1, max: 2999 }), pick(TYPE_CODES), pick(ISSUER_CODES), optional(pick(UNIT_CODES), 1)).map(([n, t, i, u]) => `${n}/${t}-${i}${u ? `-${u}` : ''}`);
const congVanNumber = fc.tuple(fc.integer({ min: 1, max: 9999 }), pick(ISSUER_CODES), pick(UNIT_CODES)).map(([n, i, u]) => `${n}/${i}-${u}`);
const legalNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 300 }), yearArb, fc.integer({ min: 11, max: 15 })).map(([n, y, k]) => `${n}/${y}/QH${k}`),
  fc.tuple(fc.integer({ min: 1, max: 300 }), yearArb, pick(['NĐ-CP', 'TT-BNV', 'QĐ-TTg', 'NQ-HĐND', 'TT-BTC'])).map(([n, y, c]) => `${n}/${y}/${c}`),
);
const partyNumber = fc.tuple(fc.integer({ min: 1, max: 3000 }), pick(['QĐ', 'NQ', 'KL', 'TB', 'CT']), pick(['TU', 'TW', 'HU', 'ĐU'])).map(([n, t, i]) => `${n}-${t}/${i}`);
const brokenNumber = fc.oneof(
  adminNumber.map((s) => s.replace('/', ' / ')),
  adminNumber.map((s) => s.replace('-', '–')),
  adminNumber.map((s) => s.toLowerCase()),
  adminNumber.map((s) => s.replace(/-.*/, '')),
  fc.constantFrom('15/KH-', '/TB-UBND', '12/UBND', '5a/QĐ-UBND', '111/24/QH15', '30/2020/NĐ', '1556-QĐ/', '1.2/TB-VP'),
);
export const docNumber = fc.oneof({ weight: 4, arbitrary: adminNumber }, { weight: 1, arbitrary: congVanNumber }, { weight: 2, arbitrary: legalNumber }, { weight: 1, arbitrary: partyNumber }, { weight: 2, arbitrary: brokenNumber });

const issuerPhrase = fc.oneof(
  fc.tuple(pick(['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'HĐND']), pick(['tỉnh', 'huyện', 'xã', 'thành phố']), optional(pick([...PROVINCES, ...DISTRICTS]), 1)).map(([a, b, c]) => `${a} ${b}${c ? ` ${c}` : ''}`),
  pick(['Thủ tướng Chính phủ', 'Chính phủ', 'Quốc hội', 'Ban Thường vụ Tỉnh ủy', 'Bộ Chính trị', 'Ủy ban Thường vụ Quốc hội']),
  fc.tuple(pick(['Sở', 'Bộ']), pick(AGENCIES)).map(([a, b]) => `${a} ${b}`),
);

/** "Kế hoạch số 15/KH-UBND ngày 18/01/2024 của UBND tỉnh". */
export const citation = fc
  .tuple(optional(pick(TYPE_WORDS), 4), pick(['số', 'số', 'Số', 'số  ']), docNumber, optional(fc.tuple(fc.constantFrom(' ngày ', ', ngày ', ' Ngày '), fc.oneof(numericDate, wordDate.map((s) => s.replace(/^ngày /, '')))).map(([a, b]) => a + b), 2), optional(issuerPhrase.map((s) => ` của ${s}`), 2))
  .map(([w, so, n, d, i]) => `${w ? `${w} ` : ''}${so} ${n}${d}${i}`);

/** "các xã: Long Đống, Vũ Sơn của huyện Bắc Sơn". */
export const unitList = fc
  .tuple(pick(['các xã', 'các xã, thị trấn', 'các phường', 'xã', 'các huyện']), fc.constantFrom(': ', ' ', ' gồm: '), fc.uniqueArray(pick(COMMUNES), { minLength: 1, maxLength: 5 }), fc.constantFrom(', ', ' và ', '; '), optional(fc.tuple(pick(['huyện', 'thành phố', 'tỉnh']), pick([...DISTRICTS, ...PROVINCES])).map(([k, n]) => ` của ${k} ${n}`), 2))
  .map(([head, sep, names, join, tail]) => `${head}${sep}${names.join(join)}${tail}`);

/** "các Sở, ngành: Tài chính, Nội vụ". */
export const agencyList = fc
  .tuple(pick(['các Sở, ngành', 'các Sở', 'Sở', 'các sở, ban, ngành', 'các cơ quan']), fc.constantFrom(': ', ' '), fc.uniqueArray(pick(AGENCIES), { minLength: 1, maxLength: 4 }))
  .map(([head, sep, names]) => `${head}${sep}${names.join(', ')}`);

/** A body sentence that carries some entities. */
export const sentence = fc
  .tuple(
    pick([...VERBS, ...OPENINGS]),
    fc.array(fc.oneof(dateText.map((d) => `trước ${d}`), citation.map((c) => `theo ${c}`), unitList, agencyList, issuerPhrase, pick(OBJECTS), pick(['UBND', 'HĐND', 'BCĐ', 'TTHC', 'CCHC', 'PCCC'])), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('.', ';', '', './.', '/.', ':', ' ./.'),
  )
  .map(([v, parts, end]) => `${v} ${parts.join(', ')}${end}`);

// ---------------------------------------------------------------------------------------
// Parts of a notice

const superiorLine = pick(['ỦY BAN NHÂN DÂN', 'UBND TỈNH LẠNG SƠN', 'BỘ NỘI VỤ', 'TỈNH ỦY QUẢNG NINH', 'HỘI ĐỒNG NHÂN DÂN', 'UỶ BAN NHÂN DÂN']);
const issuerLine = fc.oneof(
  fc.tuple(pick(['TỈNH', 'HUYỆN', 'XÃ', 'THÀNH PHỐ']), pick([...PROVINCES, ...DISTRICTS, ...CITIES, ...COMMUNES])).map(([k, n]) => `${k} ${n.toUpperCase()}`),
  pick(AGENCIES).map((a) => `SỞ ${a.toUpperCase()}`),
  pick(['VĂN PHÒNG', 'BAN CHỈ ĐẠO', 'ỦY BAN NHÂN DÂN', 'PHÒNG NỘI VỤ', 'CỤC THUẾ']),
);
const nationalTitle = pick(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHIÃ VIỆT NAM', 'CỘNG HÒA  XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
const motto = pick(['Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc', 'Độc lập - Tự do - Hạnh Phúc', 'Độc Lập - Tự Do - Hạnh Phúc']);
const ruleLine = pick(['---------------', '_______', '———', '= = =', '***', '—']);

/** "Số: 05/TB-UBND", blanks ("Số:      /TB-UBND"), malformed ("Số 5/TB", "Số: /", "Số:"). */
export const numberLine = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('Số: ', 'Số:', 'Số : ', 'SỐ: ', 'số: ', 'Số：'), docNumber).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('Số:      /', 'Số: ...../', 'Số:  ___/', 'Số: …/', 'Số:/'), pick(['TB-UBND', 'TB-VP', 'TB', 'KH-UBND', 'TB-', ''])).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom('Số 5/TB', 'Số: /', 'Số:', 'Số: 12', 'Số: 12/', 'Số: /-', 'Số: 1/2/3/4-5-6-7', 'Số: ///', 'Số: -', 'Số:5/TB-UBND-') },
);

/** "Lạng Sơn, ngày 08 tháng 5 năm 2024" with blanks, partial and impossible dates. */
export const placeDateLine = fc
  .tuple(
    pick([...PROVINCES, ...CITIES, ...DISTRICTS, ...COMMUNES, 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', '']),
    fc.constantFrom(', ', ',', ' , '),
    fc.oneof({ weight: 3, arbitrary: dayArb.map(String) }, { weight: 1, arbitrary: fc.constantFrom('   ', '', '……', '...', '__', '0', '08') }),
    fc.oneof({ weight: 3, arbitrary: monthArb.map(String) }, { weight: 1, arbitrary: fc.constantFrom('   ', '', '……', '02', '13') }),
    fc.oneof({ weight: 3, arbitrary: yearArb.map(String) }, { weight: 1, arbitrary: fc.constantFrom('   ', '', '……', '20', '2O24') }),
    fc.constantFrom('', '.', ' ', ' ngày', ' tháng 1'),
    fc.constantFrom('ngày', 'Ngày', 'ngay'),
  )
  .map(([place, comma, d, m, y, tail, ngay]) => `${place}${comma}${ngay} ${d} tháng ${m} năm ${y}${tail}`);

export const titleLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('THÔNG BÁO', '## THÔNG BÁO', '**THÔNG BÁO**', '# **THÔNG BÁO**', '***THÔNG BÁO***', 'THÔNG  BÁO', '### THÔNG BÁO  ') },
  { weight: 1, arbitrary: fc.constantFrom('Thông báo', 'THONG BAO', 'QUYẾT ĐỊNH', 'KẾ HOẠCH', 'BÁO CÁO', 'THÔNG BÁO KẾT LUẬN', 'TB', 'THÔNG') },
);

export const abstractLines = fc
  .tuple(pick(ABSTRACTS), optional(yearArb.map((y) => ` năm ${y}`), 1), fc.constantFrom('', '**', '*', '_'), fc.boolean())
  .map(([a, y, mark, wrap]) => {
    const t = `${a}${y}`;
    if (!wrap) return [`${mark}${t}${mark}`];
    const cut = t.indexOf(' ', Math.floor(t.length / 2));
    return cut > 0 ? [`${mark}${t.slice(0, cut)}`, `${t.slice(cut + 1)}${mark}`] : [t];
  });

/** Section labels: "I.", "1.", "2.1.", "a)", "(1)", bullets, under Markdown headings sometimes. */
const sectionLabel = fc.oneof(
  pick(['I.', 'II.', 'III.', 'IV.', 'IX.', 'XII.', 'VV.']),
  fc.integer({ min: 0, max: 12 }).map((n) => `${n}.`),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 12 })).map(([a, b]) => `${a}.${b}.`),
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })).map(([a, b, c]) => `${a}.${b}.${c}`),
  pick(['a)', 'b)', 'c)', 'đ)', 'e)', 'A)']),
  fc.integer({ min: 1, max: 12 }).map((n) => `(${n})`),
  pick(['-', '+', '*', '•', '1)', '2024']),
);
const headingMark = fc.constantFrom('', '', '', '## ', '### ', '**', '#### ');

export const section = fc
  .tuple(headingMark, sectionLabel, fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([h, label, sents, sameLine]) => {
    const close = h === '**' ? '**' : '';
    if (sameLine) return [`${h}${label} ${sents.join(' ')}${close}`];
    return [`${h}${label} ${sents[0]}${close}`, ...sents.slice(1)];
  });

export const recipientsBlock = fc
  .tuple(
    fc.constantFrom('Nơi nhận:', '**Nơi nhận:**', '***Nơi nhận:***', 'Nơi nhận', 'NƠI NHẬN:', '*Nơi nhận:*'),
    fc.array(fc.oneof(agencyList, unitList, issuerPhrase, pick(['Chủ tịch, các PCT UBND tỉnh', 'Thường trực Tỉnh ủy', 'Cổng thông tin điện tử tỉnh', 'Như trên'])), { minLength: 0, maxLength: 6 }),
    fc.constantFrom('- ', '+ ', '* ', '-', '– ', ''),
    fc.constantFrom(';', '', '.', ','),
    optional(fc.constantFrom('- Lưu: VT, KTTH.', '- Lưu: VT.', 'Lưu VT', '- Lưu: VT, TH (Nh).'), 4),
  )
  .map(([label, items, bullet, end, luu]) => [label, ...items.map((i) => `${bullet}${i}${end}`), ...(luu ? [luu] : [])]);

export const signatureBlock = fc
  .tuple(
    fc.array(fc.tuple(pick(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'TM ', 'Kt.']), pick(['ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'GIÁM ĐỐC', 'BAN THƯỜNG VỤ', 'TRƯỞNG BAN'])).map(([p, t]) => `${p} ${t}`), { minLength: 0, maxLength: 3 }),
    fc.array(pick(POSITIONS), { minLength: 0, maxLength: 2 }),
    optional(pick(['(Đã ký)', '(Ký, đóng dấu)', '[chữ ký số]', '(ký)']), 1),
    optional(pick(PERSON_NAMES), 5),
    fc.constantFrom('', '**'),
    fc.boolean(),
  )
  .map(([auths, titles, ph, name, bold, blankBeforeName]) => {
    const head = [...auths, ...titles];
    if (bold && head.length) {
      head[0] = `**${head[0]}`;
      head[head.length - 1] = `${head[head.length - 1]}**`;
    }
    return [...head, ...(blankBeforeName ? ['', ''] : []), ...(ph ? [ph] : []), ...(name ? [name] : [])];
  });

/** Header lines, in either column order, sometimes two cells on one line. */
export const headerLines = fc
  .tuple(optional(superiorLine, 2), optional(issuerLine, 4), optional(nationalTitle, 3), optional(motto, 3), optional(ruleLine, 1), optional(numberLine, 5), optional(placeDateLine, 5), fc.nat(5), fc.constantFrom('\t', '      ', '   '))
  .map(([sup, iss, nt, mo, rule, num, pd, layout, sep]) => {
    const left = [sup, iss, rule, num].filter(Boolean) as string[];
    const right = [nt, mo, rule, pd].filter(Boolean) as string[];
    switch (layout) {
      case 0:
        return [...right, ...left];
      case 1: {
        // Two columns on the same lines.
        const out: string[] = [];
        for (let i = 0; i < Math.max(left.length, right.length); i++) out.push([left[i] ?? '', right[i] ?? ''].join(sep));
        return out;
      }
      case 2:
        return [...left, '', ...right];
      default:
        return [...left, ...right];
    }
  });

export interface NoticeParts {
  header: string[];
  title: string[];
  abstract: string[];
  body: string[];
  recipients: string[];
  signature: string[];
}

export const noticeParts: fc.Arbitrary<NoticeParts> = fc.record({
  header: headerLines,
  title: optional(titleLine, 6).map((t) => (t ? [t] : [])),
  abstract: optional(abstractLines, 4).map((a) => (a ? a : [])),
  body: fc
    .tuple(fc.array(sentence, { maxLength: 2 }), fc.array(section, { maxLength: 6 }), fc.boolean())
    .map(([lead, secs, blankBetween]) => [...lead, ...secs.flatMap((s) => (blankBetween ? [...s, ''] : s))]),
  recipients: fc.oneof({ weight: 4, arbitrary: recipientsBlock }, { weight: 1, arbitrary: fc.constant([] as string[]) }),
  signature: fc.oneof({ weight: 4, arbitrary: signatureBlock }, { weight: 1, arbitrary: fc.constant([] as string[]) }),
});

/** The lines of a whole notice, tail in either order, blank lines as drafts have them. */
export const noticeLines: fc.Arbitrary<string[]> = fc.tuple(noticeParts, fc.boolean(), fc.boolean()).map(([p, tailSwapped, blanks]) => {
  const gap = blanks ? [''] : [];
  const tail = tailSwapped ? [p.signature, gap, p.recipients] : [p.recipients, gap, p.signature];
  return [...p.header, ...gap, ...p.title, ...p.abstract, ...gap, ...p.body, ...gap, ...tail.flat()];
});

// ---------------------------------------------------------------------------------------
// Damage

/** Characters that break naive code: controls, invisible and bidi marks, lone halves of pairs. */
const NASTY = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085',
  '\u00a0', '\u00ad', '\u034f', '\u061c', '\u180e', '\u2000', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f',
  '\u2028', '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\u3000', '\ufeff', '\ufffd', '\ufffe',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ud83d\ude00', '\ud835\udc00',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b', '\u0300\u0301\u0323',
  '\u1100', '\u1161', '\u11a8', 'İ', 'ß', 'ﬁ', 'Ǆ', 'ǅ', 'ΐ', '\u0130', 'Ω', 'Å', '\u212b', '\u2126',
  '\r', '\n', '\r\n', '\t', '/', '-', '–', '.', ':', ',', '(', ')', '*', '**', '#', '\\', '[', ']', '_', '…',
];
export const nastyText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('ố', 'ộ', 'ư', 'ơ', 'đ', 'Đ', 'ỷ', 'ừ', 'ạ', 'a', 'o', 'u', 'y', ' ', '/', '1', '9'), maxLength: 12 }) },
);

export type LineOp =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'insert'; at: number; pos: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'nfd'; at: number }
  | { kind: 'upper'; at: number }
  | { kind: 'long'; at: number; times: number }
  | { kind: 'join'; at: number };

export const lineOp: fc.Arbitrary<LineOp> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), pos: fc.nat(), text: nastyText }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: nastyText }),
  fc.record({ kind: fc.constant('nfd' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('upper' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('long' as const), at: fc.nat(), times: fc.integer({ min: 10, max: 400 }) }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
);

export function applyLineOps(lines: string[], ops: readonly LineOp[]): string[] {
  const out = [...lines];
  for (const op of ops) {
    if (out.length === 0) out.push('');
    const i = op.at % out.length;
    switch (op.kind) {
      case 'delete':
        out.splice(i, 1);
        break;
      case 'duplicate':
        out.splice(i, 0, out[i]);
        break;
      case 'swap': {
        const j = op.with % out.length;
        [out[i], out[j]] = [out[j], out[i]];
        break;
      }
      case 'truncate':
        out[i] = out[i].slice(0, op.keep % (out[i].length + 1));
        break;
      case 'insert': {
        const p = op.pos % (out[i].length + 1);
        out[i] = out[i].slice(0, p) + op.text + out[i].slice(p);
        break;
      }
      case 'replace':
        out[i] = op.text;
        break;
      case 'nfd':
        out[i] = out[i].normalize('NFD');
        break;
      case 'upper':
        out[i] = out[i].toUpperCase();
        break;
      case 'long':
        out[i] = out[i].repeat(Math.min(op.times, Math.ceil(20000 / Math.max(1, out[i].length))));
        break;
      case 'join':
        if (i + 1 < out.length) out.splice(i, 2, `${out[i]} ${out[i + 1]}`);
        break;
    }
  }
  return out;
}

/** How lines are joined: LF, CRLF, CR, or a mix; a BOM; a final newline or not. */
export interface Layout {
  eol: 'lf' | 'crlf' | 'cr' | 'mixed';
  mixSeed: number[];
  bom: boolean;
  finalNewline: boolean;
  nfd: 'none' | 'all' | 'nfkd';
}

export const layout: fc.Arbitrary<Layout> = fc.record({
  eol: fc.constantFrom('lf', 'lf', 'crlf', 'cr', 'mixed'),
  mixSeed: fc.array(fc.nat(2), { minLength: 1, maxLength: 7 }),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  nfd: fc.constantFrom('none', 'none', 'none', 'all', 'nfkd'),
});

export function joinLines(lines: readonly string[], l: Layout): string {
  const eols = ['\n', '\r\n', '\r'];
  let out = l.bom ? '\ufeff' : '';
  lines.forEach((line, i) => {
    out += line;
    if (i < lines.length - 1 || l.finalNewline) {
      out += l.eol === 'lf' ? '\n' : l.eol === 'crlf' ? '\r\n' : l.eol === 'cr' ? '\r' : eols[l.mixSeed[i % l.mixSeed.length]];
    }
  });
  if (l.nfd === 'all') out = out.normalize('NFD');
  else if (l.nfd === 'nfkd') out = out.normalize('NFKD');
  return out;
}

/** A generated notice, damaged, as text. */
export const damagedNotice: fc.Arbitrary<string> = fc
  .tuple(noticeLines, fc.array(lineOp, { maxLength: 6 }), layout)
  .map(([lines, ops, l]) => joinLines(applyLineOps(lines, ops), l));

/** A generated notice, undamaged (still with every layout). */
export const cleanNotice: fc.Arbitrary<string> = fc.tuple(noticeLines, layout).map(([lines, l]) => joinLines(lines, l));

/** Thousands of lines: a body repeated, rarely used (it is slow by nature). */
export const hugeNotice: fc.Arbitrary<string> = fc
  .tuple(noticeLines, fc.array(section, { minLength: 1, maxLength: 3 }), fc.integer({ min: 350, max: 700 }), layout)
  .map(([lines, secs, times, l]) => {
    const filler = secs.flat();
    const body: string[] = [];
    for (let i = 0; body.length < times * 3; i++) body.push(...filler);
    const mid = Math.floor(lines.length / 2);
    return joinLines([...lines.slice(0, mid), ...body, ...lines.slice(mid)], l);
  });

// ---------------------------------------------------------------------------------------
// Mutations of real files

function readCorpus(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(f) && !/^README/i.test(f)) out.push({ name: p.slice(ROOT.length + 1), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(ROOT, 'samples'));
  walk(join(ROOT, 'test', 'fixtures', 'parse'));
  return out;
}

export const CORPUS = readCorpus();

export type CharOp =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'copy'; from: number; len: number; to: number }
  | { kind: 'flip'; at: number };

export const charOp: fc.Arbitrary<CharOp> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(nastyText, sentence, citation, dateText) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), len: fc.integer({ min: 1, max: 200 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat() }),
);

export function applyCharOps(text: string, ops: readonly CharOp[]): string {
  let t = text;
  for (const op of ops) {
    const n = t.length + 1;
    switch (op.kind) {
      case 'delete': {
        const a = op.at % n;
        t = t.slice(0, a) + t.slice(a + op.len);
        break;
      }
      case 'insert': {
        const a = op.at % n;
        t = t.slice(0, a) + op.text + t.slice(a);
        break;
      }
      case 'copy': {
        const a = op.from % n;
        const piece = t.slice(a, a + op.len);
        const b = op.to % n;
        t = t.slice(0, b) + piece + t.slice(b);
        break;
      }
      case 'flip': {
        // Case-flip one UTF-16 unit (may split nothing: case mapping of one unit).
        const a = op.at % n;
        const ch = t.charAt(a);
        const f = ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase();
        if (f.length === 1) t = t.slice(0, a) + f + t.slice(a + 1);
        break;
      }
    }
  }
  return t;
}

/** A file of the corpus with line damage, character damage and a new layout. */
export const mutatedCorpusFile: fc.Arbitrary<string> =
  CORPUS.length === 0
    ? damagedNotice
    : fc
        .tuple(fc.constantFrom(...CORPUS), fc.array(lineOp, { maxLength: 4 }), fc.array(charOp, { maxLength: 5 }), fc.option(layout, { freq: 2 }))
        .map(([file, lops, cops, l]) => {
          const text = applyCharOps(file.text, cops);
          if (!l && lops.length === 0) return text;
          const lines = applyLineOps(text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/), lops);
          return joinLines(lines, l ?? { eol: 'lf', mixSeed: [0], bom: false, finalNewline: true, nfd: 'none' });
        });

/** Pure noise: random strings, including the nastiest units. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(nastyText, sentence, pick(['THÔNG BÁO', 'Nơi nhận:', 'Số: 1/TB-UBND', 'KT. CHỦ TỊCH'])), { maxLength: 30 }).map((a) => a.join('')),
);

/**
 * Every kind of input, weighted: mostly generated and damaged notices, then corpus
 * mutations, noise, and rarely a huge document.
 */
export function anyNotice(opts: { huge?: boolean } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: damagedNotice },
    { weight: 4, arbitrary: cleanNotice },
    { weight: 5, arbitrary: mutatedCorpusFile },
    { weight: 2, arbitrary: noise },
    ...(opts.huge === false ? [] : [{ weight: 1, arbitrary: fc.oneof({ weight: 9, arbitrary: damagedNotice }, { weight: 1, arbitrary: hugeNotice }) }]),
  );
}
