/** Rules of the `agency` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { agencyUnknown } from './unknown';
import { agencyDefunct } from './defunct';
import { agencyInconsistentName } from './inconsistent-name';
import { agencyUnknownAbbreviation } from './unknown-abbreviation';

export const agencyRules: Rule[] = [agencyUnknown, agencyDefunct, agencyInconsistentName, agencyUnknownAbbreviation];
