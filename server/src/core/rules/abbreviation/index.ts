/** Rules of the `abbreviation` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { abbreviationUndefined } from './undefined';

export const abbreviationRules: Rule[] = [abbreviationUndefined];
