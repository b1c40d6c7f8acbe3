/**
 * Metadata is enforced, not trusted (ARCHITECTURE.md §3): every rule has a unique id of
 * the form family/name, a docs page, a test file, and the manifest's settings match the
 * registry.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../../server/src/core/rules';
import { RuleContractError, lint } from '../../server/src/core/lint';
import { msg, type Rule } from '../../server/src/core/rules/types';

const root = path.join(__dirname, '..', '..');

describe('rule metadata', () => {
  it('ids are unique and of the form family/name', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate rule id');
    for (const r of ALL_RULES) {
      assert.match(r.meta.id, /^[a-z]+\/[a-z0-9-]+$/);
      assert.equal(r.meta.id.split('/')[0], r.meta.family, `${r.meta.id}: family`);
    }
  });

  for (const r of ALL_RULES) {
    const [family, name] = r.meta.id.split('/');
    it(`${r.meta.id} has a docs page, a test file and both languages`, () => {
      const doc = path.join(root, 'docs', 'rules', family, `${name}.md`);
      assert.ok(fs.existsSync(doc), `missing ${path.relative(root, doc)}`);
      assert.ok(fs.readFileSync(doc, 'utf8').startsWith(`# ${r.meta.id}`), `${doc} must start with "# ${r.meta.id}"`);
      const test = path.join(root, 'test', 'unit', 'rules', `${family}.${name}.test.ts`);
      assert.ok(fs.existsSync(test), `missing ${path.relative(root, test)}`);
      assert.ok(r.meta.description.vi && r.meta.description.en);
    });
  }

  it('a fix from a rule not declared fixable throws', () => {
    const liar: Rule = {
      meta: { id: 'text/liar', family: 'text', defaultSeverity: 'hint', fixable: false, description: msg('x', 'x') },
      check(ctx) {
        ctx.report({ start: 0, end: 1, message: msg('x', 'x'), fixes: [{ title: msg('x', 'x'), edits: [{ start: 0, end: 1, newText: 'y' }] }] });
      },
    };
    assert.throws(() => lint('abc', { rules: [liar] }), RuleContractError);
  });

  it('package.json settings match the registry', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const props = pkg.contributes?.configuration?.properties?.['vnNotice.rules']?.properties ?? {};
    assert.deepEqual(Object.keys(props).sort(), ALL_RULES.map((r) => r.meta.id).sort(), 'run `npm run gen:manifest`');
    for (const r of ALL_RULES) {
      assert.equal(props[r.meta.id].default, 'default');
      assert.ok(props[r.meta.id].markdownDescription.includes(r.meta.defaultSeverity), `${r.meta.id}: default severity in description`);
    }
  });
});

describe('generated manifest', () => {
  it('package.json and package.nls*.json are up to date with the registry and SETTINGS', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { generate } = require('../../scripts/gen-manifest') as typeof import('../../scripts/gen-manifest');
    for (const [file, content] of generate()) {
      assert.equal(fs.readFileSync(file, 'utf8'), content, `${path.relative(root, file)} is stale: run npm run gen:manifest`);
    }
  });
});
