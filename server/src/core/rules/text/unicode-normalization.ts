/**
 * text/unicode-normalization — text not in Unicode NFC (decomposed marks).
 *
 * Text pasted from some PDF readers, macOS file names or old converters arrives in NFD: "ố" is
 * "o" + U+0302 + U+0301. It looks the same but breaks search, sorting and the records
 * system's full-text index, and mixes two encodings in one file. Vietnamese standard
 * TCVN 6909:2001 (Unicode for Vietnamese) uses precomposed characters; the national
 * e-document exchange expects NFC.
 *
 * The engine's view (`model.text`) is already NFC; SourceText, which built it segment by
 * segment (a base character and its marks), kept the view range of every segment NFC changed.
 * Each such view range maps back (SourceText.toOriginal) to exactly its original characters,
 * so the fix — replacing the view range by the same (NFC) view text — rewrites just those
 * characters.
 */
import { msg, type Report, type Rule, type TextEdit } from '../types';

interface Run {
  /** View range. */
  start: number;
  end: number;
  /** Number of decomposed segments in the run. */
  count: number;
}

/**
 * Runs of decomposed segments, one per line (a pasted NFD paragraph gives one per line): the
 * changed segments `decomposed` (view start, end pairs) that no line break of `view` separates.
 */
export function decomposedRuns(decomposed: readonly number[], view: string): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  let nextBreak = -1; // first line break at or after cur.end (-1: not looked up yet)
  for (let k = 0; k < decomposed.length; k += 2) {
    const start = decomposed[k];
    const end = decomposed[k + 1];
    if (cur) {
      if (nextBreak < cur.end) nextBreak = lineBreakFrom(view, cur.end);
      if (nextBreak >= start) {
        cur.end = end;
        cur.count++;
        continue;
      }
      runs.push(cur);
    }
    cur = { start, end, count: 1 };
  }
  if (cur) runs.push(cur);
  return runs;
}

/** Offset of the first CR or LF at or after `from`, or the text's length. */
function lineBreakFrom(view: string, from: number): number {
  const lf = view.indexOf('\n', from);
  const cr = view.indexOf('\r', from);
  const at = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  return at < 0 ? view.length : at;
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
    const runs = decomposedRuns(model.source.decomposed, model.text);
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
