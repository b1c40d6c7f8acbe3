/**
 * Rule configuration: severity and on/off per rule, with rule options. The same shape comes
 * from VS Code settings (`vnNotice.rules`), from the workspace config file, and from the CLI.
 */
import { SEVERITIES, type Severity, type Locale } from '../rules/types';

export type SeveritySetting = Severity | 'off' | 'default';

export type RuleSetting = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

export interface NoticeConfig {
  rules?: Record<string, RuleSetting>;
  locale?: Locale;
}

export interface ResolvedRule {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['default', 'off', ...SEVERITIES];

export function resolveRule(config: NoticeConfig | undefined, ruleId: string, defaultSeverity: Severity): ResolvedRule {
  const s = config?.rules?.[ruleId];
  const setting: SeveritySetting | undefined = typeof s === 'object' && s !== null ? s.severity : s;
  const options = typeof s === 'object' && s !== null && s.options && typeof s.options === 'object' ? s.options : {};
  if (setting === 'off') return { enabled: false, severity: defaultSeverity, options };
  const severity = setting && (SEVERITIES as readonly string[]).includes(setting) ? (setting as Severity) : defaultSeverity;
  return { enabled: true, severity, options };
}

/**
 * Checks a config object from an untrusted source (settings.json, a workspace file): returns
 * the usable part and a list of problems in plain words, never throws.
 */
export function validateConfig(raw: unknown, knownRuleIds: ReadonlySet<string>): { config: NoticeConfig; problems: string[] } {
  const problems: string[] = [];
  const config: NoticeConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, problems: ['cấu hình phải là một đối tượng JSON (configuration must be a JSON object)'] };
  }
  const r = raw as Record<string, unknown>;
  if (r.locale !== undefined) {
    if (r.locale === 'vi' || r.locale === 'en') config.locale = r.locale;
    else problems.push(`locale "${String(r.locale)}" không hợp lệ, dùng "vi" hoặc "en" (invalid locale)`);
  }
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) {
      problems.push('"rules" phải là một đối tượng (rules must be an object)');
    } else {
      config.rules = {};
      for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!knownRuleIds.has(id)) {
          problems.push(`quy tắc không tồn tại: "${id}" (unknown rule)`);
          continue;
        }
        const sev = typeof v === 'object' && v !== null ? (v as { severity?: unknown }).severity : v;
        if (sev !== undefined && !(SEVERITY_SETTINGS as readonly unknown[]).includes(sev)) {
          problems.push(`mức "${String(sev)}" của ${id} không hợp lệ; dùng off, error, warning, info, hint (invalid severity)`);
          continue;
        }
        config.rules[id] = v as RuleSetting;
      }
    }
  }
  return { config, problems };
}
