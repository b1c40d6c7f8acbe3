/** Rules of the `number` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const numberRules: Rule[] = [];
