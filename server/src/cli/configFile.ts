/** --config FILE: a JSON file with the same shape as the settings ({"rules": {...}, "locale"}). */
import { validateConfig, type NoticeConfig } from '../core/config/config';
import { RULE_IDS } from '../core/rules';
import { UsageError } from './errors';
import { readTextFile } from './files';

export function loadConfigFile(file: string): NoticeConfig {
  let text: string;
  try {
    text = readTextFile(file);
  } catch (err) {
    throw new UsageError(`tệp cấu hình: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`tệp cấu hình ${file} không phải JSON hợp lệ (invalid JSON: ${(err as Error).message})`);
  }
  const { config, problems } = validateConfig(raw, RULE_IDS);
  // In CI a typo in the config must not silently change what is checked: refuse it.
  if (problems.length) throw new UsageError(`tệp cấu hình ${file} không hợp lệ (invalid config): ${problems.join('; ')}`);
  return config;
}
