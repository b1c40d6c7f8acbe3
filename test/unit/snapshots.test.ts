/**
 * Whole-document snapshots (ARCHITECTURE.md §5): the findings on every bundled sample, and on
 * the five real seed notices when ../shared/seeds is present (CI has it beside the clone; the
 * project never reads it at run time). A change in what the checker reports on a real
 * document shows up here as a diff to review. Regenerate with UPDATE_SNAPSHOTS=1.
 *
 * Seeds are other people's documents: their snapshot stores positions and rule ids only,
 * never their text.
 */
import { strict as assert } from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { loadReferenceData } from '../../server/src/core/data/load';
import { lint } from '../../server/src/core/lint';

const root = path.join(__dirname, '..', '..');
const data = loadReferenceData();
const today = new Date(Date.UTC(2026, 10, 24));

function findings(text: string, withText: boolean): string[] {
  const r = lint(text, { data, today });
  return r.findings.map((f) => {
    const s = r.model.source.positionAt(f.originalSpan.start);
    const e = r.model.source.positionAt(f.originalSpan.end);
    const where = `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
    return `${f.ruleId} ${f.severity} ${where}${withText ? ` ${JSON.stringify(text.slice(f.originalSpan.start, f.originalSpan.end))}` : ''}`;
  });
}

function check(name: string, actual: unknown): void {
  const file = path.join(root, 'test', 'snapshots', name);
  if (process.env.UPDATE_SNAPSHOTS || !fs.existsSync(file)) fs.writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
  assert.deepEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')));
}

describe('whole-document snapshots', () => {
  it('samples/', () => {
    const dir = path.join(root, 'samples');
    const out: Record<string, string[]> = {};
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tb.md')).sort()) {
      out[f] = findings(fs.readFileSync(path.join(dir, f), 'utf8'), true);
    }
    check('samples.json', out);
  });

  const seeds = path.join(root, '..', 'shared', 'seeds');
  (fs.existsSync(seeds) ? it : it.skip)('the five real seed notices (../shared/seeds)', () => {
    const out: Record<string, { sha256: string; findings: string[] }> = {};
    for (const f of fs.readdirSync(seeds).filter((x) => x.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(seeds, f), 'utf8');
      out[f] = { sha256: crypto.createHash('sha256').update(text).digest('hex').slice(0, 16), findings: findings(text, false) };
    }
    check('seeds.json', out);
  });

  it('a 2026 notice naming merged bodies and districts is caught; the same text dated 2024 is not', () => {
    const text = fs.readFileSync(path.join(root, 'samples', 'cao-bang-2026-sau-sap-xep.tb.md'), 'utf8');
    const now = findings(text, true);
    assert.ok(now.some((f) => f.startsWith('agency/defunct') && f.includes('Sở Kế hoạch và Đầu tư')));
    assert.ok(now.some((f) => f.startsWith('agency/defunct') && f.includes('Sở Tài nguyên và Môi trường')));
    assert.ok(now.some((f) => f.startsWith('place/defunct') && f.includes('huyện Trùng Khánh')));
    assert.ok(now.some((f) => f.startsWith('place/defunct') && f.includes('xã Chí Viễn')));
    const then = text
      .replace('năm 2026', 'năm 2024')
      .replace('05/3/2026', '05/3/2024')
      .replace('30/4/2026', '30/4/2024')
      .replace('năm 2025 giảm', 'năm 2023 giảm')
      .replace('10/10/2024', '10/10/2023');
    assert.deepEqual(findings(then, true), []);
  });
});

describe('notices of other provinces and years, written to hunt false positives', () => {
  const dir = path.join(root, 'test', 'fixtures', 'unseen');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.tb.md')).sort()) {
    it(`${f} is clean`, () => {
      assert.deepEqual(findings(fs.readFileSync(path.join(dir, f), 'utf8'), true).filter((x) => !/ (hint|info) /.test(x)), []);
    });
  }
});
