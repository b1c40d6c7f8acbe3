/** Rule configuration from untrusted sources: every malformed shape is a message, never a throw. */
import { strict as assert } from 'assert';
import { resolveRule, validateConfig } from '../../server/src/core/config/config';

const known = new Set(['number/leading-zero', 'text/spacing']);

describe('rule configuration', () => {
  it('accepts severities, off, default and objects with options', () => {
    const { config, problems } = validateConfig(
      { locale: 'en', rules: { 'number/leading-zero': 'error', 'text/spacing': { severity: 'off', options: { x: 1 } } } },
      known,
    );
    assert.deepEqual(problems, []);
    assert.equal(config.locale, 'en');
    assert.deepEqual(resolveRule(config, 'number/leading-zero', 'warning'), { enabled: true, severity: 'error', options: {} });
    assert.deepEqual(resolveRule(config, 'text/spacing', 'hint'), { enabled: false, severity: 'hint', options: { x: 1 } });
    assert.deepEqual(resolveRule(undefined, 'text/spacing', 'hint'), { enabled: true, severity: 'hint', options: {} });
    assert.deepEqual(resolveRule({ rules: { 'text/spacing': 'default' } }, 'text/spacing', 'hint').severity, 'hint');
  });

  it('reports every malformed part in plain words and keeps the rest', () => {
    assert.deepEqual(validateConfig(undefined, known), { config: {}, problems: [] });
    assert.deepEqual(validateConfig(null, known), { config: {}, problems: [] });
    for (const bad of [42, 'x', [1, 2], true]) {
      const r = validateConfig(bad, known);
      assert.deepEqual(r.config, {});
      assert.match(r.problems[0], /đối tượng JSON/);
    }
    const r = validateConfig({ locale: 'fr', rules: { 'no/such': 'error', 'text/spacing': 'loud', 'number/leading-zero': 'warning' } }, known);
    assert.equal(r.config.locale, undefined);
    assert.deepEqual(r.config.rules, { 'number/leading-zero': 'warning' });
    assert.equal(r.problems.length, 3);
    assert.match(r.problems.join('\n'), /locale "fr"/);
    assert.match(r.problems.join('\n'), /không tồn tại: "no\/such"/);
    assert.match(r.problems.join('\n'), /mức "loud" của text\/spacing/);
    assert.match(validateConfig({ rules: [1] }, known).problems[0], /"rules" phải là một đối tượng/);
    assert.match(validateConfig({ rules: null }, known).problems[0], /"rules" phải là một đối tượng/);
  });
});
