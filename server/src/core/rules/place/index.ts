/** Rules of the `place` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { unknownUnit } from './unknown-unit';
import { wrongParent } from './wrong-parent';
import { outsideProvince } from './outside-province';
import { inconsistent } from './inconsistent';
import { typeMismatch } from './type-mismatch';
import { defunct } from './defunct';

export const placeRules: Rule[] = [unknownUnit, wrongParent, outsideProvince, inconsistent, typeMismatch, defunct];
