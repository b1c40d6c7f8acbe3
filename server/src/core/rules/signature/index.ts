/** Rules of the `signature` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';

export const signatureRules: Rule[] = [];
