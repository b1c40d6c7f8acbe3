/** Rules of the `recipients` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { duplicate } from './duplicate';
import { itemFormat } from './item-format';
import { missingArchive } from './missing-archive';

export const recipientsRules: Rule[] = [itemFormat, missingArchive, duplicate];
