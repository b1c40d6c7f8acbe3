/**
 * number/issuer-mismatch — the issuer code of the symbol contradicts the issuing agency of
 * the header (NĐ 30/2020, Phụ lục I, mục II.3: the symbol names the issuing body). Only
 * clear contradictions: a Sở code ("STNMT") or an HĐND code under "ỦY BAN NHÂN DÂN …";
 * "UBND"/"HĐND" under a Sở; a Sở code whose first letter after "S" is not the initial of
 * the Sở's name ("SNV" under "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"). Silent without an issuer line,
 * and for any other body (local codes vary).
 */
import { stripAccents } from '../../text/fold';
import { msg, type Rule } from '../types';
import { BASIS } from './shared';

type Body = { kind: 'ubnd' | 'hdnd' | 'so'; initial?: string; name: string };

export function issuingBody(issuer: string): Body | undefined {
  const t = stripAccents(issuer).toUpperCase();
  if (/^(UY BAN NHAN DAN|UBND)\b/.test(t)) return { kind: 'ubnd', name: issuer };
  if (/^(HOI DONG NHAN DAN|HDND)\b/.test(t)) return { kind: 'hdnd', name: issuer };
  const so = /^SO\s+(\S)/.exec(t);
  if (so) return { kind: 'so', initial: so[1], name: issuer };
  return undefined;
}

export const numberIssuerMismatch: Rule = {
  meta: {
    id: 'number/issuer-mismatch',
    family: 'number',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('Ký hiệu cơ quan ban hành trong số không khớp với cơ quan ban hành.', 'The issuer code of the number does not fit the issuing agency.'),
    legalBasis: BASIS,
  },
  check(ctx) {
    const { model } = ctx;
    const n = model.number;
    const issuer = model.header.issuer;
    if (!n || !n.issuerCode || !n.issuerCodeSpan || !issuer) return;
    const body = issuingBody(issuer.text);
    if (!body) return;
    const code = n.issuerCode.trim();
    const C = stripAccents(code).toUpperCase();
    const soCode = /^S[A-Z]{1,7}$/.test(C) && C !== 'SY';
    let expected: string | undefined;
    if (body.kind === 'ubnd' && (soCode || C === 'HDND')) expected = 'UBND';
    else if (body.kind === 'hdnd' && (soCode || C === 'UBND')) expected = 'HĐND';
    else if (body.kind === 'so' && (C === 'UBND' || C === 'HDND' || (soCode && C[1] !== body.initial))) expected = `S${body.initial}…`;
    if (!expected) return;
    const start = n.issuerCodeSpan.start + n.issuerCode.indexOf(code);
    ctx.report({
      start,
      end: start + code.length,
      message: msg(
        `Ký hiệu cơ quan "${code}" không khớp với cơ quan ban hành "${issuer.text}" (cần "${expected}") (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.3).`,
        `Issuer code "${code}" does not fit the issuing agency "${issuer.text}" (expected "${expected}") (Decree 30/2020/ND-CP, Appendix I, II.3).`,
      ),
    });
  },
};
