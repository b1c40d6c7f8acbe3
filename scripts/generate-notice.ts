/**
 * Builds a large, realistic notice of about `targetBytes` (UTF-8) for benchmarks and load
 * tests: a full header, many numbered sections with dates, citations, unit lists and
 * agency lists, then Nơi nhận and the signature. Deterministic (no randomness).
 */
const PARAGRAPHS = [
  'Ngày 12/3/2024, Ủy ban nhân dân tỉnh đã tổ chức kiểm tra tiến độ thực hiện Kế hoạch số 21/KH-UBND ngày 15/01/2024 của UBND tỉnh về phát triển kinh tế - xã hội trên địa bàn huyện Quản Bạ.',
  '- Yêu cầu Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng rà soát danh mục dự án, báo cáo UBND tỉnh trước ngày 30/6/2024.',
  '- Giao UBND các xã: Quản Bạ, Đông Hà, Lùng Tám, huyện Quản Bạ tập trung hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới năm 2024.',
  'Thực hiện Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội và Quyết định số 762/QĐ-UBND ngày 24/4/2024 của UBND tỉnh, các cơ quan chuyên môn hướng dẫn cấp huyện triển khai cơ chế phân cấp quản lý.',
  '+ Tham dự có lãnh đạo các Sở, ngành: Tài chính, Nội vụ, Tư pháp, Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Công Thương.',
];

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
    const block = [`${section}. Nội dung thứ ${section}`, '', ...PARAGRAPHS.map((p) => p + '\n')].join('\n');
    parts.push(block);
    bytes += Buffer.byteLength(block) + 1;
  }
  parts[parts.length - 1] = parts[parts.length - 1].replace(/\n+$/, '') + './.\n';
  return parts.join('\n') + tail;
}
