/**
 * The server's view of the client's `vnNotice.*` settings. Settings come from an untrusted
 * place (a hand-edited settings.json): they are checked here, each bad value replaced by its
 * default, and the problems returned in plain words for ONE warning to the user.
 */
import { validateConfig, type NoticeConfig } from '../core/config/config';
import { SETTINGS } from '../core/config/settings';
import { RULE_IDS } from '../core/rules';
import type { Locale } from '../core/rules/types';

export interface ServerSettings {
  config: NoticeConfig;
  checkMarkdown: boolean;
  checkPlainText: boolean;
  locale: 'auto' | Locale;
  debounceMs: number;
}

function defaultOf<T>(key: string): T {
  return SETTINGS.find((s) => s.key === key)!.default as T;
}

export function defaultSettings(): ServerSettings {
  return {
    config: {},
    checkMarkdown: defaultOf<boolean>('vnNotice.checkMarkdown'),
    checkPlainText: defaultOf<boolean>('vnNotice.checkPlainText'),
    locale: defaultOf<'auto' | Locale>('vnNotice.locale'),
    debounceMs: defaultOf<number>('vnNotice.debounceMs'),
  };
}

/** Parses the object the client returns for section "vnNotice"; never throws. */
export function parseSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings, problems: ['cài đặt vnNotice phải là một đối tượng (vnNotice settings must be an object)'] };
  }
  const r = raw as Record<string, unknown>;
  const bool = (key: 'checkMarkdown' | 'checkPlainText') => {
    const v = r[key];
    if (v === undefined) return;
    if (typeof v === 'boolean') settings[key] = v;
    else problems.push(`vnNotice.${key} phải là true hoặc false (must be a boolean)`);
  };
  bool('checkMarkdown');
  bool('checkPlainText');
  if (r.locale !== undefined) {
    if (r.locale === 'auto' || r.locale === 'vi' || r.locale === 'en') settings.locale = r.locale;
    else problems.push(`vnNotice.locale "${String(r.locale)}" không hợp lệ; dùng auto, vi hoặc en (invalid locale)`);
  }
  if (r.debounceMs !== undefined) {
    if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0) settings.debounceMs = r.debounceMs;
    else problems.push('vnNotice.debounceMs phải là một số không âm (must be a non-negative number)');
  }
  // Rule severities: the core's own validator, so the CLI and the editor agree on what is valid.
  const { config, problems: ruleProblems } = validateConfig(r.rules === undefined ? undefined : { rules: r.rules }, RULE_IDS);
  settings.config = config;
  problems.push(...ruleProblems.map((p) => `vnNotice.rules: ${p}`));
  return { settings, problems };
}

/** The message language: the setting when set, else the client's display language. */
export function effectiveLocale(settings: ServerSettings, clientLocale: string | undefined): Locale {
  if (settings.locale === 'vi' || settings.locale === 'en') return settings.locale;
  return clientLocale && clientLocale.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
