/**
 * The people import template: its columns in order, the value vocabularies, and how a header cell or a
 * vocabulary cell written by a person is recognised (Chinese label, English label, the stable key/code, and a
 * few common synonyms; case, spaces, punctuation and full-width forms do not matter).
 */
import type { Label } from '../../../platform/i18n.js';
import {
  DOC_TYPE_LABEL,
  DOC_TYPES,
  HOUSE_RELATIONS,
  RELATION_LABEL,
  RESIDENCE,
  RESIDENCE_LABEL,
  type DocType,
  type Gender,
  type HouseRelation,
  type Residence,
} from '../people.types.js';

export const COLUMN_KEYS = [
  'name',
  'docType',
  'docNumber',
  'gender',
  'birthDate',
  'ethnicity',
  'phone',
  'residence',
  'nationality',
  'committeeCode',
  'compound',
  'building',
  'room',
  'relation',
  'since',
  'headDocNumber',
  'relationToHead',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** How a column's cells are read; the template uses it for cell formats and dropdowns. */
export type ColumnKind = 'text' | 'docType' | 'docNumber' | 'gender' | 'date' | 'phone' | 'residence' | 'code' | 'relation';

export interface ImportColumn {
  key: ColumnKey;
  zh: string;
  en: string;
  /** The column must be in the header and every row must have a value in it. */
  required: boolean;
  /** Other header texts accepted for this column (besides zh, en, the key, and "zh en" combined). */
  aliases: readonly string[];
  kind: ColumnKind;
  /** Longest accepted value, in characters (code points). */
  maxLength: number;
  /** Width in the xlsx template, in Excel character units. */
  width: number;
  help: Label;
}

const col = (c: ImportColumn) => c;

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  col({
    key: 'name',
    zh: '姓名',
    en: 'Name',
    required: true,
    kind: 'text',
    maxLength: 50,
    width: 12,
    aliases: ['名字', '居民姓名', 'full name', 'person name'],
    help: { zh: '必填，不超过 50 个字', en: 'Required, at most 50 characters' },
  }),
  col({
    key: 'docType',
    zh: '证件类型',
    en: 'Document type',
    required: false,
    kind: 'docType',
    maxLength: 20,
    width: 22,
    aliases: ['证件种类', '证件名称', 'id type', 'document kind'],
    help: {
      zh: '从下拉列表选择；为空且证件号码是 18 位身份证号时按居民身份证处理',
      en: 'Pick from the list; when empty and the number is an 18-character resident ID, a resident ID card is assumed',
    },
  }),
  col({
    key: 'docNumber',
    zh: '证件号码',
    en: 'Document number',
    required: true,
    kind: 'docNumber',
    maxLength: 30,
    width: 22,
    aliases: ['证件号', '身份证号', '身份证号码', '公民身份号码', 'id number', 'id no', 'document no'],
    help: {
      zh: '必填。本列为文本格式，请勿改成数字格式（Excel 的数字只保留 15 位，身份证号会丢失末尾数字）。身份证号须通过校验位检查',
      en: 'Required. The column is formatted as text: do not change it to a number format (Excel keeps only 15 digits of a number, so an ID number would lose its last digits). Resident ID numbers must pass the check-digit test',
    },
  }),
  col({
    key: 'gender',
    zh: '性别',
    en: 'Gender',
    required: false,
    kind: 'gender',
    maxLength: 10,
    width: 8,
    aliases: ['sex'],
    help: {
      zh: '男 / 女；身份证号可推出时可不填，填写则须与号码一致',
      en: 'Male / female (男/女, M/F); may be left empty for a resident ID, and must agree with it when given',
    },
  }),
  col({
    key: 'birthDate',
    zh: '出生日期',
    en: 'Date of birth',
    required: false,
    kind: 'date',
    maxLength: 30,
    width: 13,
    aliases: ['出生年月日', '生日', 'birth date', 'birthday', 'dob'],
    help: {
      zh: '日期，如 1990-01-31；身份证号可推出时可不填，填写则须与号码一致',
      en: 'A date such as 1990-01-31; may be left empty for a resident ID, and must agree with it when given',
    },
  }),
  col({
    key: 'ethnicity',
    zh: '民族',
    en: 'Ethnicity',
    required: false,
    kind: 'text',
    maxLength: 20,
    width: 8,
    aliases: ['ethnic group', 'nation'],
    help: { zh: '如“汉族”，不超过 20 个字', en: 'For example 汉族 (Han); at most 20 characters' },
  }),
  col({
    key: 'phone',
    zh: '联系电话',
    en: 'Phone',
    required: false,
    kind: 'phone',
    maxLength: 30,
    width: 15,
    aliases: ['电话', '手机', '手机号', '手机号码', '联系方式', 'telephone', 'mobile', 'phone number'],
    help: { zh: '11 位手机号，或带区号的固定电话（如 021-62345678）', en: 'An 11-digit mobile number, or a fixed line with its area code (e.g. 021-62345678)' },
  }),
  col({
    key: 'residence',
    zh: '居住状态',
    en: 'Residence status',
    required: true,
    kind: 'residence',
    maxLength: 30,
    width: 22,
    aliases: ['居住类型', '人口类型', '人员类型', 'residence', 'residence type'],
    help: { zh: '必填，从下拉列表选择', en: 'Required; pick from the list' },
  }),
  col({
    key: 'nationality',
    zh: '国籍',
    en: 'Nationality',
    required: false,
    kind: 'text',
    maxLength: 50,
    width: 10,
    aliases: ['国家', 'country', 'citizenship'],
    help: { zh: '不超过 50 个字', en: 'At most 50 characters' },
  }),
  col({
    key: 'committeeCode',
    zh: '居委会编码',
    en: 'Committee code',
    required: true,
    kind: 'code',
    maxLength: 12,
    width: 16,
    aliases: ['居委编码', '居委会代码', '居村委编码', '社区编码', 'committee', 'committee code'],
    help: { zh: '必填，12 位数字，房屋所在居委会的编码', en: "Required: the 12-digit code of the residents' committee the house belongs to" },
  }),
  col({
    key: 'compound',
    zh: '小区',
    en: 'Compound',
    required: true,
    kind: 'text',
    maxLength: 50,
    width: 16,
    aliases: ['小区名称', '小区名', '住宅小区', 'residential compound', 'estate'],
    help: { zh: '必填，不超过 50 个字', en: 'Required, at most 50 characters' },
  }),
  col({
    key: 'building',
    zh: '楼栋',
    en: 'Building',
    required: true,
    kind: 'text',
    maxLength: 50,
    width: 10,
    aliases: ['楼号', '幢', '楼', '门牌', 'building no'],
    help: { zh: '必填，如“12号”，不超过 50 个字', en: 'Required, e.g. 12号 (No. 12); at most 50 characters' },
  }),
  col({
    key: 'room',
    zh: '室号',
    en: 'Room',
    required: true,
    kind: 'text',
    maxLength: 50,
    width: 8,
    aliases: ['室', '房号', '房间号', '户室号', 'room no', 'flat'],
    help: { zh: '必填，如“301”，不超过 50 个字', en: 'Required, e.g. 301; at most 50 characters' },
  }),
  col({
    key: 'relation',
    zh: '与房屋关系',
    en: 'Relation to house',
    required: false,
    kind: 'relation',
    maxLength: 20,
    width: 12,
    aliases: ['房屋关系', '人房关系', 'house relation'],
    help: { zh: '从下拉列表选择，为空时按“居住人”处理', en: 'Pick from the list; empty means resident' },
  }),
  col({
    key: 'since',
    zh: '起始日期',
    en: 'Since',
    required: false,
    kind: 'date',
    maxLength: 30,
    width: 13,
    aliases: ['开始日期', '入住日期', '起始时间', 'start date', 'from'],
    help: { zh: '与房屋关系的起始日期，不能晚于今天', en: 'The date the relation to the house began; not in the future' },
  }),
  col({
    key: 'headDocNumber',
    zh: '户主证件号码',
    en: 'Head of household document number',
    required: false,
    kind: 'docNumber',
    maxLength: 30,
    width: 22,
    aliases: ['户主身份证号', '户主身份证号码', '户主证件号', 'head document number', 'head id number', 'household head id'],
    help: {
      zh: '户主的证件号码（户主本人填自己的号码）；文本格式',
      en: 'The document number of the head of household (the head writes their own); text format',
    },
  }),
  col({
    key: 'relationToHead',
    zh: '与户主关系',
    en: 'Relation to head',
    required: false,
    kind: 'text',
    maxLength: 20,
    width: 12,
    aliases: ['与户主的关系', '户主关系', 'relationship to head', 'relation to head of household'],
    help: { zh: '如“户主”“配偶”“子女”，不超过 20 个字', en: 'For example 户主 (head), 配偶 (spouse), 子女 (child); at most 20 characters' },
  }),
];

export const COLUMN_BY_KEY: Readonly<Record<ColumnKey, ImportColumn>> = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c])) as Record<
  ColumnKey,
  ImportColumn
>;

export const columnLabel = (key: ColumnKey): Label => ({ zh: COLUMN_BY_KEY[key].zh, en: COLUMN_BY_KEY[key].en });

/** Excel's column letter for a 0-based position: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The form in which header and vocabulary texts are compared: NFKC (full-width → half-width), lower case,
 * without spaces and punctuation. "证件号码 *", "Document Number" and "document_number" all compare equal to
 * their plain forms.
 */
export function normalizeLabel(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-–—·・.,，。、:：;；'"“”‘’()（）[\]【】{}<>《》*＊/\\|!！?？]/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Vocabularies

export interface VocabEntry<T extends string> {
  code: T;
  label: Label;
  /** Other accepted spellings. */
  aliases: readonly string[];
}

export const DOC_TYPE_VOCAB: readonly VocabEntry<DocType>[] = DOC_TYPES.map((code) => ({
  code,
  label: DOC_TYPE_LABEL[code],
  aliases: {
    resident_id: ['身份证', '居民身份证号', '二代身份证', 'id card', 'resident id', 'identity card'],
    passport: ['外国护照', '中国护照'],
    hk_macao_permit: ['港澳通行证', '港澳居民来往内地通行证', '回乡证', '港澳居民居住证', 'home return permit', 'hk macao permit'],
    taiwan_permit: ['台胞证', '台湾通行证', '台湾居民来往大陆通行证', 'mtp'],
    foreign_permanent: ['外国人永久居留证', '永久居留证', '永居证', '中国绿卡', 'permanent residence card'],
  }[code],
}));

export const RESIDENCE_VOCAB: readonly VocabEntry<Residence>[] = RESIDENCE.map((code) => ({
  code,
  label: RESIDENCE_LABEL[code],
  aliases: {
    registered_living: ['户籍在住', '人户一致', '户在人在', 'registered living'],
    registered_away: ['人户分离', '户在人不在', 'registered away'],
    migrant: ['来沪人员', '来沪', '流动人口', '外来人口', '居住证', '人在户不在', 'migrant', 'non-registered'],
    foreigner: ['境外人员', '外籍人员', '外籍', '境外', 'foreign', 'foreign national'],
  }[code],
}));

export const RELATION_VOCAB: readonly VocabEntry<HouseRelation>[] = HOUSE_RELATIONS.map((code) => ({
  code,
  label: RELATION_LABEL[code],
  aliases: {
    owner: ['业主', '产权人', '房主', '所有权人', 'owner'],
    tenant: ['租户', '租客', '承租人', '承租', 'tenant', 'renter'],
    family: ['家属', '家庭成员', '同住家属', 'family', 'family member'],
    resident: ['居住人', '住户', '居住', '实际居住人', 'resident', 'occupant'],
  }[code],
}));

export const GENDER_LABEL: Readonly<Record<Gender, Label>> = {
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
};

export const GENDER_VOCAB: readonly VocabEntry<Gender>[] = [
  // 1 and 2 are the codes of GB/T 2261.1, which some source systems export.
  { code: 'male', label: GENDER_LABEL.male, aliases: ['男', '男性', 'm', 'man', '1'] },
  { code: 'female', label: GENDER_LABEL.female, aliases: ['女', '女性', 'f', 'woman', '2'] },
];

export class Vocabulary<T extends string> {
  private readonly index = new Map<string, T>();

  constructor(readonly entries: readonly VocabEntry<T>[]) {
    for (const e of entries) {
      for (const text of [e.code, e.label.zh, e.label.en, ...e.aliases]) {
        const k = normalizeLabel(text);
        const had = this.index.get(k);
        if (had !== undefined && had !== e.code) throw new Error(`vocabulary: "${text}" names both ${had} and ${e.code}`);
        this.index.set(k, e.code);
      }
    }
  }

  /** Cells as written, already looked up: a column holds the same few spellings over and over. */
  private readonly seen = new Map<string, T | null>();

  /** The code a cell names, or null. */
  lookup(text: string): T | null {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const code = this.index.get(normalizeLabel(text)) ?? null;
    if (this.seen.size < 1000) this.seen.set(text, code);
    return code;
  }

  /** The labels, for messages: "居民身份证、护照…" / "Resident ID card, Passport, …". */
  allowed(): Label {
    return { zh: this.entries.map((e) => e.label.zh).join('、'), en: this.entries.map((e) => e.label.en).join(', ') };
  }
}

export const docTypes = new Vocabulary(DOC_TYPE_VOCAB);
export const residences = new Vocabulary(RESIDENCE_VOCAB);
export const relations = new Vocabulary(RELATION_VOCAB);
export const genders = new Vocabulary(GENDER_VOCAB);

// ---------------------------------------------------------------------------------------------------------
// Headers

const headerIndex = new Map<string, ColumnKey>();
for (const c of IMPORT_COLUMNS) {
  for (const text of [c.key, c.zh, c.en, `${c.zh}${c.en}`, `${c.zh}${c.key}`, ...c.aliases]) {
    const k = normalizeLabel(text);
    const had = headerIndex.get(k);
    if (had !== undefined && had !== c.key) throw new Error(`import columns: header "${text}" names both ${had} and ${c.key}`);
    headerIndex.set(k, c.key);
  }
}

/**
 * The column a header cell names, or null. Accepts the Chinese header, the English one, the key, the
 * aliases, and both languages in one cell ("姓名 Name", "姓名\nName", "姓名（Name）").
 */
export function resolveHeader(text: string): ColumnKey | null {
  const whole = headerIndex.get(normalizeLabel(text));
  if (whole) return whole;
  const parts = text
    .split(/[\r\n/|()（）]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  let found: ColumnKey | null = null;
  for (const p of parts) {
    const k = headerIndex.get(normalizeLabel(p));
    if (!k) continue;
    if (found && found !== k) return null;
    found = k;
  }
  return found;
}

/**
 * Whether a row repeats the header in another language (the template's second header row, English under
 * Chinese): at least two cells, and every non-empty cell names the same column as the header cell above it.
 */
export function isHeaderEcho(header: readonly string[], cells: readonly string[]): boolean {
  let named = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.trim();
    if (!text) continue;
    const key = resolveHeader(text);
    if (!key || key !== resolveHeader(header[i] ?? '')) return false;
    named++;
  }
  return named >= 2;
}
