/** Rules of the `structure` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { kinhGuiInNotice } from './kinh-gui-in-notice';
import { missingAbstract } from './missing-abstract';
import { missingEndMark } from './missing-end-mark';
import { missingIssuer } from './missing-issuer';
import { missingNationalTitle } from './missing-national-title';
import { missingNumber } from './missing-number';
import { missingPlaceDate } from './missing-place-date';
import { missingRecipients } from './missing-recipients';
import { missingSignature } from './missing-signature';
import { missingTitle } from './missing-title';
import { order } from './order';
import { sectionNumbering } from './section-numbering';

export const structureRules: Rule[] = [
  missingNationalTitle,
  missingIssuer,
  missingNumber,
  missingPlaceDate,
  missingTitle,
  missingAbstract,
  missingRecipients,
  missingSignature,
  order,
  missingEndMark,
  kinhGuiInNotice,
  sectionNumbering,
];
