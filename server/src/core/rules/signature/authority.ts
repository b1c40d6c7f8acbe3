/**
 * signature/authority — authority lines that do not chain.
 * NĐ 30/2020/NĐ-CP, Điều 13 and Phụ lục I, mục II.7.a (DOMAIN.md §5):
 * - TM. signs on behalf of a collective body ("TM. ỦY BAN NHÂN DÂN"), then the head's title
 *   ("CHỦ TỊCH") or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH";
 * - KT. + the head's title, then a deputy's title ("PHÓ …", "THỨ TRƯỞNG");
 * - TL. / TUQ. + the head's title, then the title of the unit head who signs
 *   ("CHÁNH VĂN PHÒNG"), or "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG" (Điều 13.4);
 * - Q. + the title: an acting head, complete by itself.
 */
import type { Component } from '../../parse/model';
import { msg, type Rule } from '../types';
import { deputyOf, headTitleOf, isCollective, isIndividualTitle, splitAuthority } from './titles';

const BASIS_VI = 'Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, mục II.7';
const BASIS_EN = 'Decree 30/2020/ND-CP, Article 13 and Appendix I, II.7';

export const authority: Rule = {
  meta: {
    id: 'signature/authority',
    family: 'signature',
    defaultSeverity: 'error',
    fixable: false,
    description: msg(
      'Các dòng quyền hạn, chức vụ người ký không đúng (TM., KT., TL., TUQ., Q.).',
      'The authority and title lines of the signature do not chain (TM., KT., TL., TUQ., Q.).',
    ),
    legalBasis: msg(BASIS_VI, BASIS_EN),
  },
  check(ctx) {
    const sig = ctx.model.signature;
    if (!sig) return;
    const comps = sig.lines;
    const lines = comps.map((c) => splitAuthority(c.text));
    const fire = (c: Component, vi: string, en: string): void =>
      ctx.report({ start: c.span.start, end: c.span.end, message: msg(`${vi} (${BASIS_VI}).`, `${en} (${BASIS_EN}).`) });
    for (let i = 0; i < lines.length && lines[i].prefix; i++) {
      const a = lines[i];
      const n = lines[i + 1];
      // The head whose deputy signs on the next line ("PHÓ CHỦ TỊCH" → "CHỦ TỊCH"), if it is a deputy's title.
      const deputises = n && !n.prefix ? deputyOf(n.rest) : undefined;
      const here = comps[i];
      const q = `"${a.prefix}. ${a.rest}"`;
      if (a.prefix === 'TM') {
        if (isIndividualTitle(a.rest) && !isCollective(a.rest)) {
          fire(here, `${q}: "TM." (thay mặt) chỉ dùng cho tập thể lãnh đạo, ví dụ "TM. ỦY BAN NHÂN DÂN" rồi "CHỦ TỊCH"; "${a.rest}" là chức vụ cá nhân`, `${q}: "TM." (on behalf of) is for a collective body, e.g. "TM. ỦY BAN NHÂN DÂN" then "CHỦ TỊCH"; "${a.rest}" is a personal title`);
        } else if (!n) {
          fire(here, `Sau ${q} phải ghi chức vụ của người đứng đầu ký thay mặt tập thể (ví dụ "CHỦ TỊCH")`, `${q} must be followed by the title of the head signing for the body (e.g. "CHỦ TỊCH")`);
        } else if (deputises) {
          fire(comps[i + 1], `Cấp phó ký thay mặt tập thể phải ghi "KT. ${deputises}" trước "${n.rest}", ví dụ "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"`, `A deputy signing for the body writes "KT. ${deputises}" before "${n.rest}", e.g. "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"`);
        }
      } else if (a.prefix === 'KT') {
        const head = headTitleOf(a.rest);
        const want = head === 'BỘ TRƯỞNG' ? 'THỨ TRƯỞNG' : `PHÓ ${a.rest}`;
        if (!n) {
          fire(here, `Sau ${q} (ký thay) phải ghi chức vụ của cấp phó ký, ví dụ "${want}"`, `${q} (signing for the head) must be followed by the deputy's title, e.g. "${want}"`);
        } else if (!deputises) {
          fire(comps[i + 1], `Sau ${q} (ký thay) phải là chức vụ của cấp phó, ví dụ "${want}", không phải "${comps[i + 1].text}"`, `${q} (signing for the head) must be followed by a deputy's title such as "${want}", not "${comps[i + 1].text}"`);
        } else if (head && headTitleOf(deputises) && deputises !== head) {
          fire(comps[i + 1], `"${n.rest}" không phải cấp phó của "${a.rest}": sau ${q} cần "${want}"`, `"${n.rest}" is not the deputy of "${a.rest}": ${q} needs "${want}"`);
        }
      } else if (a.prefix === 'TL' || a.prefix === 'TUQ') {
        const word = a.prefix === 'TL' ? 'thừa lệnh' : 'thừa ủy quyền';
        const wordEn = a.prefix === 'TL' ? 'by order' : 'by delegation';
        const head = headTitleOf(a.rest);
        if (!n) {
          fire(here, `Sau ${q} (${word}) phải ghi chức vụ của người ký, ví dụ "CHÁNH VĂN PHÒNG"`, `${q} (${wordEn}) must be followed by the signer's title, e.g. "CHÁNH VĂN PHÒNG"`);
        } else if (n.prefix === 'TM' || n.prefix === 'TL' || n.prefix === 'TUQ') {
          fire(comps[i + 1], `Sau ${q} không thể là "${comps[i + 1].text}": người ký ${word} ghi chức vụ của mình (hoặc "KT. …" khi cấp phó ký)`, `"${comps[i + 1].text}" cannot follow ${q}: the signer writes their own title (or "KT. …" for a deputy)`);
        } else if (!n.prefix && head && headTitleOf(n.rest) === head) {
          // No head's title starts like a deputy's ("PHÓ …", "THỨ TRƯỞNG"): this is the head in person.
          fire(comps[i + 1], `"${n.rest}" ký trực tiếp, không ghi ${q}: ${word} là để người đứng đầu đơn vị ký thay người đứng đầu cơ quan`, `"${n.rest}" signs in person, without ${q}: "${a.prefix}." lets a unit head sign for the head of the agency`);
        } else if (head && deputises === head) {
          fire(comps[i + 1], `Cấp phó của người đứng đầu ký thay ghi "KT. ${a.rest}" / "${n.rest}", không ghi ${q}`, `The head's deputy signs "KT. ${a.rest}" / "${n.rest}", not ${q}`);
        }
      }
    }
  },
};

