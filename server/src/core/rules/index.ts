/** The registry: every rule, by family (RULES.md order). */
import type { Rule } from './types';
import { structureRules } from './structure';
import { numberRules } from './number';
import { dateRules } from './date';
import { referenceRules } from './reference';
import { agencyRules } from './agency';
import { abbreviationRules } from './abbreviation';
import { placeRules } from './place';
import { recipientsRules } from './recipients';
import { signatureRules } from './signature';
import { textRules } from './text';

export const ALL_RULES: readonly Rule[] = [
  ...structureRules,
  ...numberRules,
  ...dateRules,
  ...referenceRules,
  ...agencyRules,
  ...abbreviationRules,
  ...placeRules,
  ...recipientsRules,
  ...signatureRules,
  ...textRules,
];

const byId = new Map(ALL_RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: ReadonlySet<string> = new Set(byId.keys());
