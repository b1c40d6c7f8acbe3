/** Rules of the `reference` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { referenceMalformedNumber } from './malformed-number';
import { referenceTypeMismatch } from './type-mismatch';
import { referenceYearMismatch } from './year-mismatch';
import { referenceInconsistent } from './inconsistent';

export const referenceRules: Rule[] = [referenceMalformedNumber, referenceTypeMismatch, referenceYearMismatch, referenceInconsistent];
