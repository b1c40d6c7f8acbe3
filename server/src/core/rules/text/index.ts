/** Rules of the `text` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const textRules: Rule[] = [];
