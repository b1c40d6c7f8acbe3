/**
 * Curated confusables for text/confusable: misspellings seen in administrative prose whose
 * wrong form is not a Vietnamese word or phrase, so replacing it is always right.
 *
 * Admission test for an entry: (1) the right form is the dictionary word (Từ điển tiếng
 * Việt, Viện Ngôn ngữ học, Hoàng Phê chủ biên); (2) the wrong form is not a word and cannot
 * arise from two correct neighbouring words — where it could (e.g. "giám sát nhập khẩu"
 * contains "sát nhập"), `notAfter` / `notBefore` list the neighbours that make it correct;
 * (3) it is seen in real drafts. Pairs where both forms are words ("bàng quan"/"bàng quang",
 * "dành"/"giành", "tham quan"/"thăm quan", "tinh giản"/"tinh giảm") are deliberately absent.
 */

export interface Confusable {
  /** The wrong form, lower case, NFC, words separated by one space. */
  wrong: string;
  /** The right form, lower case, same number of words when possible (case is copied per word). */
  right: string;
  /** Why it is wrong, and the source. */
  note: { vi: string; en: string };
  /** The match is not reported when the next word is one of these (folded, lower case). */
  notAfter?: string[];
  /** The match is not reported when the previous word is one of these. */
  notBefore?: string[];
}

const DICT = 'Từ điển tiếng Việt (Viện Ngôn ngữ học, Hoàng Phê chủ biên)';
const DICT_EN = 'the Vietnamese Dictionary (Institute of Linguistics, ed. Hoàng Phê)';
/** Compounds ending in "nhập…" — "giám sát nhập khẩu" is correct. */
const NHAP_COMPOUNDS = ['khẩu', 'cảnh', 'học', 'liệu', 'ngũ', 'tịch', 'môn', 'cuộc', 'viện', 'kho', 'siêu', 'gia', 'hộ', 'cư', 'vai', 'trạch', 'tâm', 'định', 'lượng', 'thông', 'mật', 'dữ', 'số'];
const XUAT_COMPOUNDS = ['khẩu', 'trình', 'cảnh', 'bản', 'phát', 'hiện', 'xứ', 'toán', 'kho', 'viện', 'ngũ', 'hành', 'quân', 'chúng', 'thân', 'sắc', 'hóa', 'hoá', 'ra', 'huyết', 'tinh', 'giá', 'khẩu', 'cấp', 'vốn', 'nhập', 'bán'];

function pair(wrong: string, right: string, vi: string, en: string, extra: Partial<Confusable> = {}): Confusable {
  return { wrong, right, note: { vi: `${vi} Nguồn: ${DICT}.`, en: `${en} Source: ${DICT_EN}.` }, ...extra };
}

export const CONFUSABLES: readonly Confusable[] = [
  pair('đơn đốc', 'đôn đốc', 'Từ đúng là "đôn đốc" (thúc giục, kiểm tra việc thực hiện); "đơn đốc" không có nghĩa.', '"đôn đốc" (to urge, follow up) is the word; "đơn đốc" means nothing.', { notAfter: ['thúc', 'công'] }),
  pair('khản trương', 'khẩn trương', 'Từ đúng là "khẩn trương" (gấp, nhanh); "khản" nghĩa là khàn giọng.', '"khẩn trương" (urgent) is the word; "khản" means hoarse.'),
  pair('khẩn chương', 'khẩn trương', 'Từ đúng là "khẩn trương" (lẫn "tr"/"ch").', '"khẩn trương" is the word (tr/ch confusion).'),
  pair('sát nhập', 'sáp nhập', 'Từ đúng là "sáp nhập" (nhập vào làm một: sáp nhập đơn vị hành chính); "sát nhập" là lỗi phổ biến.', '"sáp nhập" (to merge) is the word; "sát nhập" is a common misspelling.', {
    notAfter: NHAP_COMPOUNDS,
    notBefore: ['giám', 'khảo', 'quan', 'kiểm', 'trinh', 'thanh', 'cảnh', 'bám', 'thám', 'sâu', 'ám', 'mật', 'rất', 'khá', 'thật', 'theo'],
  }),
  pair('xát nhập', 'sáp nhập', 'Từ đúng là "sáp nhập" (nhập vào làm một).', '"sáp nhập" (to merge) is the word.', { notBefore: ['cọ', 'chà'] }),
  pair('đề suất', 'đề xuất', 'Từ đúng là "đề xuất" (nêu ra để xem xét); "suất" là phần, mức (suất ăn, công suất).', '"đề xuất" (to propose) is the word; "suất" means a share or rate.', {
    notBefore: ['vấn', 'chủ', 'tiêu', 'đầu', 'luận', 'mệnh', 'nhan', 'câu', 'chuyên', 'đáp', 'khẩu', 'giải', 'nan'],
    notAfter: ['đầu', 'ăn', 'vốn', 'học', 'tiêu', 'chi'],
  }),
  pair('bổ xung', 'bổ sung', 'Từ đúng là "bổ sung" (thêm vào cho đủ).', '"bổ sung" (to supplement) is the word.', {
    notAfter: ['quanh', 'đột', 'kích', 'lực', 'khắc', 'phong', 'yếu', 'thiên', 'điện', 'nhịp'],
  }),
  pair('xử dụng', 'sử dụng', 'Từ đúng là "sử dụng" (dùng); "xử" là giải quyết, xử lý.', '"sử dụng" (to use) is the word; "xử" means to handle.', { notAfter: ['cụ', 'ý', 'công', 'võ', 'binh', 'tâm', 'quyền'] }),
  pair('sử lý', 'xử lý', 'Từ đúng là "xử lý" (giải quyết theo quy định); "sử" là lịch sử, sử dụng.', '"xử lý" (to handle) is the word; "sử" means history or use.', {
    notBefore: ['lịch', 'dã', 'quốc', 'chính', 'tiểu', 'văn', 'thanh', 'sách', 'khoa', 'ngữ'],
    notAfter: ['do', 'luận', 'giải', 'lịch', 'thuyết', 'tưởng', 'trí', 'tính', 'thú', 'sự', 'trưởng', 'học', 'lẽ', 'tài', 'hóa', 'hoá', 'kinh', 'lẽ', 'số'],
  }),
  pair('sử phạt', 'xử phạt', 'Từ đúng là "xử phạt" (xử phạt vi phạm hành chính).', '"xử phạt" (to sanction) is the word.', { notBefore: ['lịch', 'dã', 'quốc'] }),
  pair('giám xát', 'giám sát', 'Từ đúng là "giám sát" (theo dõi, kiểm tra); "xát" là chà xát.', '"giám sát" (to supervise) is the word; "xát" means to rub.'),
  pair('sắp sếp', 'sắp xếp', 'Từ đúng là "sắp xếp" (bố trí theo trật tự).', '"sắp xếp" (to arrange) is the word.'),
  pair('xắp xếp', 'sắp xếp', 'Từ đúng là "sắp xếp" (bố trí theo trật tự).', '"sắp xếp" (to arrange) is the word.'),
  pair('suất sắc', 'xuất sắc', 'Từ đúng là "xuất sắc" (giỏi hơn hẳn).', '"xuất sắc" (excellent) is the word.', { notBefore: ['công', 'năng', 'hiệu', 'tỷ', 'tỉ', 'lãi'] }),
  pair('sơ xuất', 'sơ suất', 'Từ đúng là "sơ suất" (thiếu cẩn thận); "xuất" là đưa ra.', '"sơ suất" (an oversight) is the word; "xuất" means to issue.', {
    notBefore: ['hồ'],
    notAfter: XUAT_COMPOUNDS,
  }),
  pair('hoạch toán', 'hạch toán', 'Từ đúng là "hạch toán" (ghi chép, tính toán kế toán).', '"hạch toán" (accounting entry) is the word.', { notBefore: ['kế', 'thu', 'quy', 'phân', 'trù'] }),
  pair('chuẩn đoán', 'chẩn đoán', 'Từ đúng là "chẩn đoán" (xác định bệnh); "chuẩn" là mức mẫu.', '"chẩn đoán" (diagnosis) is the word; "chuẩn" means standard.', { notBefore: ['tiêu', 'quy', 'hiệu', 'chuẩn', 'đạt'] }),
  pair('xây xựng', 'xây dựng', 'Từ đúng là "xây dựng"; "xựng" không phải âm tiết tiếng Việt.', '"xây dựng" (to build) is the word; "xựng" is not a Vietnamese syllable.'),
  pair('chiển khai', 'triển khai', 'Từ đúng là "triển khai"; "chiển" không phải âm tiết tiếng Việt.', '"triển khai" (to deploy) is the word; "chiển" is not a Vietnamese syllable.'),
  pair('bảo lảnh', 'bảo lãnh', 'Từ đúng là "bảo lãnh" (đứng ra bảo đảm).', '"bảo lãnh" (to guarantee) is the word.'),
  // Orthography, not meaning: "ngh" is written only before i, e, ê (quy tắc chính tả).
  { wrong: 'nghành', right: 'ngành', note: { vi: 'Theo quy tắc chính tả, "ngh" chỉ đứng trước i, e, ê; viết "ngành".', en: 'Vietnamese spelling writes "ngh" only before i, e, ê: "ngành".' } },
  { wrong: 'ngiên cứu', right: 'nghiên cứu', note: { vi: 'Theo quy tắc chính tả, trước "i" viết "ngh": "nghiên cứu".', en: 'Vietnamese spelling writes "ngh" before "i": "nghiên cứu".' } },
];
