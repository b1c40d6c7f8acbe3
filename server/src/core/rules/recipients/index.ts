/** Rules of the `recipients` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const recipientsRules: Rule[] = [];
