/**
 * Every message of the people import, Chinese first with English. File-level problems (the whole file is
 * refused) are `ImportFileError`s; header and row problems are `RowError`s whose text names the row and the
 * column. `{name}` placeholders are filled by `fill`; a placeholder whose value is a `{ zh, en }` label takes
 * the side of the language being written.
 */
import { AppError } from '../../../platform/errors.js';
import { format, type Label } from '../../../platform/i18n.js';
import { columnLabel } from './import.columns.js';
import type { RowError } from './import.validator.js';

/** Refusals of a whole file: shown instead of a row report. Register with the module's messages. */
export const importFileMessages = {
  IMPORT_EMPTY: { zh: '文件是空的', en: 'The file is empty' },
  IMPORT_NO_DATA_ROWS: {
    zh: '文件只有表头（第 {headerRow} 行），没有数据行',
    en: 'The file has a header row (row {headerRow}) but no data rows',
  },
  IMPORT_NOT_UTF8: {
    zh: 'CSV 文件不是 UTF-8 编码（第 {line} 行附近有无法识别的字符，可能是 GBK/ANSI 编码）。请在 Excel 中“另存为”并选择“CSV UTF-8（逗号分隔）”，或直接上传 .xlsx 文件',
    en: 'The CSV file is not UTF-8 encoded (unreadable bytes near line {line}; it may be GBK/ANSI). In Excel use Save As → "CSV UTF-8 (Comma delimited)", or upload the .xlsx file instead',
  },
  IMPORT_UTF16: {
    zh: '文件是 UTF-16 编码的文本（Excel 的“Unicode 文本”）。请另存为“CSV UTF-8（逗号分隔）”后重新上传',
    en: 'The file is UTF-16 text (Excel\'s "Unicode Text"). Save it as "CSV UTF-8 (Comma delimited)" and upload again',
  },
  IMPORT_NOT_CSV: { zh: '文件不是 CSV 文本（含有二进制内容）', en: 'The file is not CSV text (it holds binary content)' },
  IMPORT_XLSX_AS_CSV: {
    zh: '这是 Excel 工作簿（.xlsx）文件，却按 CSV 格式上传；请按 .xlsx 格式上传',
    en: 'This is an Excel workbook (.xlsx) uploaded as CSV; upload it as .xlsx',
  },
  IMPORT_XLS_LEGACY: {
    zh: '这是旧版 Excel 97-2003（.xls）文件，不支持；请在 Excel 中另存为 .xlsx 或“CSV UTF-8（逗号分隔）”后上传',
    en: 'This is an old Excel 97-2003 (.xls) file, which is not supported; save it as .xlsx or "CSV UTF-8 (Comma delimited)" and upload again',
  },
  IMPORT_NOT_XLSX: { zh: '文件不是有效的 Excel 工作簿（.xlsx）', en: 'The file is not a valid Excel workbook (.xlsx)' },
  IMPORT_XLSX_CORRUPT: { zh: 'Excel 文件已损坏，无法读取（{reason}）', en: 'The Excel file is damaged and cannot be read ({reason})' },
  IMPORT_NO_WORKSHEET: { zh: 'Excel 文件中没有工作表', en: 'The Excel file has no worksheet' },
  IMPORT_CSV_QUOTE: {
    zh: 'CSV 格式错误：第 {row} 行的引号没有闭合（或引号用法不对），之后的内容无法分列',
    en: 'Malformed CSV: a quote opened on row {row} is never closed (or is misplaced), so what follows cannot be split into columns',
  },
  IMPORT_CSV_MALFORMED: { zh: 'CSV 格式错误（第 {row} 行）：{reason}', en: 'Malformed CSV (row {row}): {reason}' },
  IMPORT_SEAL_FAILED: {
    zh: '第 {row} 行无法加密保存（{reason}），本次导入未保存任何数据',
    en: 'Row {row} could not be sealed ({reason}); nothing of this import was saved',
  },
  IMPORT_RECORD_TOO_LARGE: {
    zh: '第 {row} 行超过 {limit} 个字符，无法读取；文件可能不是导入模板，或有未闭合的引号',
    en: 'Row {row} is longer than {limit} characters and cannot be read; the file may not be the import template, or a quote is not closed',
  },
} satisfies Record<string, Label>;

export type ImportFileCode = keyof typeof importFileMessages;

/**
 * The whole file is refused. An AppError (400), so the HTTP layer renders it in the caller's language once
 * `importFileMessages` are registered; `label` holds both languages already filled in.
 */
export class ImportFileError extends AppError {
  readonly label: Label;

  constructor(code: ImportFileCode, params: Record<string, unknown> = {}) {
    super(code, 400, params);
    this.label = fill(importFileMessages[code], params);
    this.message = `${code}: ${this.label.en}`;
    this.name = 'ImportFileError';
  }
}

/** Header problems (row 1, or wherever the header is). */
export const headerMessages = {
  HEADER_MISSING_COLUMN: {
    zh: '第 {row} 行（表头）：缺少必填列「{column}」',
    en: 'Row {row} (header): the required column "{column}" is missing',
  },
  HEADER_DUPLICATE_COLUMN: {
    zh: '第 {row} 行（表头）：「{column}」出现了两次（第 {first} 列和第 {second} 列），请删去一列',
    en: 'Row {row} (header): "{column}" appears twice (columns {first} and {second}); remove one',
  },
  HEADER_UNKNOWN_COLUMN: {
    zh: '第 {row} 行（表头）：第 {letter} 列「{text}」不是模板中的列，已忽略',
    en: 'Row {row} (header): column {letter}, "{text}", is not a template column and is ignored',
  },
} satisfies Record<string, Label>;

/** Cell problems; written after "第 N 行「列」：" / "Row N, "Column": ". */
export const rowMessages = {
  REQUIRED: { zh: '必填，不能为空', en: 'is required' },
  TOO_LONG: { zh: '长度为 {length} 个字，超过上限 {max} 个字', en: 'is {length} characters long; at most {max} are allowed' },
  CELL_TOO_LONG: {
    zh: '单元格内容过长（{length} 个字符，上限 {max}），未读取',
    en: 'the cell is too long ({length} characters; the limit is {max}) and was not read',
  },
  CELL_ERROR: { zh: '单元格是公式错误值 {value}', en: 'the cell holds the formula error {value}' },
  DOC_TYPE_UNKNOWN: { zh: '无法识别的证件类型，应为：{allowed}', en: 'unknown document type; use one of: {allowed}' },
  DOC_TYPE_REQUIRED: {
    zh: '证件号码不是 18 位居民身份证号，请填写证件类型',
    en: 'the document number is not an 18-character resident ID number; fill in the document type',
  },
  ID_FORMAT: {
    zh: '居民身份证号应为 18 位：17 位数字加 1 位数字或 X',
    en: 'a resident ID number has 18 characters: 17 digits and a digit or X',
  },
  ID_CHECK_DIGIT: { zh: '校验位错误', en: 'wrong check digit' },
  ID_CHECK_DIGIT_ZEROS: {
    zh: '校验位错误；号码以 000 结尾，可能是 Excel 把它当作数字处理后丢失了末尾数字，请把该列设为文本格式后重新填写',
    en: 'wrong check digit; the number ends in 000, so Excel may have treated it as a number and lost its last digits: format the column as text and enter the number again',
  },
  ID_BIRTH_DATE: { zh: '号码中的出生日期不存在或晚于今天', en: 'the birth date inside the number does not exist or is in the future' },
  ID_AS_NUMBER: {
    zh: '证件号码被 Excel 存成了数字，15 位之后的数字已丢失；请把该列设为文本格式后重新填写',
    en: 'Excel stored the document number as a number and lost the digits after the 15th; format the column as text and enter the number again',
  },
  ID_GENDER_MISMATCH: { zh: '与身份证号不符，号码显示为{expected}', en: 'does not match the ID number, which says {expected}' },
  ID_BIRTH_MISMATCH: { zh: '与身份证号不符，号码中的出生日期是 {expected}', en: 'does not match the ID number, whose birth date is {expected}' },
  DOC_NUMBER_FORMAT: { zh: '{docType}号码格式不正确，应为{expected}', en: 'not a valid {docType} number: expected {expected}' },
  GENDER_UNKNOWN: { zh: '应为“男”或“女”', en: 'must be male or female (男/女, M/F)' },
  DATE_FORMAT: { zh: '不是日期，应写成 YYYY-MM-DD（如 1990-01-31）', en: 'is not a date; write YYYY-MM-DD (e.g. 1990-01-31)' },
  DATE_INVALID: { zh: '日期 {value} 不存在', en: 'the date {value} does not exist' },
  DATE_TOO_EARLY: { zh: '日期 {value} 早于 1880 年', en: 'the date {value} is before 1880' },
  DATE_FUTURE: { zh: '日期 {value} 晚于今天', en: 'the date {value} is in the future' },
  PHONE_FORMAT: {
    zh: '应为 11 位手机号，或带区号的固定电话（如 021-62345678）',
    en: 'must be an 11-digit mobile number or a fixed line with its area code (e.g. 021-62345678)',
  },
  RESIDENCE_UNKNOWN: { zh: '无法识别的居住状态，应为：{allowed}', en: 'unknown residence status; use one of: {allowed}' },
  RELATION_UNKNOWN: { zh: '无法识别的房屋关系，应为：{allowed}', en: 'unknown relation to the house; use one of: {allowed}' },
  COMMITTEE_CODE_FORMAT: { zh: '应为 12 位数字', en: 'must be 12 digits' },
  COMMITTEE_NOT_IN_DISTRICT: { zh: '编码 {value} 不是本区的居委会', en: "{value} is not a residents' committee of this district" },
  DUPLICATE_DOC_NUMBER: {
    zh: '与第 {firstRow} 行的证件号码和地址都相同，是重复行',
    en: 'the same document number and address as row {firstRow}: a duplicate row',
  },
  DOC_NUMBER_DETAILS_DIFFER: {
    zh: '与第 {firstRow} 行的证件号码相同，但姓名、性别、出生日期、民族、电话、居住状态或国籍不同；同一人在多处有房时，各行的个人信息须一致',
    en: 'the same document number as row {firstRow} but a different name, gender, birth date, ethnicity, phone, residence status or nationality; a person tied to several houses must have the same details on every row',
  },
  // The same words whether the number is unknown to the district or registered beyond the importer's reach:
  // the refusal must not tell which, nor where.
  NOT_IN_YOUR_SCOPE: {
    zh: '该证件号码不能由您登记或修改；居民从其他社区迁入的，请由原居委会办理迁出，或请区级管理员核实',
    en: 'you cannot register or change this document number; for a resident who moved from another community, ask their former committee to record the move, or ask the district administrator',
  },
  SAME_PERSON_REFUSED: {
    zh: '同一居民的第 {firstRow} 行未通过，本行一并不导入',
    en: 'row {firstRow} of the same resident was refused, so this row is not imported either',
  },
} satisfies Record<string, Label>;

/** The row error of a row taken out because it reaches a person beyond the importer's scope. */
export function outOfScopeError(r: { row_no: number; field: 'docNumber' | 'headDocNumber'; because_of: number | null }): RowError {
  const column = columnLabel(r.field);
  const code: RowCode = r.because_of === null ? 'NOT_IN_YOUR_SCOPE' : 'SAME_PERSON_REFUSED';
  return { row: r.row_no, field: r.field, column, code, message: cellMessage(r.row_no, column, code, { firstRow: r.because_of }) };
}

export type HeaderCode = keyof typeof headerMessages;
export type RowCode = keyof typeof rowMessages;

/** Fills both sides of a label; a parameter that is itself a label contributes its own side. */
export function fill(label: Label, params: Record<string, unknown> = {}): Label {
  const side = (lang: 'zh' | 'en') =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v !== null && typeof v === 'object' && 'zh' in v && 'en' in v ? (v as Label)[lang] : v]));
  return { zh: format(label.zh, side('zh')), en: format(label.en, side('en')) };
}

/** "第 12 行「证件号码」：校验位错误" / 'Row 12, "Document number": wrong check digit'. */
export function cellMessage(row: number, column: Label, code: RowCode, params: Record<string, unknown> = {}): Label {
  const text = fill(rowMessages[code], params);
  return { zh: `第 ${row} 行「${column.zh}」：${text.zh}`, en: `Row ${row}, "${column.en}": ${text.en}` };
}
