/**
 * The TextMate grammar (syntaxes/vn-notice.tmLanguage.json). Oniguruma is not available in
 * the tests, so the patterns are kept to the subset both engines read the same way and are
 * compiled with JS; a small emulation of TextMate's first-match rule checks that key lines
 * of a notice get the intended scopes.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface Pattern {
  name?: string;
  match?: string;
  begin?: string;
  end?: string;
  include?: string;
  captures?: Record<string, { name: string }>;
  beginCaptures?: Record<string, { name: string }>;
  patterns?: Pattern[];
}

const file = path.join(__dirname, '../../syntaxes/vn-notice.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(file, 'utf8')) as { scopeName: string; patterns: Pattern[]; repository: Record<string, Pattern> };
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));

function allPatterns(): Array<{ where: string; src: string }> {
  const out: Array<{ where: string; src: string }> = [];
  const walk = (p: Pattern, where: string) => {
    for (const k of ['match', 'begin', 'end'] as const) if (p[k] !== undefined) out.push({ where: `${where}.${k}`, src: p[k]! });
    p.patterns?.forEach((q, i) => walk(q, `${where}.patterns[${i}]`));
  };
  grammar.patterns.forEach((p, i) => walk(p, `patterns[${i}]`));
  for (const [k, p] of Object.entries(grammar.repository)) walk(p, `repository.${k}`);
  return out;
}

/** Resolves an include to the patterns it stands for (one level of "patterns" lists). */
function resolve(p: Pattern): Pattern[] {
  if (p.include) {
    const r = grammar.repository[p.include.replace(/^#/, '')];
    assert.ok(r, `include ${p.include}`);
    return r.match || r.begin ? [r] : (r.patterns ?? []).flatMap(resolve);
  }
  return [p];
}

/** TextMate's rule at one position: the earliest match wins, ties go to the first pattern. */
function firstMatch(line: string): { key: string; m: RegExpExecArray; p: Pattern } | undefined {
  let best: { key: string; m: RegExpExecArray; p: Pattern } | undefined;
  for (const top of grammar.patterns) {
    for (const p of resolve(top)) {
      const re = new RegExp(p.match ?? p.begin!, 'g');
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { key: top.include ?? '?', m, p };
    }
  }
  return best;
}

/** Scope name → captured text, for the winning pattern on a line. */
function scopes(line: string): Record<string, string> {
  const f = firstMatch(line);
  assert.ok(f, `no pattern matches ${line}`);
  const caps = f.p.captures ?? f.p.beginCaptures ?? {};
  const out: Record<string, string> = {};
  if (f.p.name) out[f.p.name] = f.m[0];
  for (const [i, c] of Object.entries(caps)) if (f.m[+i] !== undefined && f.m[+i] !== '') out[c.name] = f.m[+i];
  return out;
}

describe('TextMate grammar', () => {
  it('is valid JSON with the scope name the manifest uses', () => {
    assert.equal(grammar.scopeName, 'text.vn-notice');
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'text.vn-notice');
    assert.ok(g && g.path === './syntaxes/vn-notice.tmLanguage.json');
    for (const p of grammar.patterns) if (p.include) assert.ok(grammar.repository[p.include.slice(1)], p.include);
  });

  it('every match/begin/end compiles in JS and stays in the Oniguruma-compatible subset', () => {
    const all = allPatterns();
    assert.ok(all.length > 20);
    for (const { where, src } of all) {
      assert.doesNotThrow(() => new RegExp(src), `${where}: ${src}`);
      // Constructs one engine reads differently from the other (or not at all).
      assert.ok(!/\\[GAzZhHpPk]|\(\?[imx]|\(\?>|[*+?}]\+/.test(src), `${where} uses an engine-specific construct: ${src}`);
      // Oniguruma allows only fixed-length look-behind.
      for (const lb of src.match(/\(\?<[=!](?:[^()\\]|\\.)*\)/g) ?? []) {
        assert.ok(!/(?<!\\)[*+?{]/.test(lb.slice(4).replace(/\[[^\]]*\]/g, 'x')), `${where}: variable look-behind ${lb}`);
      }
    }
  });

  it('uses scope names that themes colour', () => {
    const names = new Set<string>();
    const collect = (o: unknown) => {
      if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o)) {
          if (k === 'name' && typeof v === 'string') names.add(v);
          else collect(v);
        }
      }
    };
    collect(grammar.repository);
    const roots = /^(keyword|entity|markup|constant|string|support|variable|comment|punctuation|meta|invalid|storage)\./;
    for (const n of names) assert.ok(roots.test(n), n);
    for (const must of ['keyword.control', 'entity.name.section', 'markup.heading', 'constant.numeric', 'string', 'markup.bold', 'entity.name.type', 'variable.other', 'comment']) {
      assert.ok([...names].some((n) => n.startsWith(must)), must);
    }
  });

  const CASES: Array<[string, string, Record<string, string>]> = [
    ['national title', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { 'keyword.control.national-title.vn-notice': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
    ['national title, new tone style, bold', '**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**', { 'keyword.control.national-title.vn-notice': 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
    ['motto', 'Độc lập - Tự do - Hạnh phúc', { 'string.unquoted.motto.vn-notice': 'Độc lập - Tự do - Hạnh phúc' }],
    ['issuer', 'ỦY BAN NHÂN DÂN', { 'entity.name.type.issuer.vn-notice': 'ỦY BAN NHÂN DÂN' }],
    ['issuer (province line)', 'TỈNH HÀ GIANG', { 'entity.name.type.issuer.vn-notice': 'TỈNH HÀ GIANG' }],
    ['superior + department', 'UBND THÀNH PHỐ CẦN THƠ', { 'entity.name.type.issuer.vn-notice': 'UBND THÀNH PHỐ CẦN THƠ' }],
    ['department', '**SỞ TÀI CHÍNH**', { 'entity.name.type.issuer.vn-notice': 'SỞ TÀI CHÍNH' }],
    [
      'number line',
      'Số: 05/TB-UBND-VP',
      {
        'keyword.other.number-label.vn-notice': 'Số',
        'constant.numeric.document-number.vn-notice': '05',
        'support.type.type-code.vn-notice': 'TB',
        'entity.name.type.issuer-code.vn-notice': 'UBND',
        'variable.other.unit-code.vn-notice': '-VP',
      },
    ],
    ['blank number', 'Số:      /TB-UBND', { 'keyword.other.number-label.vn-notice': 'Số', 'support.type.type-code.vn-notice': 'TB' }],
    [
      'place/date',
      'Hà Giang, ngày 08 tháng 5 năm 2024',
      {
        'variable.other.place.vn-notice': 'Hà Giang',
        'constant.numeric.day.vn-notice': '08',
        'constant.numeric.month.vn-notice': '5',
        'constant.numeric.year.vn-notice': '2024',
      },
    ],
    ['place/date with blanks, italic', '*Lạng Sơn, ngày      tháng      năm 2024*', { 'variable.other.place.vn-notice': 'Lạng Sơn', 'constant.numeric.year.vn-notice': '2024' }],
    ['title', 'THÔNG BÁO', { 'markup.heading.title.vn-notice': 'THÔNG BÁO' }],
    ['title as a Markdown heading', '## **THÔNG BÁO**', { 'markup.heading.title.vn-notice': 'THÔNG BÁO' }],
    ['roman section', 'I. KẾT QUẢ ĐẠT ĐƯỢC', { 'entity.name.section.numbering.vn-notice': 'I.' }],
    ['arabic section', '1. Ghi nhận sự cố gắng của huyện', { 'entity.name.section.numbering.vn-notice': '1.' }],
    ['nested section', '2.1. Đối với các xã:', { 'entity.name.section.numbering.vn-notice': '2.1.' }],
    ['letter point', 'đ) Nhiệm vụ khác', { 'entity.name.section.numbering.vn-notice': 'đ)' }],
    ['paren item', '(1) Về giao thông', { 'entity.name.section.numbering.vn-notice': '(1)' }],
    ['section in a heading', '#### 2.2. Đối với các sở, ngành', { 'markup.heading.markdown': '#### 2.2.', 'entity.name.section.numbering.vn-notice': '2.2.' }],
    ['TM.', '**TM. ỦY BAN NHÂN DÂN**', { 'keyword.control.authority.vn-notice': '.', 'entity.name.function.position.vn-notice': 'ỦY BAN NHÂN DÂN' }],
    ['KT.', 'KT. CHÁNH VĂN PHÒNG', { 'entity.name.function.position.vn-notice': 'CHÁNH VĂN PHÒNG' }],
    ['TUQ.', 'TUQ. GIÁM ĐỐC', { 'entity.name.function.position.vn-notice': 'GIÁM ĐỐC' }],
    ['Nơi nhận', '#### ***Nơi nhận:***', { 'keyword.other.recipients-label.vn-notice': 'Nơi nhận', 'meta.recipients.vn-notice': '#### ***Nơi nhận:***' }],
    ['Kính gửi is flagged', 'Kính gửi: Các sở, ngành', { 'invalid.illegal.kinh-gui.vn-notice': 'Kính gửi' }],
    ['citation', 'theo Kế hoạch số 15/KH-UBND ngày 18/01/2024', { 'support.type.document-kind.vn-notice': 'Kế hoạch', 'string.other.citation.vn-notice': '15/KH-UBND' }],
    ['legal normative citation', 'Nghị quyết số 111/2024/QH15 của Quốc hội', { 'string.other.citation.vn-notice': '111/2024/QH15' }],
    ['date in the body', 'trước ngày 30/9/2024 các xã', { 'constant.numeric.date.vn-notice': '30/9/2024' }],
    ['bold', 'yêu cầu **khẩn trương** thực hiện', { 'markup.bold.markdown': '**khẩn trương**' }],
    ['end mark', 'theo thẩm quyền./.', { 'punctuation.terminator.end-mark.vn-notice': './.' }],
  ];
  for (const [name, line, expected] of CASES) {
    it(`scopes: ${name}`, () => {
      const got = scopes(line);
      for (const [scope, text] of Object.entries(expected)) assert.equal(got[scope], text, `${scope} in ${JSON.stringify(got)}`);
    });
  }

  it('recipient items and the Lưu line inside the Nơi nhận block', () => {
    const r = grammar.repository.recipients;
    const [luu, item] = r.patterns!;
    const m = new RegExp(luu.match!).exec('- Lưu: VT, KTTH.')!;
    assert.equal(m[4], 'VT');
    const i = new RegExp(item.match!).exec('- Các sở, ban, ngành tỉnh;')!;
    assert.equal(i[2], 'Các sở, ban, ngành tỉnh');
    assert.equal(i[3], ';');
    // The block ends at the authority line or after the item that ends with a full stop.
    const end = new RegExp(r.end!, 'm');
    assert.ok(end.test('TL. CHỦ TỊCH'));
    assert.ok(end.test('- Lưu: VT, KTTH.'));
    assert.ok(!end.test('- Các sở, ban, ngành tỉnh;'));
  });

  it('body prose is not taken for a header line', () => {
    for (const line of ['Ngày 02/5/2024, Phó Chủ tịch UBND tỉnh đã làm việc với huyện.', 'Tỉnh Hà Giang có 11 đơn vị hành chính cấp huyện.', 'Thông báo này thay thế thông báo trước.']) {
      const f = firstMatch(line);
      assert.ok(!f || !['#national-title', '#motto', '#issuer', '#number-line', '#place-date', '#title', '#authority', '#recipients'].includes(f.key), `${line} → ${f?.key}`);
    }
  });
});
