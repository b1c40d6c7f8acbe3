/**
 * date/place-mismatch — the place of the issue date is not the issuer's locality (a notice
 * of "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" dated "Cao Bằng, ngày …"). NĐ 30/2020, Phụ lục I, mục
 * II.4.a: local agencies write the name of the administrative unit where they sit;
 * provincial bodies write the province, commune bodies the commune [U for the per-level
 * practice]. Only when the issuer or superior line names a locality. Names are compared
 * with nameKey (case, tone placement), with unit words and "TP." dropped; a name that ends
 * the other ("Huế" / "Thừa Thiên Huế") is accepted.
 */
import { nameKey } from '../../text/fold';
import { splitAtUnitWord } from '../../text/scan';
import { msg, type Rule } from '../types';
import { titleCase } from './shared';

const UNIT_WORDS = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU'];
const ALIASES: Record<string, string> = { hcm: 'hồ chí minh', 'tp hcm': 'hồ chí minh', 'tphcm': 'hồ chí minh' };

/** The locality named at the end of an agency line: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → tỉnh, "LẠNG SƠN". */
export function localityOf(agency: string): { unit: string; name: string } | undefined {
  // A locality is a short proper name: letters, spaces, hyphens (fuzzing found a damaged
  // header "CỘNG HÒA XÃ 4/4HỘI …" read as "xã 4/4HỘI …", whose fix never settled).
  const m = splitAtUnitWord(agency.replace(/\s+/g, ' ').trim(), UNIT_WORDS, (rest) => rest.length <= 40 && /^\p{Lu}[\p{L}\p{M} -]*$/u.test(rest));
  return m ? { unit: m.word, name: m.rest.trim() } : undefined;
}

function key(place: string): string {
  let k = nameKey(place)
    .replace(/^(thành phố|tp\.?|tỉnh|huyện|quận|thị xã|tx\.?|xã|phường|thị trấn|đặc khu)\s*/u, '')
    .replace(/[.]/g, '')
    .trim();
  k = ALIASES[k] ?? k;
  return k;
}

export const datePlaceMismatch: Rule = {
  meta: {
    id: 'date/place-mismatch',
    family: 'date',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('Địa danh ghi trên văn bản không khớp với nơi cơ quan ban hành đóng trụ sở.', "The place name does not match the issuer's locality."),
    legalBasis: msg('Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4', 'Decree 30/2020/ND-CP, Appendix I, section II.4'),
  },
  check(ctx) {
    const { model } = ctx;
    const pd = model.placeDate;
    if (!pd) return;
    const own = model.header.issuer && localityOf(model.header.issuer.text);
    const sup = model.header.superior && localityOf(model.header.superior.text);
    const loc = own ?? sup;
    if (!loc) return;
    const accepted = [own, sup].filter((x): x is { unit: string; name: string } => !!x).map((x) => key(x.name));
    const p = key(pd.place);
    if (!p || accepted.some((a) => a === p || a.endsWith(' ' + p) || p.endsWith(' ' + a))) return;
    const want = loc.name === 'HỒ CHÍ MINH' ? 'Thành phố Hồ Chí Minh' : titleCase(loc.name);
    const agency = (own ? model.header.issuer : model.header.superior)!.text;
    ctx.report({
      start: pd.placeSpan.start,
      end: pd.placeSpan.end,
      message: msg(
        `Địa danh "${pd.place}" không khớp với nơi đóng trụ sở của "${agency}": phải ghi "${want}" (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4).`,
        `Place "${pd.place}" does not match the locality of "${agency}": expected "${want}" (Decree 30/2020/ND-CP, Appendix I, II.4).`,
      ),
      fixes: [{ title: msg(`Thay bằng "${want}"`, `Replace with "${want}"`), edits: [{ start: pd.placeSpan.start, end: pd.placeSpan.end, newText: want }] }],
    });
  },
};
