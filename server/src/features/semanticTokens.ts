/**
 * Semantic tokens (issue "Editor experience"): recognised agencies and administrative units,
 * each marked known (exists on the document's date), defunct (existed once, not on that date:
 * merged, renamed, dissolved — the 2025 reforms) or unknown (no such name in the registry or
 * the gazetteer). The TextMate grammar cannot know this; only the reference data can. Pure:
 * computed from the extraction modules over a LintResult; the legend is the one source of
 * truth for the server's capability and the manifest's `semanticTokenTypes/Modifiers`.
 */
import type { ReferenceData } from '../core/data/reference';
import type { DateWindow } from '../core/domain/dates';
import { getAgencyMentions } from '../core/extract/agencies';
import { analysePlaces } from '../core/extract/places';
import type { NoticeModel, Span } from '../core/parse/model';
import { rangeOf } from './positions';

export const TOKEN_TYPES = ['agency', 'adminUnit'] as const;
export const TOKEN_MODIFIERS = ['known', 'unknown', 'defunct'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_LEGEND = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** Superclass of each custom type, so a theme without our scopes still colours it. */
export const TOKEN_SUPERTYPES: Record<TokenType, string> = { agency: 'namespace', adminUnit: 'type' };

export interface SemanticInput {
  model: NoticeModel;
  docDate: DateWindow;
  data?: ReferenceData;
}

export interface EntityToken {
  span: Span;
  type: TokenType;
  modifier: TokenModifier;
}

/** Agency and unit tokens in text order, without overlaps (a later token cuts an earlier one short; one inside another is dropped). */
export function entityTokens(input: SemanticInput): EntityToken[] {
  const { model, docDate, data } = input;
  const ctx = { model, docDate, data, cache: new Map<string, unknown>() };
  const out: EntityToken[] = [];
  const reg = data?.agencies;
  if (reg) {
    const x = getAgencyMentions(ctx);
    for (const m of x.mentions) {
      if (!m.entries.length) continue;
      // A body named as it was at an earlier date ("(cũ)", issuer of a cited document) is history, not defunct.
      const valid = m.historical || m.entries.some((e) => e.status === 'U' || reg.isValid(e, docDate));
      out.push({ span: m.span, type: 'agency', modifier: valid ? 'known' : 'defunct' });
    }
    for (const u of x.unknown) out.push({ span: u.span, type: 'agency', modifier: 'unknown' });
  }
  const places = data?.gazetteer ? analysePlaces(ctx) : undefined;
  if (places) {
    for (const r of places.readings) {
      const m = r.mention;
      const start = m.inherited ? r.nameSpan.start : Math.min(m.typeSpan.start, r.nameSpan.start);
      const span = { start, end: r.nameSpan.end };
      let modifier: TokenModifier = 'known';
      if (!r.all.length) {
        const ever = places.gazetteer.findAnyTime(r.name, { types: m.types });
        modifier = ever.length ? 'defunct' : 'unknown';
      }
      out.push({ span, type: 'adminUnit', modifier });
    }
  }
  out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: EntityToken[] = [];
  for (const t of out) {
    if (t.span.end <= t.span.start) continue;
    const last = kept[kept.length - 1];
    if (last && t.span.start < last.span.end) {
      // "UBND huyện Bắc Sơn": the agency's level word starts the unit; the agency keeps "UBND".
      const cut = model.text.slice(last.span.start, t.span.start).trimEnd().length;
      if (t.span.start <= last.span.start || cut === 0 || t.span.end <= last.span.end) continue;
      last.span = { start: last.span.start, end: last.span.start + cut };
    }
    kept.push(t);
  }
  return kept;
}

/** The LSP wire form: 5 integers per token, positions relative to the previous token. */
export function semanticTokensData(input: SemanticInput): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of entityTokens(input)) {
    const r = rangeOf(input.model, t.span);
    // A token may not cross a line break; extraction stops names at line ends, this is a guard.
    if (r.start.line !== r.end.line || r.end.character <= r.start.character) continue;
    const dLine = r.start.line - prevLine;
    const dChar = dLine === 0 ? r.start.character - prevChar : r.start.character;
    data.push(dLine, dChar, r.end.character - r.start.character, TOKEN_TYPES.indexOf(t.type), 1 << TOKEN_MODIFIERS.indexOf(t.modifier));
    prevLine = r.start.line;
    prevChar = r.start.character;
  }
  return data;
}
