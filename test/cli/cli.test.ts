/**
 * The CLI as a process (node bin/vn-notice.js after a build): output formats, positions in
 * the user's own UTF-16 text, exit codes, bad input, and `fix` writing atomically.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { loadReferenceData } from '../../server/src/core/data/load';
import { fixAll } from '../../server/src/core/fix';
import { lint } from '../../server/src/core/lint';
import { RULE_IDS } from '../../server/src/core/rules';
import { ROOT, ensureBuilt } from '../lsp/build';

const MISSING_TITLE = 'structure/missing-title';
const FIX = 'test/cli/fixtures';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'vn-notice.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiag {
  ruleId: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function json(r: Run): { file: string; diagnostics: JsonDiag[] }[] {
  return JSON.parse(r.stdout);
}

/** The text a 0-based LSP range covers in a text (lines split as LSP splits them). */
function textAt(text: string, range: JsonDiag['range']): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return text.slice(starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character);
}

let tmp: string;
/** A config with every rule off but the given one, so expectations hold while rules are added. */
function onlyRuleConfig(severity: string): { rules: Record<string, 'error' | 'warning' | 'off'> } {
  const rules: Record<string, 'error' | 'warning' | 'off'> = {};
  for (const id of RULE_IDS) rules[id] = id === MISSING_TITLE ? (severity as 'error' | 'warning') : 'off';
  return { rules };
}
function onlyRule(severity: string): string {
  const rules = onlyRuleConfig(severity).rules;
  const file = path.join(tmp, `only-${severity}.json`);
  fs.writeFileSync(file, JSON.stringify({ rules }));
  return file;
}

function assertUsageError(r: Run, pattern: RegExp): void {
  assert.equal(r.code, 2, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], /^vn-notice: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

describe('vn-notice CLI', function () {
  this.timeout(30000);
  before(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-notice-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('--version and --help', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(cli('--version'), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /vn-notice check/);
    assert.match(help.stdout, /--max-warnings/);
  });

  describe('check --format json', () => {
    it('prints one array of {file, diagnostics} with 0-based UTF-16 ranges from the core', () => {
      const file = `${FIX}/missing-title.tb.md`;
      const r = cli('check', '--format', 'json', file);
      assert.equal(r.code, 1);
      const out = json(r);
      assert.equal(out.length, 1);
      assert.deepEqual(Object.keys(out[0]), ['file', 'diagnostics']);
      assert.equal(out[0].file, file);
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const result = lint(text, { data: loadReferenceData() });
      assert.equal(out[0].diagnostics.length, result.findings.length);
      for (const d of out[0].diagnostics) {
        assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'range']);
        assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity));
      }
      const d = out[0].diagnostics.find((x) => x.ruleId === MISSING_TITLE)!;
      const f = result.findings.find((x) => x.ruleId === MISSING_TITLE)!;
      assert.equal(d.severity, 'error');
      assert.equal(d.message, f.message.vi);
      assert.deepEqual(d.range, { start: result.model.source.positionAt(f.originalSpan.start), end: result.model.source.positionAt(f.originalSpan.end) });
      assert.ok(textAt(text, d.range).length > 0);
    });

    it('counts positions in the original text of a CRLF file with a BOM, and of an NFD file', () => {
      const lfText = fs.readFileSync(path.join(ROOT, FIX, 'missing-title.tb.md'), 'utf8');
      const out = json(cli('check', '--format', 'json', `${FIX}/missing-title.tb.md`, `${FIX}/crlf-bom.tb.md`, `${FIX}/nfd.tb.md`));
      assert.deepEqual(out.map((x) => path.basename(x.file)), ['missing-title.tb.md', 'crlf-bom.tb.md', 'nfd.tb.md']);
      const [lf, crlf, nfd] = out.map((x) => x.diagnostics.find((d) => d.ruleId === MISSING_TITLE)!);
      const expected = textAt(lfText, lf.range);

      const crlfText = fs.readFileSync(path.join(ROOT, FIX, 'crlf-bom.tb.md'), 'utf8');
      assert.equal(crlfText.charCodeAt(0), 0xfeff, 'fixture keeps its BOM');
      assert.equal(crlf.range.start.line, lf.range.start.line);
      assert.equal(textAt(crlfText, crlf.range), expected);

      const nfdText = fs.readFileSync(path.join(ROOT, FIX, 'nfd.tb.md'), 'utf8');
      assert.notEqual(nfdText, nfdText.normalize('NFC'), 'fixture is NFD');
      const covered = textAt(nfdText, nfd.range);
      assert.notEqual(covered, expected, 'NFD range counts the decomposed units');
      assert.equal(covered.normalize('NFC'), expected);
    });

    it('walks a directory: notice names, .md that look like a notice; not README, node_modules or dot-dirs', () => {
      const out = json(cli('check', '--format', 'json', `${FIX}/dir`));
      assert.deepEqual(out.map((x) => x.file), [`${FIX}/dir/a.tb.md`, `${FIX}/dir/sub/looks-like.md`]);
    });

    it('--locale en gives English messages', () => {
      const out = json(cli('check', '--format', 'json', '--locale', 'en', `${FIX}/missing-title.tb.md`));
      assert.match(out[0].diagnostics.find((d) => d.ruleId === MISSING_TITLE)!.message, /^Missing the document type line/);
    });
  });

  describe('check --format stylish', () => {
    it('groups by file with 1-based line:col, severity, message, rule id and a summary', () => {
      const cfg = onlyRule('error');
      const r = cli('check', '-c', cfg, `${FIX}/good.tb.md`, `${FIX}/missing-title.tb.md`);
      assert.equal(r.code, 1);
      const d = json(cli('check', '-c', cfg, '--format', 'json', `${FIX}/missing-title.tb.md`))[0].diagnostics[0];
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], `${FIX}/missing-title.tb.md`, 'a clean file is not listed');
      assert.match(lines[1], new RegExp(`^  ${d.range.start.line + 1}:${d.range.start.character + 1}  lỗi  Thiếu tên loại văn bản .*  structure/missing-title$`));
      assert.match(r.stdout, /✖ 1 vấn đề \(1 lỗi, 0 cảnh báo, 0 thông tin, 0 gợi ý\)\n$/);
    });

    it('says so when there is nothing to report', () => {
      const r = cli('check', '-c', onlyRule('error'), `${FIX}/good.tb.md`);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^✔ Không có vấn đề nào/);
    });
  });

  describe('exit codes', () => {
    it('0 without errors, 1 with an error', () => {
      assert.equal(cli('check', '-c', onlyRule('error'), `${FIX}/good.tb.md`).code, 0);
      assert.equal(cli('check', '-c', onlyRule('error'), `${FIX}/missing-title.tb.md`).code, 1);
    });

    it('--max-warnings: 1 only when warnings exceed it', () => {
      const cfg = onlyRule('warning');
      assert.equal(cli('check', '-c', cfg, `${FIX}/missing-title.tb.md`).code, 0);
      assert.equal(cli('check', '-c', cfg, '--max-warnings', '1', `${FIX}/missing-title.tb.md`).code, 0);
      assert.equal(cli('check', '-c', cfg, '--max-warnings', '0', `${FIX}/missing-title.tb.md`).code, 1);
    });

    const cases: [string, string[], RegExp][] = [
      ['a missing file', ['check', `${FIX}/no-such.tb.md`], /không tìm thấy/],
      ['a directory with no notices', ['check', `${FIX}/empty-dir`], /không có thông báo nào/],
      ['a binary file', ['check', `${FIX}/binary.tb.md`], /tệp nhị phân/],
      ['a file that is not UTF-8', ['check', `${FIX}/latin1.tb.txt`], /không phải văn bản UTF-8/],
      ['an unknown flag', ['check', '--frobnicate', `${FIX}/good.tb.md`], /Unknown option '--frobnicate'/],
      ['an unknown command', ['lint', `${FIX}/good.tb.md`], /lệnh không tồn tại/],
      ['no command', [], /thiếu lệnh/],
      ['no files', ['check'], /thiếu tệp/],
      ['a bad --format', ['check', '--format', 'xml', `${FIX}/good.tb.md`], /--format "xml"/],
      ['a bad --max-warnings', ['check', '--max-warnings', 'many', `${FIX}/good.tb.md`], /--max-warnings "many"/],
      ['a bad --locale', ['check', '--locale', 'fr', `${FIX}/good.tb.md`], /--locale "fr"/],
      ['a config file with a bad severity', ['check', '-c', `${FIX}/bad-config.json`, `${FIX}/good.tb.md`], /"loud"/],
      ['a config file that is not JSON', ['check', '-c', `${FIX}/not-json.json`, `${FIX}/good.tb.md`], /không phải JSON/],
      ['a missing config file', ['check', '-c', `${FIX}/nope.json`, `${FIX}/good.tb.md`], /tệp cấu hình.*không tìm thấy/],
    ];
    for (const [label, args, pattern] of cases) {
      it(`2 and one line on stderr for ${label}`, () => assertUsageError(cli(...args), pattern));
    }

    it('2 for an unreadable file (mode 000, or a symlink loop when running as root)', () => {
      const file = path.join(tmp, 'locked.tb.md');
      if (process.getuid?.() === 0) {
        // root reads a mode-000 file anyway; a symlink that points at itself cannot be read by anyone.
        fs.symlinkSync(file, file);
        assertUsageError(cli('check', file), /không đọc được: .*ELOOP/);
      } else {
        fs.writeFileSync(file, 'Số: 1/TB-UBND\n');
        fs.chmodSync(file, 0o000);
        assertUsageError(cli('check', file), /không có quyền đọc/);
      }
    });
  });

  describe('check --format sarif', () => {
    it('is valid SARIF 2.1.0 with 1-based UTF-16 regions', () => {
      const r = cli('check', '--format', 'sarif', `${FIX}/missing-title.tb.md`, `${FIX}/nfd.tb.md`);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as Sarif.Log;

      // The official schema (draft-04, shipped by @microsoft/jest-sarif) read by Ajv (draft-07):
      // its top-level "id" becomes "$id"; nothing else in it differs between the drafts.
      const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
      schema.$id = schema.id;
      delete schema.id;
      delete schema.$schema;
      // unicodeRegExp off: one of the schema's patterns (for a language tag) is not valid with /u.
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

      assert.equal(log.version, '2.1.0');
      const run = log.runs[0];
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const driver = run.tool.driver;
      assert.equal(driver.name, 'vn-notice');
      assert.ok(driver.version && driver.informationUri);
      assert.deepEqual(new Set(driver.rules!.map((x) => x.id)), RULE_IDS);
      const rule = driver.rules!.find((x) => x.id === MISSING_TITLE)!;
      assert.equal(rule.defaultConfiguration?.level, 'error');
      assert.ok(rule.helpUri?.endsWith('structure/missing-title.md'));
      assert.ok(rule.shortDescription?.text);

      const jsonOut = json(cli('check', '--format', 'json', `${FIX}/missing-title.tb.md`, `${FIX}/nfd.tb.md`));
      const results = run.results!;
      assert.equal(results.length, jsonOut[0].diagnostics.length + jsonOut[1].diagnostics.length);
      for (const [i, name] of ['missing-title.tb.md', 'nfd.tb.md'].entries()) {
        const res = results.find((x) => x.ruleId === MISSING_TITLE && x.locations![0].physicalLocation!.artifactLocation!.uri!.endsWith(name))!;
        assert.equal(res.locations![0].physicalLocation!.artifactLocation!.uri, `test/cli/fixtures/${name}`);
        assert.equal(res.level, 'error');
        const d = jsonOut[i].diagnostics.find((x) => x.ruleId === MISSING_TITLE)!;
        assert.equal(res.message.text, d.message);
        assert.deepEqual(res.locations![0].physicalLocation!.region, {
          startLine: d.range.start.line + 1,
          startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        });
      }
      for (const res of results) assert.ok(['error', 'warning', 'note'].includes(res.level!));
    });
  });

  describe('fix', () => {
    it('rewrites atomically (a new file renamed over the old), keeping the BOM and CRLF', () => {
      const dir = fs.mkdtempSync(path.join(tmp, 'fix-'));
      const file = path.join(dir, 'crlf-bom.tb.md');
      const before = fs.readFileSync(path.join(ROOT, FIX, 'crlf-bom.tb.md'), 'utf8');
      fs.writeFileSync(file, before);
      const inoBefore = fs.statSync(file).ino;

      const r = cli('fix', '-c', onlyRule('error'), file);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^đã sửa 1 lỗi trong .*crlf-bom\.tb\.md: structure\/missing-title\n$/);

      const after = fs.readFileSync(file, 'utf8');
      assert.equal(after, fixAll(before, { config: onlyRuleConfig('error'), data: loadReferenceData() }).output);
      assert.equal(after.charCodeAt(0), 0xfeff, 'BOM kept');
      assert.doesNotMatch(after.replace(/\r\n/g, ''), /[\r\n]/, 'every line break is still CRLF');
      assert.match(after, /\r\nTHÔNG BÁO\r\n/);
      assert.ok(after.length > before.length, 'no text lost');
      assert.notEqual(fs.statSync(file).ino, inoBefore, 'replaced by rename, not rewritten in place');
      assert.deepEqual(fs.readdirSync(dir), ['crlf-bom.tb.md'], 'no temporary file left');

      // Nothing left to fix: the file is not touched again.
      const inoFixed = fs.statSync(file).ino;
      const again = cli('fix', '-c', onlyRule('error'), file);
      assert.equal(again.code, 0);
      assert.equal(again.stderr, '');
      assert.equal(fs.statSync(file).ino, inoFixed);
    });

    it('exits as check does on what remains, and 2 on bad input', () => {
      const dir = fs.mkdtempSync(path.join(tmp, 'fix-'));
      const file = path.join(dir, 'a.tb.md');
      fs.copyFileSync(path.join(ROOT, FIX, 'missing-title.tb.md'), file);
      const r = cli('fix', '--format', 'json', file);
      const remaining = lint(fs.readFileSync(file, 'utf8'), { data: loadReferenceData() }).findings;
      assert.equal(r.code, remaining.some((f) => f.severity === 'error') ? 1 : 0);
      assert.equal(json(r)[0].diagnostics.length, remaining.length);
      assertUsageError(cli('fix', path.join(dir, 'missing.tb.md')), /không tìm thấy/);
    });
  });
});
