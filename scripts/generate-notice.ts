/**
 * Builds a large, realistic notice of about `targetBytes` (UTF-8) for benchmarks and load
 * tests: a full header, many numbered sections with dates, citations, unit lists and
 * agency lists, then Nơi nhận and the signature. Deterministic (no randomness); the sections
 * differ from one another (see `paragraphs`).
 */
/**
 * Real districts of Hà Giang before 2025 with some of their communes (gazetteer), so that the
 * unit lists vary from section to section as in a real notice and every name resolves.
 */
const DISTRICTS: ReadonlyArray<[string, string[]]> = [
  ['Quản Bạ', ['Quản Bạ', 'Đông Hà', 'Lùng Tám', 'Bát Đại Sơn', 'Nghĩa Thuận', 'Cán Tỷ', 'Cao Mã Pờ', 'Thanh Vân', 'Tùng Vài']],
  ['Vị Xuyên', ['Kim Thạch', 'Phú Linh', 'Kim Linh', 'Minh Tân', 'Tùng Bá', 'Thanh Đức', 'Phong Quang', 'Xín Chải', 'Cao Bồ']],
  ['Bắc Mê', ['Minh Sơn', 'Giáp Trung', 'Yên Định', 'Minh Ngọc', 'Yên Phong', 'Lạc Nông', 'Phú Nam', 'Yên Cường', 'Đường Âm']],
  ['Yên Minh', ['Thắng Mố', 'Phú Lũng', 'Sủng Tráng', 'Bạch Đích', 'Na Khê', 'Hữu Vinh', 'Mậu Duệ', 'Đông Minh', 'Ngam La']],
];
/** Departments of a province in 2024 (valid on the notice's date). */
const DEPARTMENTS = ['Kế hoạch và Đầu tư', 'Tài chính', 'Xây dựng', 'Nội vụ', 'Tư pháp', 'Y tế', 'Công Thương', 'Giao thông vận tải', 'Tài nguyên và Môi trường', 'Giáo dục và Đào tạo'];

/**
 * The paragraphs of section s: the same shapes in every section (dates, citations, unit and
 * agency lists), with numbers, dates, units and departments that change from one section to
 * the next, so that a long notice is not one paragraph repeated (a benchmark on repeated text
 * would reward caching by content, which real notices do not allow).
 */
function paragraphs(s: number): string[] {
  const day = (k: number) => 1 + ((s * 7 + k * 11) % 28);
  const month = (k: number) => 1 + ((s + k) % 4);
  const serial = (k: number) => 1 + ((s * 37 + k * 101) % 997);
  const [district, communes] = DISTRICTS[s % DISTRICTS.length];
  const three = [0, 1, 2].map((k) => communes[(s + k * 3) % communes.length]);
  const dep = (k: number) => DEPARTMENTS[(s + k * 3) % DEPARTMENTS.length];
  const listed = [0, 1, 2, 3, 4].map((k) => DEPARTMENTS[(s * 2 + k) % DEPARTMENTS.length]);
  return [
    `Ngày ${day(0)}/${month(0)}/2024, Ủy ban nhân dân tỉnh đã tổ chức kiểm tra tiến độ thực hiện Kế hoạch số ${serial(0)}/KH-UBND ngày ${day(1)}/01/2024 của UBND tỉnh về phát triển kinh tế - xã hội trên địa bàn huyện ${district}.`,
    `- Yêu cầu Sở ${dep(0)} chủ trì, phối hợp với Sở ${dep(1)}, Sở ${dep(2)} rà soát danh mục dự án, báo cáo UBND tỉnh trước ngày ${day(2)}/${6 + (s % 6)}/2024.`,
    `- Giao UBND các xã: ${three.join(', ')}, huyện ${district} tập trung hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới năm 2024.`,
    `Thực hiện Nghị quyết số ${100 + (s % 50)}/2024/QH15 ngày ${day(3)}/01/2024 của Quốc hội và Quyết định số ${serial(1)}/QĐ-UBND ngày ${day(4)}/${month(1)}/2024 của UBND tỉnh, các cơ quan chuyên môn hướng dẫn cấp huyện triển khai cơ chế phân cấp quản lý.`,
    `+ Tham dự có lãnh đạo các Sở, ngành: ${listed.join(', ')}.`,
  ];
}

export function generateNotice(targetBytes: number): string {
  const head = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ GIANG',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Số: 125/TB-UBND',
    'Hà Giang, ngày 20 tháng 5 năm 2024',
    '',
    'THÔNG BÁO',
    'Kết luận của Chủ tịch UBND tỉnh tại hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội',
    '',
  ].join('\n');
  const tail = [
    '',
    'Nơi nhận:',
    '- Thường trực Tỉnh ủy;',
    '- Các sở, ban, ngành tỉnh;',
    '- Lưu: VT, KTTH.',
    '',
    'TL. CHỦ TỊCH',
    'CHÁNH VĂN PHÒNG',
    '',
    'Nguyễn Văn Sơn',
    '',
  ].join('\n');
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let section = 1; bytes < targetBytes; section++) {
    const block = [`${section}. Nội dung thứ ${section}`, '', ...paragraphs(section).map((p) => p + '\n')].join('\n');
    parts.push(block);
    bytes += Buffer.byteLength(block) + 1;
  }
  parts[parts.length - 1] = parts[parts.length - 1].replace(/\n+$/, '') + './.\n';
  return parts.join('\n') + tail;
}
