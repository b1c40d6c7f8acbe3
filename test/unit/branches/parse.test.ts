// Edge cases of the parser that the golden files do not reach (issue 7: every reachable branch
// of the core has a test): the model component a user's text gives at each edge.
import { strict as assert } from 'assert';
import { parseNotice } from '../../../server/src/core/parse/parser';
import type { NoticeModel, Span } from '../../../server/src/core/parse/model';

const HEAD = 'UBND XÃ TÂN LẬP\n\nSố: 5/TB-UBND\n\n';
const covers = (m: NoticeModel, s: Span | undefined) => s && m.text.slice(s.start, s.end);

describe('parse: lines', () => {
  it('a trailing backslash is a Markdown hard break, not text', () => {
    const m = parseNotice(`${HEAD}THÔNG BÁO\n\nVề việc họp \\\nđịnh kỳ\n\nNội dung.\n`);
    assert.equal(m.abstract?.text, 'Về việc họp định kỳ');
  });
  it('a zero-width space inside the emphasis is trimmed with it: "**\\u200bNơi nhận:\\u200b**"', () => {
    const m = parseNotice(`${HEAD}THÔNG BÁO\n\nVề việc họp\n\nNội dung.\n\n**\u200bNơi nhận:\u200b**\n- Lưu: VT.\n`);
    assert.equal(covers(m, m.recipients?.label.span), 'Nơi nhận:');
    assert.deepEqual(m.recipients?.items.map((i) => i.value), ['Lưu: VT.']);
  });
});

describe('parse: header', () => {
  it('two bold cells on one line: each loses its stars', () => {
    const m = parseNotice('**ỦY BAN NHÂN DÂN XÃ TÂN LẬP**      **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\nSố: 5/TB-UBND\n\nTHÔNG BÁO\n\nVề việc họp\n\nNội dung.\n');
    assert.equal(covers(m, m.header.issuer?.span), 'ỦY BAN NHÂN DÂN XÃ TÂN LẬP');
    assert.equal(covers(m, m.header.nationalTitle?.span), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it('a "place" with digits before ", ngày" is no place/date line', () => {
    const m = parseNotice(`${HEAD}Phòng 205, ngày 05 tháng 3 năm 2024\n\nTHÔNG BÁO\n\nVề việc họp\n\nNội dung.\n`);
    assert.equal(m.placeDate, undefined);
  });
  it('without a title line, a long "THÔNG BÁO …" line in capitals and a second "SỐ:" line are not issuers', () => {
    const m = parseNotice(`${HEAD.trimEnd()}\nSỐ: 6/TB-UBND\n\nTHÔNG BÁO KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ VỀ VIỆC HỌP\n\nNội dung đã họp.\n`);
    assert.equal(m.title, undefined);
    assert.equal(m.header.issuer?.text, 'UBND XÃ TÂN LẬP');
    assert.equal(m.header.superior, undefined);
    assert.equal(m.number?.value, '5/TB-UBND');
  });
});

describe('parse: abstract and signature', () => {
  it('a plain paragraph of more than 400 characters after the title is body, not a trích yếu', () => {
    const long = 'Nội dung rất dài '.repeat(30).trim();
    const m = parseNotice(`${HEAD}THÔNG BÁO\n\n${long}\n\nNội dung.\n`);
    assert.equal(m.abstract, undefined);
    assert.equal(m.body?.firstLine, 6);
  });
  it('a blank line inside the title block is kept when a long title in capitals follows', () => {
    const m = parseNotice(`${HEAD}THÔNG BÁO\n\nVề việc họp\n\nNội dung.\n\nKT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nNguyễn Văn An\n`);
    assert.deepEqual(m.signature?.lines.map((l) => l.text), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG']);
    assert.equal(m.signature?.signer?.text, 'Nguyễn Văn An');
  });
});
