/**
 * Seed-like notices for the place rule tests, written for the tests (other issuers, years and
 * wording than the seeds). `data` is the reference data the place rules need.
 */
import { loadReferenceData } from '../../server/src/core/data/load';

export const data = loadReferenceData();
export const withData = { data };

export interface NoticeParts {
  header?: string;
  place?: string;
  /** "ngày 12 tháng 5 năm 2022", "ngày   tháng 8 năm 2020" … */
  date?: string;
  title?: string;
  body: string;
  recipients?: string[];
  eol?: string;
}

/** A notice with the usual components; the place/date line is left out when `date` is ''. */
export function notice(p: NoticeParts): string {
  const nl = p.eol ?? '\n';
  const lines: string[] = [];
  lines.push(p.header ?? 'UBND TỈNH LẠNG SƠN\nSỞ Y TẾ', '', 'Số: 17/TB-SYT', '');
  if (p.date !== '') lines.push(`${p.place ?? 'Lạng Sơn'}, ${p.date ?? 'ngày 12 tháng 5 năm 2022'}`, '');
  lines.push('THÔNG BÁO', '', p.title ?? 'Kết luận tại buổi làm việc về công tác y tế cơ sở', '', p.body, '');
  lines.push('Nơi nhận:', ...(p.recipients ?? ['- UBND tỉnh;']).map((r) => r), '- Lưu: VT.', '', 'GIÁM ĐỐC', '', 'Nguyễn Văn An');
  return lines.join('\n').split('\n').join(nl) + nl;
}
