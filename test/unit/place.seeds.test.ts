// The place rules on the real notices in ../shared/seeds (read in this test only; the project
// never reads ../shared at run time). Skipped with a message when the seeds are not beside the clone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/core/lint';
import { placeRules } from '../../server/src/core/rules/place';
import { data } from '../helpers/placeNotice';

const dir = [path.resolve(__dirname, '../../../shared/seeds')].find((d) => fs.existsSync(d));

function run(prefix: string): string[] {
  const f = fs.readdirSync(dir!).find((x) => x.startsWith(prefix))!;
  const t = fs.readFileSync(path.join(dir!, f), 'utf8');
  return lint(t, { rules: placeRules, data }).findings.map((x) => `${x.ruleId} ${t.slice(x.originalSpan.start, x.originalSpan.end)}`);
}

describe('place rules on the seeds', function () {
  before(function () {
    if (!dir) {
      console.log('    (../shared/seeds not found: seed checks skipped)');
      this.skip();
    }
  });
  it('000: wrong parent ×3, Trùng Khánh outside the province, title/body contradiction', () => {
    const f = run('000');
    assert.equal(f.filter((x) => x === 'place/wrong-parent Trùng Khánh').length, 3);
    assert.ok(f.includes('place/inconsistent huyện Trùng Khánh'));
    assert.ok(f.filter((x) => x === 'place/outside-province huyện Trùng Khánh').length >= 1);
    assert.deepEqual(f.filter((x) => !/Trùng Khánh$/.test(x)), [], 'nothing else (Chí Minh, Đội Cấn, Chi Lăng, Tràng Định, Lộc Bình are real)');
  });
  it('004: every "Long Đông" (body, counted list, list of huyện Bắc Sơn, Nơi nhận) and nothing else', () => {
    assert.deepEqual(run('004'), Array(4).fill('place/unknown-unit Long Đông'));
  });
  for (const s of ['001', '002', '003']) it(`${s}: silent (all places real)`, () => assert.deepEqual(run(s), []));
});
