/** Rules of the `structure` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { missingTitle } from './missing-title';

export const structureRules: Rule[] = [missingTitle];
