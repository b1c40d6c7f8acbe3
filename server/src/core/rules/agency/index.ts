/** Rules of the `agency` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const agencyRules: Rule[] = [];
