import { strict as assert } from 'assert';
import { looksLikeNotice } from '../../server/src/core/detect';

const NOTICE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HÀ GIANG',
  '',
  'Số: 05/TB-UBND',
  '',
  'Hà Giang, ngày 05 tháng 3 năm 2024',
  '',
  '## THÔNG BÁO',
  '',
  '**Kết luận của Chủ tịch về việc trồng cây đầu xuân**',
].join('\n');

describe('looksLikeNotice', () => {
  it('accepts a notice with a number line and a THÔNG BÁO title', () => {
    assert.equal(looksLikeNotice(NOTICE), true);
  });

  it('accepts a blank number, bold title, CRLF and a BOM', () => {
    const t = '\uFEFFSố:      /TB-SNV\r\n\r\n**THÔNG BÁO**\r\nVề việc nghỉ lễ';
    assert.equal(looksLikeNotice(t), true);
  });

  it('accepts NFD text', () => {
    assert.equal(looksLikeNotice(NOTICE.normalize('NFD')), true);
  });

  it('rejects a document of another type (Số: …/KH-…)', () => {
    assert.equal(looksLikeNotice(NOTICE.replace('/TB-', '/KH-')), false);
  });

  it('rejects text without a title line', () => {
    assert.equal(looksLikeNotice('Số: 05/TB-UBND\n\nThông báo này nói về THÔNG BÁO khác.'), false);
  });

  it('rejects an ordinary Markdown file', () => {
    assert.equal(looksLikeNotice('# README\n\nSome text.\n'), false);
    assert.equal(looksLikeNotice(''), false);
  });
});
