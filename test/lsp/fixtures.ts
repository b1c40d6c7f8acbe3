/** Notice texts written for these tests (not copied from anywhere). */
export const NOTICE_NO_TITLE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÀ GIANG',
  '',
  'Số: 05/TB-UBND',
  '',
  'Hà Giang, ngày 05 tháng 3 năm 2024',
  '',
  '**Kết luận của Chủ tịch Ủy ban nhân dân tỉnh về Tết trồng cây năm 2024**',
  '',
  'Ngày 01 tháng 3 năm 2024, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi làm việc về Tết trồng cây. Chủ tịch kết luận như sau:',
  '',
  '1. Các huyện, thành phố tổ chức lễ phát động trồng cây trước ngày 15 tháng 3 năm 2024.',
  '',
  '2. Sở Nông nghiệp và Phát triển nông thôn hướng dẫn chọn giống cây phù hợp./.',
  '',
  '**Nơi nhận:**',
  '- Các sở, ban, ngành tỉnh;',
  '- Lưu: VT, VX.',
  '',
  '**TL. CHỦ TỊCH**',
  '**CHÁNH VĂN PHÒNG**',
  '',
  'Nguyễn Văn Bình',
  '',
].join('\n');

/** The same notice with its title: what a Markdown file that looks like a notice holds. */
export const NOTICE_WITH_TITLE = NOTICE_NO_TITLE.replace('Hà Giang, ngày 05 tháng 3 năm 2024\n', 'Hà Giang, ngày 05 tháng 3 năm 2024\n\n## THÔNG BÁO\n');

export const README = '# Ghi chú\n\nTệp này không phải thông báo.\n';
