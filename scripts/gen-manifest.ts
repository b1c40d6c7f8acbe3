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
import { TOKEN_MODIFIERS, TOKEN_SUPERTYPES, TOKEN_TYPES } from '../server/src/features/semanticTokens';

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

/** The contributed commands; titles in package.nls*.json (nlsStrings). */
export const COMMANDS: Array<{ command: string; title: string; when?: string }> = [
  { command: 'vnNotice.fixAll', title: '%command.fixAll%' },
  { command: 'vnNotice.restartServer', title: '%command.restart%' },
  { command: 'vnNotice.reviewReport', title: '%command.reviewReport%' },
  { command: 'vnNotice.insertPlaceDate', title: '%command.insertPlaceDate%' },
];

/** Where the command palette offers the editor commands: only in a notice or a Markdown/text file. */
const IN_DRAFT = 'editorLangId == vn-notice || editorLangId == markdown || editorLangId == plaintext';

export function manifestMenus(): Record<string, unknown> {
  return {
    commandPalette: COMMANDS.filter((c) => c.command !== 'vnNotice.restartServer').map((c) => ({ command: c.command, when: IN_DRAFT })),
  };
}

/**
 * Semantic token types and modifiers of the server's legend (server/src/features/semanticTokens.ts),
 * and the TextMate scopes themes colour them with: a defunct agency or unit looks deprecated.
 */
export function manifestSemanticTokens(): Record<string, unknown> {
  const scope: Record<string, string> = { agency: 'entity.name.namespace.agency.vn-notice', adminUnit: 'entity.name.type.admin-unit.vn-notice' };
  const scopes: Record<string, string[]> = {};
  for (const t of TOKEN_TYPES) {
    scopes[t] = [scope[t]];
    scopes[`${t}.defunct`] = [`invalid.deprecated.${t}.vn-notice`];
    scopes[`${t}.unknown`] = [`markup.italic.${t}.vn-notice`, scope[t]];
  }
  return {
    semanticTokenTypes: TOKEN_TYPES.map((id) => ({ id, superType: TOKEN_SUPERTYPES[id], description: `%semanticTokenType.${id}%` })),
    semanticTokenModifiers: TOKEN_MODIFIERS.map((id) => ({ id, description: `%semanticTokenModifier.${id}%` })),
    semanticTokenScopes: [{ scopes }],
  };
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
    'command.reviewReport': lang === 'vi' ? 'vn-notice: Báo cáo rà soát (Markdown)' : 'vn-notice: Review report (Markdown)',
    'command.insertPlaceDate':
      lang === 'vi' ? 'vn-notice: Chèn địa danh và ngày hôm nay' : 'vn-notice: Insert the place and today\'s date',
    'semanticTokenType.agency': lang === 'vi' ? 'Tên cơ quan, tổ chức nhà nước' : 'Name of a state agency',
    'semanticTokenType.adminUnit': lang === 'vi' ? 'Đơn vị hành chính (tỉnh, huyện, xã …)' : 'Administrative unit (province, district, commune …)',
    'semanticTokenModifier.known': lang === 'vi' ? 'Có trong danh mục vào ngày của văn bản' : 'Known on the document\'s date',
    'semanticTokenModifier.unknown': lang === 'vi' ? 'Không có trong danh mục' : 'Not in the reference data',
    'semanticTokenModifier.defunct':
      lang === 'vi' ? 'Không còn tồn tại vào ngày của văn bản (đã sáp nhập, đổi tên, giải thể)' : 'No longer exists on the document\'s date (merged, renamed, dissolved)',
  };
  for (const s of SETTINGS) out[`config.${s.key.replace(/^vnNotice\./, '')}`] = s.description[lang];
  return out;
}

/**
 * The client's strings (vscode.l10n.t('…') literals in client/src) against the Vietnamese
 * bundle l10n/bundle.l10n.vi.json: every string translated, no stale entry.
 */
export function l10nProblems(): string[] {
  const used = new Set<string>();
  const dir = path.join(root, 'client', 'src');
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue;
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\(.)/g, '$1'));
  }
  const bundlePath = path.join(root, 'l10n', 'bundle.l10n.vi.json');
  const bundle = fs.existsSync(bundlePath) ? (JSON.parse(fs.readFileSync(bundlePath, 'utf8')) as Record<string, string>) : {};
  const problems: string[] = [];
  for (const k of used) if (!(k in bundle)) problems.push(`l10n/bundle.l10n.vi.json lacks a translation of "${k}"`);
  for (const k of Object.keys(bundle)) if (!used.has(k)) problems.push(`l10n/bundle.l10n.vi.json has "${k}", which client/src no longer uses`);
  return problems;
}

function render(obj: unknown): string {
  return JSON.stringify(obj, null, 2) + '\n';
}

export function generate(): Map<string, string> {
  const pkgPath = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.contributes = pkg.contributes ?? {};
  pkg.contributes.configuration = manifestConfiguration();
  pkg.contributes.commands = COMMANDS;
  pkg.contributes.menus = manifestMenus();
  Object.assign(pkg.contributes, manifestSemanticTokens());
  // Client strings (vscode.l10n): l10n/bundle.l10n.<lang>.json.
  pkg.l10n = './l10n';
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
  for (const p of l10nProblems()) {
    console.error(p);
    stale++;
  }
  process.exit(stale ? 1 : 0);
}
