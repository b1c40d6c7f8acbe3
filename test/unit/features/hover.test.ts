/** Hover with cursor markers (`|`). */
import { strict as assert } from 'assert';
import { lint } from '../../../server/src/core/lint';
import { loadReferenceData } from '../../../server/src/core/data/load';
import { hover } from '../../../server/src/features/hover';

const data = loadReferenceData();

function hoverAt(marked: string, locale: 'vi' | 'en' = 'vi'): string | undefined {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const r = lint(text, { today: new Date(2026, 10, 24), data });
  const h = hover({ model: r.model, offset, findings: r.findings, docDate: r.docDate, data, locale });
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
}

const head = (year: number) => `Số: 10/TB-UBND\nLạng Sơn, ngày 12 tháng 5 năm ${year}\n\nTHÔNG BÁO\nKết luận\n\n`;

describe('hover', () => {
  it('explains the parts of a cited number', () => {
    const t = hoverAt(head(2024) + 'Thực hiện Nghị quyết số 111/20|24/QH15 ngày 18/01/2024 của Quốc hội./.\n')!;
    assert.match(t, /Quốc hội/);
    assert.match(t, /năm: `2024`/);
    const p = hoverAt(head(2024) + 'Theo Quy định số 15|56-QĐ/TU ngày 01/10/2024./.\n')!;
    assert.match(p, /của Đảng/);
  });

  it('explains the notice number, blanks included', () => {
    assert.match(hoverAt('Số: |   /TB-UBND\n\nTHÔNG BÁO\n')!, /để trống — Văn thư ghi khi ban hành/);
  });

  it('on a commune: parents, code, validity and what replaced it', () => {
    const t = hoverAt(head(2024) + 'Kiểm tra tại xã Chí Mi|nh, huyện Tràng Định./.\n')!;
    assert.match(t, /Xã Chí Minh\*\* — mã 06013, thuộc Huyện Tràng Định, Tỉnh Lạng Sơn/);
    assert.match(t, /Tồn tại vào thời điểm của văn bản/);
    assert.match(t, /Từ 01\/7\/2025: Xã Thất Khê/);
    const after = hoverAt(head(2026) + 'Kiểm tra tại xã Chí Mi|nh./.\n')!;
    assert.match(after, /Không tồn tại vào thời điểm của văn bản/);
  });

  it('on an agency: validity and successor', () => {
    const t = hoverAt(head(2026) + 'Giao Sở Kế hoạch và Đầ|u tư chủ trì./.\n')!;
    assert.match(t, /\*\*Sở Kế hoạch và Đầu tư\*\*/);
    assert.match(t, /Không tồn tại vào thời điểm của văn bản/);
    assert.match(t, /Kế thừa bởi: Sở Tài chính/);
  });

  it('on a diagnostic: the message, the rule, its legal basis and docs link', () => {
    const t = hoverAt('Số: 10/TB-|UBND\nKết luận của Chủ tịch.\n')!;
    assert.match(t, /structure\/missing-title/);
    assert.match(t, /Căn cứ: Nghị định 30\/2020\/NĐ-CP/);
    assert.match(hoverAt('Số: 10/TB-|UBND\nKết luận của Chủ tịch.\n', 'en')!, /Legal basis: Decree 30\/2020/);
  });
});
