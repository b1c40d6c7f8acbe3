/** Rules of the `text` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { unicodeNormalization } from './unicode-normalization';
import { tonePlacement } from './tone-placement';
import { spacing } from './spacing';
import { confusable } from './confusable';

export const textRules: Rule[] = [unicodeNormalization, tonePlacement, spacing, confusable];
