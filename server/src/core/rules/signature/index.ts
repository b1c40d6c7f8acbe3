/** Rules of the `signature` family (RULES.md). Add each rule's module here. */
import type { Rule } from '../types';
import { academicTitle } from './academic-title';
import { authority } from './authority';
import { missingSigner } from './missing-signer';

export const signatureRules: Rule[] = [authority, missingSigner, academicTitle];
