/** Rules of the `date` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { datePlaceholder } from './placeholder';
import { dateInvalid } from './invalid';
import { dateFormat } from './format';
import { datePlaceMismatch } from './place-mismatch';
import { dateAfterIssue } from './after-issue';
import { dateWeekdayMismatch } from './weekday-mismatch';

export const dateRules: Rule[] = [datePlaceholder, dateInvalid, dateFormat, datePlaceMismatch, dateAfterIssue, dateWeekdayMismatch];
