/** Rules of the `number` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { numberPlaceholder } from './placeholder';
import { numberMalformed } from './malformed';
import { numberLeadingZero } from './leading-zero';
import { numberTypeMismatch } from './type-mismatch';
import { numberUnknownTypeCode } from './unknown-type-code';
import { numberIssuerMismatch } from './issuer-mismatch';

export const numberRules: Rule[] = [numberPlaceholder, numberMalformed, numberLeadingZero, numberTypeMismatch, numberUnknownTypeCode, numberIssuerMismatch];
