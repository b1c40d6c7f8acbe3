/** Rules of the `place` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const placeRules: Rule[] = [];
