/**
 * Time of each extraction stage alone on the generated 1 MB notice (median of 9).
 *   npx tsx scripts/bench/stages.ts
 */
import { loadReferenceData } from '../../server/src/core/data/load';
import { parseNotice } from '../../server/src/core/parse/parser';
import { SourceText } from '../../server/src/core/text/source';
import { extractCitations } from '../../server/src/core/extract/citations';
import { extractDates } from '../../server/src/core/extract/dates';
import { extractUnitMentions } from '../../server/src/core/extract/units';
import { extractAgencies } from '../../server/src/core/extract/agencies';
import { extractAbbreviations } from '../../server/src/core/extract/abbreviations';
import { generateNotice } from '../generate-notice';
const data = loadReferenceData();
const text = generateNotice(1024 * 1024);
const t: Record<string, number[]> = {};
const time = <T>(k: string, f: () => T): T => { const a = performance.now(); const r = f(); (t[k] ??= []).push(performance.now() - a); return r; };
// Runs 0–2 warm up (V8 still compiling) and are not counted.
for (let i = 0; i < 12; i++) {
  if (i === 3) for (const k of Object.keys(t)) t[k] = [];
  const src = time('source', () => new SourceText(text));
  const model = time('parse', () => parseNotice(src));
  const cites = time('citations', () => extractCitations(model.text));
  time('dates', () => extractDates(model.text));
  time('units', () => extractUnitMentions(model));
  time('agencies', () => extractAgencies(model, data.agencies!, cites.map((c) => c.span)));
  time('abbrev', () => extractAbbreviations(model));
}
for (const [k, xs] of Object.entries(t)) console.log(k.padEnd(12), xs.sort((a, b) => a - b)[4].toFixed(1));
