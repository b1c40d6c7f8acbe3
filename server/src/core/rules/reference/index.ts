/** Rules of the `reference` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const referenceRules: Rule[] = [];
