/** Command-line parsing with Node's own util.parseArgs (no dependency). */
import { parseArgs } from 'util';
import type { Locale } from '../core/rules/types';
import { UsageError } from './errors';

export type Format = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif'];

export interface CliArgs {
  command: 'check' | 'fix' | 'help' | 'version';
  format: Format;
  /** -1: no limit. */
  maxWarnings: number;
  locale?: Locale;
  configFile?: string;
  paths: string[];
}

export const HELP = `vn-notice — kiểm tra Thông báo hành chính (checks Vietnamese administrative notices)

Cách dùng (usage):
  vn-notice check [tùy chọn] TỆP|THƯ_MỤC...   kiểm tra (check)
  vn-notice fix [tùy chọn] TỆP...             tự sửa những lỗi sửa được (apply certain fixes)
  vn-notice --help | --version

Tùy chọn (options):
  -f, --format stylish|json|sarif   định dạng kết quả (output format; default stylish)
      --max-warnings N              mã thoát 1 khi quá N cảnh báo (exit 1 over N warnings)
      --locale vi|en                ngôn ngữ thông báo (message language; default vi)
  -c, --config TỆP                  tệp cấu hình JSON {"rules": {...}} (config file)
  -h, --help                        trợ giúp (this help)
  -v, --version                     phiên bản (version)

Thư mục: kiểm tra *.tb.md, *.notice.md, *.tb.txt và các tệp .md/.txt trông giống thông báo.
Mã thoát (exit codes): 0 không lỗi, 1 có lỗi hoặc quá số cảnh báo, 2 dùng sai hoặc tệp không đọc được.
`;

function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // Node's message ends with advice about "--" that does not apply here; keep the first sentence.
    return (e.message ?? '').split('. ')[0];
  }
  return e.message ?? String(err);
}

export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`${describe(err)} (xem / see: vn-notice --help)`);
  }
  const { values, positionals } = parsed;
  const base = { format: 'stylish' as Format, maxWarnings: -1, paths: [] as string[] };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('thiếu lệnh check hoặc fix (missing command; see vn-notice --help)');
  if (command !== 'check' && command !== 'fix') throw new UsageError(`lệnh không tồn tại: "${command}" (unknown command; use check or fix)`);
  if (paths.length === 0) throw new UsageError(`thiếu tệp cần ${command === 'check' ? 'kiểm tra' : 'sửa'} (no files given)`);

  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format "${format}" không hợp lệ; dùng stylish, json hoặc sarif (invalid format)`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const s = values['max-warnings'];
    if (!/^\d+$/.test(s)) throw new UsageError(`--max-warnings "${s}" phải là số nguyên không âm (must be a non-negative integer)`);
    maxWarnings = Number(s);
  }
  const locale = values.locale;
  if (locale !== undefined && locale !== 'vi' && locale !== 'en') throw new UsageError(`--locale "${locale}" không hợp lệ; dùng vi hoặc en (invalid locale)`);
  return { command, format: format as Format, maxWarnings, locale, configFile: values.config, paths };
}
