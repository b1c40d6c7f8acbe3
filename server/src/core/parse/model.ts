/**
 * NoticeModel: the components of a THÔNG BÁO (NĐ 30/2020/NĐ-CP, Điều 8 and Phụ lục I),
 * each with exact ranges. All offsets are offsets in the normalised view
 * (`SourceText.text`): the engine maps them back to the user's text.
 */
import type { SourceText } from '../text/source';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just before the line break. */
  end: number;
  /** The raw line, without its line break. */
  raw: string;
  /** Text with Markdown markup (heading marks, emphasis at the ends, hard breaks) removed, trimmed. */
  content: string;
  /** Range of `content` inside the raw line (inner emphasis marks may remain inside). */
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  /** Markdown heading level (number of '#'), 0 if none. */
  heading: number;
  /** The line is wrapped in ** or *** (or inherits it from a multi-line bold block). */
  bold: boolean;
  /** Markdown bullet: '-' or '+' (or '*' followed by a space), when the line starts with one. */
  bullet?: '-' | '+' | '*';
}

export interface Component {
  span: Span;
  /** The component's text, markup removed, lines joined with a space. */
  text: string;
  /** Line indexes it occupies. */
  lines: number[];
}

/** One part of a date written in a place/date line: "ngày 05", "tháng 8", "năm 2020". */
export interface DatePart {
  /** The numeric value, undefined when left blank for the records office. */
  value?: number;
  /** The characters of the value as written ('' when blank). */
  raw: string;
  /** Range of the value (or, when blank, of the gap after the keyword). */
  span: Span;
  /** Range of the keyword ("ngày", "tháng", "năm"). */
  keywordSpan: Span;
}

/** "Địa danh và thời gian ban hành" (Phụ lục I, mục II.4). */
export interface PlaceDateLine extends Component {
  place: string;
  placeSpan: Span;
  day?: DatePart;
  month?: DatePart;
  year?: DatePart;
}

/** "Số, ký hiệu" (Phụ lục I, mục II.3): Số: <number>/<type>-<issuer>[-<unit>]. */
export interface NumberLine extends Component {
  /** Range of everything after "Số:" (trimmed). */
  valueSpan: Span;
  value: string;
  /** The number is left blank for the records office ("Số:      /TB-UBND"). */
  blankNumber: boolean;
  numberText?: string;
  numberSpan?: Span;
  /** The symbol after the slash ("TB-UBND"), when present. */
  symbol?: string;
  symbolSpan?: Span;
  typeCode?: string;
  typeCodeSpan?: Span;
  issuerCode?: string;
  issuerCodeSpan?: Span;
  /** Codes after the issuer code ("-VP" in "TB-UBND-VP"). */
  unitCodes: string[];
}

export type SectionKind = 'roman' | 'arabic' | 'letter' | 'paren';

/** A numbered part of the body: "I.", "1.", "2.1.", "a)", "(1)". */
export interface Section {
  kind: SectionKind;
  /** The label as written, e.g. "2.1." or "a)". */
  label: string;
  labelSpan: Span;
  /** Numbers of an arabic label ("2.1." → [2, 1]); for roman, [value]; for paren, [n]. */
  numbers: number[];
  /** For letter labels: the letter ("đ"). */
  letter?: string;
  line: number;
  /** Markdown heading level of its line (0 = plain). */
  heading: number;
  /** The heading text after the label (first line only). */
  title: string;
  span: Span;
}

export interface RecipientItem extends Component {
  /** The bullet as written ('-' or '+', '' when missing). */
  bullet: string;
  /** The item text after the bullet, continuation lines joined. */
  value: string;
  valueSpan: Span;
}

export interface Recipients {
  label: Component;
  items: RecipientItem[];
  span: Span;
}

export interface Signature {
  /** Authority and title lines in order: "TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG". */
  lines: Component[];
  signer?: Component;
  span: Span;
}

export interface Header {
  /** Cơ quan chủ quản (superior agency), e.g. "UBND TỈNH LẠNG SƠN". */
  superior?: Component;
  /** Cơ quan ban hành (issuing agency), e.g. "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG". */
  issuer?: Component;
  /** Quốc hiệu. */
  nationalTitle?: Component;
  /** Tiêu ngữ. */
  motto?: Component;
}

/** Names of the components, used for ordering checks and the outline. */
export type ComponentName =
  | 'nationalTitle'
  | 'motto'
  | 'superior'
  | 'issuer'
  | 'number'
  | 'placeDate'
  | 'title'
  | 'abstract'
  | 'body'
  | 'signature'
  | 'recipients';

export interface Body {
  span: Span;
  firstLine: number;
  /** Last non-blank line of the body. */
  lastLine: number;
  /** The text of the last line, where the end mark belongs. */
  lastLineContent: Span;
}

export interface NoticeModel {
  source: SourceText;
  /** The normalised view (= source.text). */
  text: string;
  lines: Line[];
  header: Header;
  number?: NumberLine;
  placeDate?: PlaceDateLine;
  /** Tên loại: "THÔNG BÁO" (or another type word when the document is of another type). */
  title?: Component;
  /** The Phụ lục III code of the title's document type ("TB" for THÔNG BÁO), if known. */
  titleTypeCode?: string;
  /** Trích yếu. */
  abstract?: Component;
  body?: Body;
  sections: Section[];
  /** A "Kính gửi:" block, which a notice must not have (Phụ lục I, II.9). */
  kinhGui?: Component;
  recipients?: Recipients;
  signature?: Signature;
  /** Components in the order they appear, by first line. */
  order: Array<{ name: ComponentName; line: number }>;
}
