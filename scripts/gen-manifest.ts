/**
 * Generates the parts of package.json and package.nls*.json that derive from the rule
 * registry and SETTINGS. `--check` exits 1 when the committed files differ.
 * Run: npx tsx scripts/gen-manifest.ts [--check]
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES } from '../server/src/core/rules';
import { SETTINGS } from '../server/src/core/config/settings';
import { docsUrl } from '../server/src/core/rules/types';

const root = path.join(__dirname, '..');

export function manifestConfiguration(): Record<string, unknown> {
  const ruleProps: Record<string, unknown> = {};
  for (const r of ALL_RULES) {
    ruleProps[r.meta.id] = {
      type: 'string',
      enum: ['default', 'off', 'error', 'warning', 'info', 'hint'],
      default: 'default',
      markdownDescription: `${r.meta.description.vi} (${r.meta.description.en}) Mặc định / default: \`${r.meta.defaultSeverity}\`. [Tài liệu / docs](${docsUrl(r.meta.id)})`,
    };
  }
  const properties: Record<string, unknown> = {
    'vnNotice.rules': {
      type: 'object',
      default: {},
      additionalProperties: false,
      description: '%config.rules%',
      properties: ruleProps,
    },
  };
  for (const s of SETTINGS) {
    properties[s.key] = {
      type: s.type,
      default: s.default,
      ...(s.enum ? { enum: s.enum } : {}),
      ...(s.minimum !== undefined ? { minimum: s.minimum } : {}),
      description: `%config.${s.key.replace(/^vnNotice\./, '')}%`,
    };
  }
  return { title: 'vn-notice', properties };
}

export function nlsStrings(lang: 'vi' | 'en'): Record<string, string> {
  const out: Record<string, string> = {
    description:
      lang === 'vi'
        ? 'Kiểm tra Thông báo hành chính theo Nghị định 30/2020/NĐ-CP khi soạn thảo: thể thức, số ký hiệu, ngày tháng, cơ quan, địa danh.'
        : 'Checks Vietnamese administrative notices (Decree 30/2020/ND-CP) as you draft: structure, numbers, dates, agencies, places.',
    'config.rules':
      lang === 'vi'
        ? 'Mức cảnh báo của từng quy tắc: default, off, error, warning, info, hint.'
        : 'Severity of each rule: default, off, error, warning, info, hint.',
    'language.name': lang === 'vi' ? 'Thông báo hành chính' : 'Administrative notice',
    'command.fixAll': lang === 'vi' ? 'vn-notice: Sửa tất cả lỗi có thể sửa tự động' : 'vn-notice: Fix all auto-fixable problems',
    'command.restart': lang === 'vi' ? 'vn-notice: Khởi động lại máy chủ kiểm tra' : 'vn-notice: Restart the checker',
  };
  for (const s of SETTINGS) out[`config.${s.key.replace(/^vnNotice\./, '')}`] = s.description[lang];
  return out;
}

function render(obj: unknown): string {
  return JSON.stringify(obj, null, 2) + '\n';
}

export function generate(): Map<string, string> {
  const pkgPath = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.contributes = pkg.contributes ?? {};
  pkg.contributes.configuration = manifestConfiguration();
  return new Map([
    [pkgPath, render(pkg)],
    [path.join(root, 'package.nls.json'), render(nlsStrings('en'))],
    [path.join(root, 'package.nls.vi.json'), render(nlsStrings('vi'))],
  ]);
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of generate()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === content) continue;
    if (check) {
      console.error(`${path.relative(root, file)} is out of date: run \`npm run gen:manifest\``);
      stale++;
    } else fs.writeFileSync(file, content);
  }
  process.exit(stale ? 1 : 0);
}
