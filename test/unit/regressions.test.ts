/**
 * Minimal regression tests for failures the fuzzer found (test/fuzz/, `npm run fuzz`).
 * Each names the property it broke and the shrunk counterexample.
 */
import * as assert from 'assert';
import { loadReferenceData } from '../../server/src/core/data/load';
import { fixAll } from '../../server/src/core/fix';
import { lint } from '../../server/src/core/lint';
import { splitLines } from '../../server/src/core/parse/lines';
import { SourceText } from '../../server/src/core/text/source';

const options = { data: loadReferenceData(), today: new Date(Date.UTC(2025, 8, 15)) };

describe('regressions found by fuzzing', () => {
  it('a line ending in a JavaScript white space the parser did not trim (U+2028, VT, U+202F) does not crash lint', () => {
    // Counterexample "a\u2028": structure/missing-end-mark ran /\S+$/ on content ending in U+2028.
    for (const ws of ['\u2028', '\u2029', '\u000b', '\u000c', '\u202f', '\u205f', '\u1680']) {
      assert.doesNotThrow(() => lint(`a${ws}`, options), `white space U+${ws.charCodeAt(0).toString(16)}`);
      const [line] = splitLines(`${ws}a${ws}`);
      assert.strictEqual(line.content, 'a');
      assert.strictEqual(line.contentStart, 1);
      assert.strictEqual(line.contentEnd, 2);
    }
    assert.strictEqual(typeof fixAll('a\u2028', options).output, 'string');
  });
});

describe('regressions found by fuzzing: NFD equivalence', () => {
  it('Hangul in NFD maps to the same view as in NFC (counterexample "가" in a header)', () => {
    // The view was normalised per base+marks segment, and Hangul jamo are letters, not marks:
    // "가" in NFD stayed two jamo, so structure/missing-issuer saw different text.
    const nfc = '가\nTHÔNG BÁO\n';
    const nfd = nfc.normalize('NFD');
    assert.strictEqual(new SourceText(nfd).text, nfc);
    const ids = (t: string): string[] => lint(t, options).findings.filter((f) => f.ruleId !== 'text/unicode-normalization').map((f) => `${f.ruleId}:${t.slice(f.originalSpan.start, f.originalSpan.end).normalize('NFC')}`);
    assert.deepStrictEqual(ids(nfd), ids(nfc));
  });

  it('the view of the NFD form of every code point is its NFC form', () => {
    let all = '';
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const d = String.fromCodePoint(cp).normalize('NFD');
      if (d !== String.fromCodePoint(cp)) all += `${d}|`;
    }
    const view = new SourceText(all).text;
    assert.strictEqual(view, all.normalize('NFC'));
  });

  it('the view of every code point after a plain letter, before a mark and before a precomposed letter is NFC', () => {
    // SourceText matches segments only around units outside the plain ranges (ASCII…U+02FF,
    // U+1EA0–1EF9, U+2010–2027): a mark or jamo right after a plain unit must still join it.
    let all = '';
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      all += `o${c}\u0302\u0301ế${c}“`;
    }
    const source = new SourceText(all);
    assert.strictEqual(source.text, all.normalize('NFC'));
  });

  it('a decomposed letter after hundreds of characters of another script is still found and mapped', () => {
    // SourceText tests the whole text with normalize() once after 256 unchanged units outside
    // the plain ranges; a text that is not NFC must go on being read segment by segment.
    const before = '中文'.repeat(200);
    const text = `${before} Hoa\u0300 Bi\u0300nh`;
    const source = new SourceText(text);
    assert.strictEqual(source.text, text.normalize('NFC'));
    assert.deepStrictEqual(source.decomposed, [before.length + 3, before.length + 4, before.length + 6, before.length + 7]);
    assert.strictEqual(source.toOriginal(before.length + 4), before.length + 5);
    const cjk = '中文'.repeat(200) + ' ổn';
    assert.strictEqual(new SourceText(cjk).text, cjk);
    assert.deepStrictEqual(new SourceText(cjk).decomposed, []);
  });
});

describe('regressions found by fuzzing: fixAll idempotence', () => {
  it('structure/missing-place-date offers no place derived from "TỈNH ỦY …" or too long to parse (it was re-inserted on every pass)', () => {
    const long = 'TỈNH ỦY QUẢNG NINH'.repeat(6);
    for (const issuer of ['TỈNH ỦY QUẢNG NINH', long, `TỈNH ${'LẠNG SƠN '.repeat(8).trim()}`]) {
      const text = `${issuer}\nSố: 1/TB-UBND\n\nTHÔNG BÁO\nVề việc họp\n\n1. Nội dung./.\n`;
      const once = fixAll(text, options);
      assert.strictEqual(fixAll(once.output, options).output, once.output, issuer);
      assert.ok(once.passes < 10, `fixAll kept going (${once.passes} passes) for ${issuer}`);
    }
  });
});

describe('positions and the BOM', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { SourceText } = require('../../server/src/core/text/source') as typeof import('../../server/src/core/text/source');
  it('does not count a BOM in the columns of the first line (editors hide it)', () => {
    const s = new SourceText('\ufeffSố: 05/TB-UBND\r\nTHÔNG BÁO');
    assert.deepEqual(s.positionAt(1), { line: 0, character: 0 });
    assert.deepEqual(s.positionAt(4), { line: 0, character: 3 });
    assert.deepEqual(s.positionAt(17), { line: 1, character: 0 });
    assert.equal(s.offsetAt({ line: 0, character: 3 }), 4);
    assert.equal(s.offsetAt({ line: 1, character: 2 }), 19);
  });
});

describe('found by the 1,000,000-case fuzz run', () => {
  it('a Hangul vowel jamo after a Latin letter is its own segment: an edit after "Á" does not take it', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { SourceText } = require('../../server/src/core/text/source') as typeof import('../../server/src/core/text/source');
    const s = new SourceText('BA\u0301\u1161O');
    assert.equal(s.text, 'BÁ\u1161O');
    assert.equal(s.toOriginal(2), 3, 'after "Á" in the view is after "A" + U+0301 in the original');
    assert.equal(s.toOriginal(3), 4);
    const l = new SourceText('\u1100\u1161\u11a8');
    assert.equal(l.text, '각');
  });
  it('recipients/item-format: a bullet alone on its line (text wrapped below) gets no fix, so fix-all settles', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { fixAll } = require('../../server/src/core/fix') as typeof import('../../server/src/core/fix');
    const t = 'THÔNG BÁO\n\nNơi nhận:\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KTTH.\n–\u000b\nNguyễn Văn An';
    const once = fixAll(t).output;
    assert.equal(fixAll(once).output, once);
  });
});

describe('found by the second long fuzz run', () => {
  it('date/place-mismatch takes no "locality" from a damaged header line, so fix-all settles', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { fixAll } = require('../../server/src/core/fix') as typeof import('../../server/src/core/fix');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { loadReferenceData } = require('../../server/src/core/data/load') as typeof import('../../server/src/core/data/load');
    const data = loadReferenceData();
    const t = 'ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ 4/4HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐỒNG ĐĂNG\t\tĐộc lập - Tự do - Hạnh phúc\n\n' +
      'Số: 21/TB-UBND\t\tĐồng Đăng, ngày 16 tháng 01 năm 2026Số: 21/TB-UBND\t\tĐồng Đăng, ngày 16 tháng 01 năm 2026\n\n' +
      'THÔNG BÁO\nLịch tiếp công dân\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHoàng Văn Thái\n';
    const once = fixAll(t, { data }).output;
    assert.equal(fixAll(once, { data }).output, once);
    assert.ok(!once.includes('4/4hội'), 'no place written from the damaged line');
  });
});

describe('found by the third long fuzz run', () => {
  it('agency names: two soft separators in a row after a comma (", ,") do not loop forever', () => {
    const data = loadReferenceData();
    const t = 'THÔNG BÁO\nVề việc\n\nQua báo cáo của Văn phòng, ,\u0001các Sở, ngành: Tài chính, , Y tế, Hội Nông dân, , Tỉnh Đoàn./.\n';
    const r = lint(t, { data });
    assert.ok(Array.isArray(r.findings));
  });
});

describe('found by the fourth long fuzz run (seed 12100)', () => {
  it('text/unicode-normalization walks the segments SourceText uses: after Hangul jamo its ranges still cover the right characters', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { lint } = require('../../server/src/core/lint') as typeof import('../../server/src/core/lint');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { fixAll } = require('../../server/src/core/fix') as typeof import('../../server/src/core/fix');
    const texts = [
      'THÔNG BÁO\n\u1100\u1161\n\nYêu cầu các xã: L\u0300\u0301\u0323ong Đống.\n',
      'THÔNG BÁO\n\u1100\u1161\u11a8\n\u0300\u0301\u0323\nYêu cầu các xã: Long Đống.\n',
    ];
    for (const t of texts) {
      const findings = lint(t).findings.filter((f) => f.ruleId === 'text/unicode-normalization');
      assert.ok(findings.length > 0);
      for (const f of findings) {
        const written = t.slice(f.originalSpan.start, f.originalSpan.end);
        assert.equal(written.normalize('NFC'), f.fixes[0].edits[0].newText, `the range covers what the fix rewrites (${JSON.stringify(written)})`);
      }
      const once = fixAll(t).output;
      assert.equal(once, once.normalize('NFC'), 'fix-all leaves NFC text');
      assert.equal(fixAll(once).output, once, 'and a second fix-all changes nothing');
    }
  });
});
