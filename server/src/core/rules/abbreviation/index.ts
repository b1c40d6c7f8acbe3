/** Rules of the `abbreviation` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const abbreviationRules: Rule[] = [];
