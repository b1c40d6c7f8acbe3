/** Rules of the `date` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const dateRules: Rule[] = [];
