import { strict as assert } from 'assert';
import { lint } from '../../../server/src/core/lint';
import { reviewReport, verdictOf } from '../../../server/src/features/review';
import type { Finding } from '../../../server/src/core/rules/types';

const f = (severity: Finding['severity']): Finding => ({
  ruleId: 'structure/missing-title',
  severity,
  message: { vi: 'x', en: 'x' },
  span: { start: 0, end: 0 },
  originalSpan: { start: 0, end: 0 },
  fixes: [],
});

describe('review verdict and report', () => {
  it('is ready to sign when only infos and hints remain', () => {
    const v = verdictOf([f('hint'), f('info')]);
    assert.equal(v.ready, true);
    assert.equal(v.label, 'Sẵn sàng trình ký');
    assert.equal(verdictOf([], 'en').label, 'Ready to sign');
  });
  it('counts errors and warnings otherwise', () => {
    const v = verdictOf([f('error'), f('warning'), f('warning')]);
    assert.equal(v.ready, false);
    assert.equal(v.label, '1 lỗi, 2 cảnh báo');
  });
  it('reports missing components and groups findings by family with the legal basis', () => {
    const r = lint('Số: 05/TB-UBND\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKết luận.\n', { today: new Date(Date.UTC(2026, 0, 1)) });
    const md = reviewReport(r, 'du-thao.tb.md');
    assert.match(md, /^# Báo cáo rà soát: du-thao\.tb\.md/);
    assert.match(md, /\| Tên loại \(THÔNG BÁO\) \| ✗ \|/);
    assert.match(md, /\| Số, ký hiệu \| ✓ \|/);
    assert.match(md, /### Thể thức và bố cục/);
    assert.match(md, /structure\/missing-title.*căn cứ: Nghị định 30\/2020\/NĐ-CP, Phụ lục I, mục II\.5/);
    assert.match(reviewReport(r, 'x', 'en'), /Document type \(THÔNG BÁO\) \| ✗/);
  });
});
