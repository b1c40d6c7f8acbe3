/**
 * The reviewer's view (issue "Editor experience"): a verdict for the status bar ("Sẵn sàng
 * trình ký" when no error or warning remains) and a Markdown review report that a reviewer
 * can attach to the draft. Pure: works on a LintResult.
 */
import type { LintResult } from '../core/lint';
import { ruleById } from '../core/rules';
import { docsUrl, type Finding, type Locale, type RuleFamily } from '../core/rules/types';

export interface Verdict {
  ready: boolean;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  /** Short text for a status bar. */
  label: string;
}

export function verdictOf(findings: readonly Finding[], locale: Locale = 'vi'): Verdict {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const v = { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
  const ready = v.errors === 0 && v.warnings === 0;
  const label = ready
    ? locale === 'en'
      ? 'Ready to sign'
      : 'Sẵn sàng trình ký'
    : locale === 'en'
      ? `${v.errors} error(s), ${v.warnings} warning(s)`
      : `${v.errors} lỗi, ${v.warnings} cảnh báo`;
  return { ready, ...v, label };
}

const FAMILY_TITLES: Record<RuleFamily, { vi: string; en: string }> = {
  structure: { vi: 'Thể thức và bố cục', en: 'Structure' },
  number: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  date: { vi: 'Địa danh, thời gian và ngày tháng', en: 'Place and dates' },
  reference: { vi: 'Trích dẫn văn bản', en: 'Citations' },
  agency: { vi: 'Tên cơ quan', en: 'Agencies' },
  abbreviation: { vi: 'Chữ viết tắt', en: 'Abbreviations' },
  place: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
  signature: { vi: 'Thẩm quyền ký', en: 'Signature' },
  text: { vi: 'Chính tả và trình bày', en: 'Text' },
};

const SEVERITY_WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý', hint: 'gợi ý' },
  en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' },
} as const;

/** A Markdown report: verdict, components found, findings grouped by family with the legal basis. */
export function reviewReport(result: LintResult, fileName: string, locale: Locale = 'vi'): string {
  const en = locale === 'en';
  const m = result.model;
  const v = verdictOf(result.findings, locale);
  const out: string[] = [];
  out.push(`# ${en ? 'Review report' : 'Báo cáo rà soát'}: ${fileName}`, '');
  out.push(`**${en ? 'Verdict' : 'Kết luận'}:** ${v.ready ? '✅ ' : '⚠️ '}${v.label}`, '');
  const window = result.docDateSource === 'today' ? (en ? 'undated draft: checked as of today' : 'dự thảo chưa ghi ngày: kiểm tra theo ngày hôm nay') : `${result.docDate.from} … ${result.docDate.to}`;
  out.push(`${en ? 'Document date used' : 'Thời điểm áp dụng dữ liệu'}: ${window}`, '');
  out.push(`## ${en ? 'Components (Decree 30/2020, Appendix I)' : 'Thành phần thể thức (Nghị định 30/2020/NĐ-CP, Phụ lục I)'}`, '');
  const components: Array<[string, string, boolean]> = [
    ['Quốc hiệu, Tiêu ngữ', 'National title and motto', !!(m.header.nationalTitle && m.header.motto)],
    ['Tên cơ quan ban hành', 'Issuing agency', !!m.header.issuer],
    ['Số, ký hiệu', 'Number and symbol', !!m.number],
    ['Địa danh và thời gian ban hành', 'Place and date', !!m.placeDate],
    ['Tên loại (THÔNG BÁO)', 'Document type (THÔNG BÁO)', !!m.title],
    ['Trích yếu nội dung', 'Abstract', !!m.abstract],
    ['Nội dung', 'Body', !!m.body],
    ['Thẩm quyền, chức vụ, họ tên người ký', 'Authority, title and signer', !!m.signature?.signer],
    ['Nơi nhận', 'Recipients', !!m.recipients],
  ];
  out.push(`| ${en ? 'component' : 'thành phần'} | ${en ? 'found' : 'có'} |`, '|---|---|');
  for (const [vi, e, ok] of components) out.push(`| ${en ? e : vi} | ${ok ? '✓' : '✗'} |`);
  out.push('');
  out.push(`## ${en ? 'Findings' : 'Các vấn đề'} (${result.findings.length})`, '');
  if (result.findings.length === 0) out.push(en ? 'None.' : 'Không có.', '');
  const byFamily = new Map<RuleFamily, Finding[]>();
  for (const f of result.findings) {
    const fam = (ruleById(f.ruleId)?.meta.family ?? f.ruleId.split('/')[0]) as RuleFamily;
    byFamily.set(fam, [...(byFamily.get(fam) ?? []), f]);
  }
  for (const [fam, list] of byFamily) {
    out.push(`### ${FAMILY_TITLES[fam] ? FAMILY_TITLES[fam][locale] : fam}`, '');
    for (const f of list) {
      const pos = m.source.positionAt(f.originalSpan.start);
      const basis = ruleById(f.ruleId)?.meta.legalBasis;
      const sev = SEVERITY_WORDS[locale][f.severity];
      const basisText = basis ? ` — ${en ? 'basis' : 'căn cứ'}: ${basis[locale]}` : '';
      out.push(`- ${en ? 'line' : 'dòng'} ${pos.line + 1} (${sev}, [\`${f.ruleId}\`](${docsUrl(f.ruleId)})): ${f.message[locale]}${basisText}`);
    }
    out.push('');
  }
  return out.join('\n');
}
