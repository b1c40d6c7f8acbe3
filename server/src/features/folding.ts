/** Folding ranges: each numbered section, the Nơi nhận block, the header block. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { NoticeModel } from '../core/parse/model';
import { documentSymbols } from './symbols';
import type { DocumentSymbol } from 'vscode-languageserver-types';

export function foldingRanges(model: NoticeModel): FoldingRange[] {
  const out: FoldingRange[] = [];
  const visit = (s: DocumentSymbol): void => {
    if (s.range.end.line > s.range.start.line) {
      out.push({ startLine: s.range.start.line, endLine: s.range.end.line, kind: FoldingRangeKind.Region });
    }
    s.children?.forEach(visit);
  };
  documentSymbols(model).forEach(visit);
  return out;
}
