import ExcelJS from 'exceljs';
import { csvLine, safeRow } from '../../../platform/spreadsheet.js';
import { HOTLINE_COLUMNS, HOTLINE_FIELDS } from './hotline.rules.js';

/** A template for hotline order files: the Chinese column names the reader knows, and one example row. */
const EXAMPLE: Record<(typeof HOTLINE_FIELDS)[number], string> = {
  orderNo: 'HL202601050001',
  receivedAt: '2026-01-05 09:30',
  category: 'P0101',
  title: '小区门口垃圾堆放',
  content: '锦绣苑东门外垃圾堆放三天无人清运',
  address: '锦绣苑东门',
  lat: '',
  lng: '',
  unitId: '',
  callerName: '王先生',
  callerPhone: '13912345678',
  anonymous: '否',
  contactShared: '是',
  urgency: '一般',
  dueAt: '2026-01-12 18:00',
};

export function hotlineTemplateCsv(): string {
  const header = HOTLINE_FIELDS.map((f) => HOTLINE_COLUMNS[f].label.zh);
  return `\uFEFF${csvLine(header)}\r\n${csvLine(HOTLINE_FIELDS.map((f) => EXAMPLE[f]))}\r\n`;
}

export async function hotlineTemplateXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('热线工单 Hotline orders');
  sheet.addRow(safeRow(HOTLINE_FIELDS.map((f) => HOTLINE_COLUMNS[f].label.zh))).font = { bold: true };
  sheet.addRow(safeRow(HOTLINE_FIELDS.map((f) => EXAMPLE[f])));
  sheet.columns.forEach((c) => void (c.width = 18));
  // Text cells, so that Excel keeps order numbers and phones as typed.
  for (let c = 1; c <= HOTLINE_FIELDS.length; c++) sheet.getColumn(c).numFmt = '@';
  return Buffer.from(await book.xlsx.writeBuffer());
}
