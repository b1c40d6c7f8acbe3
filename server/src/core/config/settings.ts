/**
 * One source of truth for the extension's settings (ARCHITECTURE.md §9): the manifest's
 * `contributes.configuration` is generated from this list and the registry by
 * `npm run gen:manifest`, and a test regenerates and compares.
 */
export interface SettingSpec {
  key: string;
  type: 'boolean' | 'string' | 'number';
  default: boolean | string | number;
  enum?: string[];
  description: { vi: string; en: string };
  minimum?: number;
}

export const SETTINGS: readonly SettingSpec[] = [
  {
    key: 'vnNotice.checkMarkdown',
    type: 'boolean',
    default: true,
    description: {
      vi: 'Kiểm tra cả tệp Markdown (.md) trông giống một thông báo (có dòng "Số: …/TB-…" và tên loại THÔNG BÁO).',
      en: 'Also check Markdown (.md) files that look like a notice (a "Số: …/TB-…" line and a THÔNG BÁO title).',
    },
  },
  {
    key: 'vnNotice.checkPlainText',
    type: 'boolean',
    default: false,
    description: {
      vi: 'Kiểm tra cả tệp văn bản thuần (.txt) trông giống một thông báo.',
      en: 'Also check plain-text (.txt) files that look like a notice.',
    },
  },
  {
    key: 'vnNotice.locale',
    type: 'string',
    default: 'auto',
    enum: ['auto', 'vi', 'en'],
    description: {
      vi: 'Ngôn ngữ của thông báo lỗi: auto theo ngôn ngữ hiển thị của VS Code (mặc định tiếng Việt).',
      en: 'Language of the messages: auto follows VS Code\'s display language (Vietnamese by default).',
    },
  },
  {
    key: 'vnNotice.debounceMs',
    type: 'number',
    default: 150,
    minimum: 0,
    description: {
      vi: 'Thời gian chờ (ms) sau lần gõ phím cuối trước khi kiểm tra lại.',
      en: 'Delay (ms) after the last keystroke before checking again.',
    },
  },
];
