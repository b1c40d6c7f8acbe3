/**
 * What the registry knows about abbreviations, beyond its `abbreviation()` table: the capital
 * tokens inside its agency abbreviations and aliases ("KH&ĐT" of "Sở KH&ĐT", "VN" of "Ủy ban
 * MTTQ VN tỉnh"), and which known abbreviations name bodies (for agency/unknown-abbreviation).
 */
import type { AgencyRegistry } from '../../data/agencies';

const TOKEN = /(?<![\p{L}\p{M}\d&/.-])\p{Lu}(?:\p{Lu}|[&-](?=\p{Lu}))+(?![\p{L}\p{M}\d&/])/gu;

interface Known { tokens: Set<string>; agencyAbbrs: Set<string> }
const cache = new WeakMap<AgencyRegistry, Known>();

export function knownAbbreviations(reg: AgencyRegistry): Known {
  let k = cache.get(reg);
  if (k) return k;
  const tokens = new Set<string>();
  const agencyAbbrs = new Set<string>();
  for (const e of reg.all()) {
    for (const s of [...e.abbreviations, ...e.aliases]) {
      for (const m of s.matchAll(TOKEN)) {
        tokens.add(m[0]);
        if (e.abbreviations.includes(s)) agencyAbbrs.add(m[0]);
      }
    }
  }
  k = { tokens, agencyAbbrs };
  cache.set(reg, k);
  return k;
}

/** Same length, one letter changed or two neighbours swapped ("MTQT" ~ "MTTQ"). */
export function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** The intended agency abbreviation of a misspelt one, when there is exactly one. */
export function intendedAgencyAbbreviation(reg: AgencyRegistry, tok: string): string | undefined {
  const { agencyAbbrs } = knownAbbreviations(reg);
  const fixed = reg.misspelledAbbreviation(tok);
  if (fixed) {
    const info = reg.abbreviation(fixed);
    // Only bodies: "NSDP" for "NSĐP" (ngân sách địa phương) is not an agency name.
    if (agencyAbbrs.has(fixed) || (info && /^\p{Lu}/u.test(info.expansion))) return fixed;
    return undefined;
  }
  if (tok.replace(/[&-]/g, '').length < 4) return undefined;
  const near = [...agencyAbbrs].filter((a) => a.length >= 4 && oneSlip(tok, a));
  return near.length === 1 ? near[0] : undefined;
}
