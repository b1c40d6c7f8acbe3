/**
 * Vocabulary of administrative unit types (the `type` columns of the gazetteer data) and the
 * Vietnamese type words that name them in text ("xã Long Đống", "huyện Bắc Sơn").
 * Pure; shared by the gazetteer provider and the place rules.
 */
import { nameKey } from '../text/fold';

export type UnitLevel = 'province' | 'district' | 'commune';
export type UnitType =
  | 'tinh' | 'thanh_pho_tw'
  | 'huyen' | 'quan' | 'thi_xa' | 'thanh_pho_thuoc_tinh' | 'thanh_pho_thuoc_tp_tw'
  | 'xa' | 'phuong' | 'thi_tran' | 'dac_khu';

/** The date the district level ended and the 34 provinces / 3,321 communes began. */
export const REFORM_DATE = '2025-07-01';

/** Index order of the `types` table in gazetteer.json (the build script writes the same list). */
export const UNIT_TYPES: readonly UnitType[] = ['tinh', 'thanh_pho_tw', 'huyen', 'quan', 'thi_xa',
  'thanh_pho_thuoc_tinh', 'thanh_pho_thuoc_tp_tw', 'xa', 'phuong', 'thi_tran', 'dac_khu'];

const WORD: Record<UnitType, string> = {
  tinh: 'Tỉnh', thanh_pho_tw: 'Thành phố', huyen: 'Huyện', quan: 'Quận', thi_xa: 'Thị xã',
  thanh_pho_thuoc_tinh: 'Thành phố', thanh_pho_thuoc_tp_tw: 'Thành phố', xa: 'Xã', phuong: 'Phường',
  thi_tran: 'Thị trấn', dac_khu: 'Đặc khu',
};

const LEVEL: Record<UnitType, UnitLevel> = {
  tinh: 'province', thanh_pho_tw: 'province',
  huyen: 'district', quan: 'district', thi_xa: 'district', thanh_pho_thuoc_tinh: 'district', thanh_pho_thuoc_tp_tw: 'district',
  xa: 'commune', phuong: 'commune', thi_tran: 'commune', dac_khu: 'commune',
};

/** The capitalised Vietnamese type word, as at the start of an official name: xa → "Xã". */
export function typeWord(type: UnitType): string {
  return WORD[type];
}

/** Level of a type: a thị xã is a district, a đặc khu a commune. */
export function levelOfType(type: UnitType): UnitLevel {
  return LEVEL[type];
}

/** Folded type word (and the usual abbreviations in notices) → the types it can denote. */
const BY_WORD = new Map<string, UnitType[]>();
for (const t of UNIT_TYPES) {
  const k = nameKey(WORD[t]);
  BY_WORD.set(k, [...(BY_WORD.get(k) ?? []), t]);
}
// Abbreviations seen in notices ("TP. Lạng Sơn", "TX. Buôn Hồ", "TT. Bắc Sơn").
for (const [abbr, full] of [['tp', 'thành phố'], ['tp.', 'thành phố'], ['tx', 'thị xã'], ['tx.', 'thị xã'],
  ['tt', 'thị trấn'], ['tt.', 'thị trấn']] as const) {
  BY_WORD.set(abbr, BY_WORD.get(full)!);
}

/**
 * Types a type word can denote, in any case, NFC or NFD, either tone style: "xã" → [xa];
 * "thành phố" → the province-level and both district-level kinds (the caller disambiguates
 * by level or by the data); unknown word → [].
 */
export function typesOfWord(word: string): UnitType[] {
  return [...(BY_WORD.get(nameKey(word)) ?? [])];
}

/** Longest type words first so "thị trấn" is not read as something shorter. */
const WORDS_BY_LENGTH = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/**
 * Splits a leading type word off a unit mention: "Xã Long Đống" → { types: [xa], name: "Long Đống" }.
 * Returns undefined when the text does not start with a type word followed by a name.
 */
export function splitTypeWord(text: string): { types: UnitType[]; word: string; name: string } | undefined {
  const t = text.normalize('NFC').trim();
  const key = nameKey(t);
  for (const w of WORDS_BY_LENGTH) {
    // nameKey keeps the length of NFC text once white space is collapsed; compare on the key,
    // slice the original after the same number of words.
    if (key.startsWith(w + ' ')) {
      const words = w.split(' ').length;
      const parts = t.split(/\s+/);
      // Not empty: the key has a word after the type word's space (it is trimmed).
      const name = parts.slice(words).join(' ');
      return { types: [...BY_WORD.get(w)!], word: parts.slice(0, words).join(' '), name };
    }
  }
  return undefined;
}

/** "Xã" + "Long Đống" → "Xã Long Đống". */
export function fullNameOf(type: UnitType, name: string): string {
  return `${WORD[type]} ${name}`;
}
