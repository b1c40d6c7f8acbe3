/**
 * text/unicode-normalization — text not in Unicode NFC (decomposed marks).
 *
 * Text pasted from some PDF readers, macOS file names or old converters arrives in NFD: "ố" is
 * "o" + U+0302 + U+0301. It looks the same but breaks search, sorting and the records
 * system's full-text index, and mixes two encodings in one file. Vietnamese standard
 * TCVN 6909:2001 (Unicode for Vietnamese) uses precomposed characters; the national
 * e-document exchange expects NFC.
 *
 * The engine's view (`model.text`) is already NFC, so the decomposed characters are only in
 * `model.source.original`. We walk the original with the same segmentation as SourceText
 * (a base character and its marks) and keep the view offset in step; each changed segment's
 * view range maps back (SourceText.toOriginal) to exactly its original characters, so the
 * fix — replacing the view range by the same (NFC) view text — rewrites just those characters.
 */
import { nfcSegments } from '../../text/source';
import { msg, type Report, type Rule, type TextEdit } from '../types';

interface Run {
  /** View range. */
  start: number;
  end: number;
  /** Number of decomposed segments in the run. */
  count: number;
}

/** Runs of decomposed segments, one per line (a pasted NFD paragraph gives one per line). */
export function decomposedRuns(original: string, view: string): Run[] {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? original.slice(1) : original;
  if (body.normalize('NFC') === body) return [];
  const runs: Run[] = [];
  let v = 0;
  let cur: Run | undefined;
  for (const m of nfcSegments(body)) {
    const s = m[0];
    const n = s.normalize('NFC');
    if (n !== s) {
      if (cur) {
        cur.end = v + n.length;
        cur.count++;
      } else cur = { start: v, end: v + n.length, count: 1 };
    } else if (cur && (s === '\n' || s === '\r')) {
      runs.push(cur);
      cur = undefined;
    }
    v += n.length;
  }
  if (cur) runs.push(cur);
  // Trim each run to its changed characters only (the loop above extends `end` only on
  // changed segments, so runs already start and end on decomposed characters).
  return runs.filter((r) => r.end <= view.length);
}

export const unicodeNormalization: Rule = {
  meta: {
    id: 'text/unicode-normalization',
    family: 'text',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      'Văn bản có ký tự tổ hợp (dấu rời, không ở dạng chuẩn Unicode NFC).',
      'Text not in Unicode NFC (decomposed diacritics).',
    ),
    legalBasis: msg('TCVN 6909:2001 (bảng mã Unicode tiếng Việt, ký tự dựng sẵn)', 'TCVN 6909:2001 (Vietnamese Unicode, precomposed characters)'),
  },
  check(ctx) {
    const { model } = ctx;
    // SourceText has already checked the whole text (profiling, 1 MB notice: ~1 ms again here).
    if (model.source.wasNfc) return;
    const runs = decomposedRuns(model.source.original, model.text);
    if (runs.length === 0) return;
    const all: TextEdit[] = runs.map((r) => ({ start: r.start, end: r.end, newText: model.text.slice(r.start, r.end) }));
    for (const r of runs) {
      const shown = model.text.slice(r.start, r.end);
      const excerpt = shown.length > 40 ? shown.slice(0, 37) + '…' : shown;
      const report: Report = {
        start: r.start,
        end: r.end,
        message: msg(
          `Đoạn "${excerpt}" dùng ${r.count} ký tự tổ hợp (dấu rời, dạng NFD); cần chuyển sang ký tự dựng sẵn (Unicode NFC, TCVN 6909:2001).`,
          `"${excerpt}" contains ${r.count} decomposed character(s) (NFD); convert to precomposed characters (Unicode NFC, TCVN 6909:2001).`,
        ),
        fixes: [
          { title: msg('Chuẩn hóa sang Unicode NFC', 'Normalise to Unicode NFC'), edits: [{ start: r.start, end: r.end, newText: shown }] },
        ],
      };
      if (runs.length > 1) {
        report.fixes!.push({ title: msg('Chuẩn hóa NFC toàn bộ văn bản', 'Normalise the whole document to NFC'), edits: all });
      }
      ctx.report(report);
    }
  },
};
