/**
 * The downloadable people import templates.
 *
 * XLSX: sheet "居民 Residents" with the Chinese header on row 1 and the English header on row 2 (the reader
 * recognises row 2 as a repeat of the header and skips it, so data starts on row 3), two example rows, dropdowns
 * for the vocabulary columns, text format on the number columns so Excel keeps every digit of an ID; and a
 * sheet "说明 Instructions" describing each column in both languages.
 *
 * CSV: UTF-8 with a BOM (without it Excel reads the file as the local ANSI code page and garbles Chinese), the
 * Chinese header and one example row.
 */
import ExcelJS from 'exceljs';
import { csvField, safeRow } from '../../../platform/spreadsheet.js';
import { makeResidentId } from '../id-number.js';
import {
  COLUMN_KEYS,
  DOC_TYPE_VOCAB,
  GENDER_VOCAB,
  IMPORT_COLUMNS,
  RELATION_VOCAB,
  RESIDENCE_VOCAB,
  columnLetter,
  type ColumnKey,
  type VocabEntry,
} from './import.columns.js';

export const TEMPLATE_SHEET = '居民 Residents';
export const INSTRUCTIONS_SHEET = '说明 Instructions';
/** Rows of the data sheet that carry dropdowns and formats. */
const TEMPLATE_ROWS = 5000;

type ExampleValue = string | Date;

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const EXAMPLE_HEAD = makeResidentId('310106', '1956-03-12', 13); // odd sequence: male
const EXAMPLE_SPOUSE = makeResidentId('310106', '1958-11-05', 24); // even sequence: female

/**
 * The document numbers of the template's example rows. They are valid (the template round-trips), so a file
 * uploaded with the examples left in would import two fictitious people: callers may warn about these.
 */
export const TEMPLATE_EXAMPLE_DOC_NUMBERS: ReadonlySet<string> = new Set([EXAMPLE_HEAD, EXAMPLE_SPOUSE]);

/** Two synthetic people in one household; their ID numbers are made with valid check digits. */
function examples(): Record<ColumnKey, ExampleValue>[] {
  const head = EXAMPLE_HEAD;
  const spouse = EXAMPLE_SPOUSE;
  const common = { residence: '户籍在住', nationality: '中国', committeeCode: '310106001001', compound: '静安新村', building: '12号', room: '301' };
  return [
    {
      name: '张建国',
      docType: '居民身份证',
      docNumber: head,
      gender: '男',
      birthDate: utcDate('1956-03-12'),
      ethnicity: '汉族',
      phone: '13900001234',
      ...common,
      relation: '产权人',
      since: utcDate('1998-06-01'),
      headDocNumber: head,
      relationToHead: '户主',
    },
    {
      name: '李秀英',
      docType: '居民身份证',
      docNumber: spouse,
      gender: '女',
      birthDate: utcDate('1958-11-05'),
      ethnicity: '汉族',
      phone: '021-62345678',
      ...common,
      relation: '家庭成员',
      since: utcDate('1998-06-01'),
      headDocNumber: head,
      relationToHead: '配偶',
    },
  ];
}

const VOCAB_OF: Partial<Record<ColumnKey, readonly VocabEntry<string>[]>> = {
  docType: DOC_TYPE_VOCAB,
  gender: GENDER_VOCAB,
  residence: RESIDENCE_VOCAB,
  relation: RELATION_VOCAB,
};

const ymd = (v: ExampleValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

export async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Linli 邻里';
  wb.created = new Date(Date.UTC(2024, 0, 1));
  const ws = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });

  ws.columns = IMPORT_COLUMNS.map((c) => ({
    key: c.key,
    width: c.width,
    // Text format: Excel keeps an 18-digit ID or a leading 0 instead of turning it into a number.
    style: c.kind === 'docNumber' || c.kind === 'phone' || c.kind === 'code' ? { numFmt: '@' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));

  const zh = ws.getRow(1);
  const en = ws.getRow(2);
  IMPORT_COLUMNS.forEach((c, i) => {
    const top = zh.getCell(i + 1);
    top.value = c.zh;
    top.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    top.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFDE9D9' : 'FFEDEDED' } };
    top.alignment = { horizontal: 'center', vertical: 'middle' };
    top.note = `${c.required ? '必填 Required. ' : ''}${c.help.zh}\n${c.help.en}`;
    const bottom = en.getCell(i + 1);
    bottom.value = c.en;
    bottom.font = { italic: true, color: { argb: 'FF595959' } };
    bottom.fill = top.fill;
    bottom.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  en.height = 30;

  for (const example of examples()) {
    const row = ws.addRow(safeRow(COLUMN_KEYS.map((k) => example[k])));
    row.font = { color: { argb: 'FF7F7F7F' } };
  }

  // Worksheet.dataValidations exists at runtime (exceljs 4) but is missing from its typings.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [key, vocab] of Object.entries(VOCAB_OF) as [ColumnKey, readonly VocabEntry<string>[]][]) {
    const letter = columnLetter(COLUMN_KEYS.indexOf(key));
    validations.add(`${letter}3:${letter}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: true,
      // An inline list: at most 255 characters, no commas inside a label.
      formulae: [`"${vocab.map((e) => e.label.zh).join(',')}"`],
      showErrorMessage: true,
      // A warning, not a stop: English labels and codes are accepted too.
      errorStyle: 'warning',
      errorTitle: '不在列表中 Not in the list',
      error: `请从列表中选择。Pick from the list: ${vocab.map((e) => e.label.en).join(', ')}`,
    });
  }
  const codeLetter = columnLetter(COLUMN_KEYS.indexOf('committeeCode'));
  validations.add(`${codeLetter}3:${codeLetter}${TEMPLATE_ROWS}`, {
    type: 'textLength',
    operator: 'equal',
    allowBlank: true,
    formulae: [12],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: '居委会编码 Committee code',
    error: '应为 12 位数字 Must be 12 digits',
  });

  instructions(wb.addWorksheet(INSTRUCTIONS_SHEET));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function instructions(ws: ExcelJS.Worksheet): void {
  ws.columns = [{ width: 8 }, { width: 16 }, { width: 26 }, { width: 14 }, { width: 50 }, { width: 60 }, { width: 40 }];
  const title = ws.addRow(['居民信息导入模板说明 People import template: instructions']);
  title.font = { bold: true, size: 14 };
  const notes: [string, string][] = [
    [
      '在“居民 Residents”表中填写，每行一人一房；第 1 行中文表头、第 2 行英文表头请勿修改，从第 3 行起填写，示例行（灰色）请删除或改写。',
      'Fill in the "居民 Residents" sheet, one person and house per row. Keep row 1 (Chinese headers) and row 2 (English headers); start at row 3, and delete or overwrite the grey example rows.',
    ],
    [
      '表头也可只用中文或只用英文（如导出自其他系统）；列的顺序不限，模板以外的列会被忽略。',
      'The header may also be in Chinese only or English only, in any column order; columns not in the template are ignored.',
    ],
    [
      '红色表头为必填列。证件号码、户主证件号码、联系电话、居委会编码列为文本格式，请勿改为数字格式：Excel 的数字只保留 15 位，身份证号会丢失末尾数字。',
      "Red headers are required. The document number, head's document number, phone and committee code columns are text: do not change them to a number format, as Excel keeps only 15 digits of a number and an ID would lose its last digits.",
    ],
    [
      '导入时先逐行校验，错误报告会指出行号和列名；同一证件号码在文件中出现两次会报错。',
      'Every row is checked first; the report names the row and the column of each error. The same document number twice in a file is an error.',
    ],
    ['也可上传 CSV 文件：请用 Excel“另存为”→“CSV UTF-8（逗号分隔）”。', 'CSV files are accepted too: in Excel use Save As → "CSV UTF-8 (Comma delimited)".'],
  ];
  for (const [zhNote, enNote] of notes) {
    ws.addRow([zhNote]).alignment = { wrapText: true };
    ws.addRow([enNote]).font = { italic: true, color: { argb: 'FF595959' } };
  }
  ws.addRow([]);
  const head = ws.addRow(['列 Col', '列名', 'Header', '必填 Required', '说明', 'Description', '可选值 Allowed values']);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } }));
  IMPORT_COLUMNS.forEach((c, i) => {
    const vocab = VOCAB_OF[c.key];
    const allowed = vocab ? vocab.map((e) => `${e.label.zh} ${e.label.en}`).join('\n') : '';
    const row = ws.addRow([columnLetter(i), c.zh, c.en, c.required ? '是 Yes' : '否 No', c.help.zh, c.help.en, allowed]);
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

export function templateCsv(): string {
  const header = IMPORT_COLUMNS.map((c) => csvField(c.zh)).join(',');
  const example = examples()[0]!;
  const row = COLUMN_KEYS.map((k) => csvField(ymd(example[k]))).join(',');
  return `\uFEFF${header}\r\n${row}\r\n`;
}
