import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../platform/profiles.js';
import { parseCategories } from '../category.catalog.js';
import { readHotlineFile } from './hotline.reader.js';
import { checkHotline, HOTLINE_COLUMNS, type HOTLINE_FIELDS } from './hotline.rules.js';

const categories = parseCategories(loadProfile('jingan').catalogs.find((c) => c.name === 'problem-categories'));
const now = new Date('2026-01-05T08:00:00Z');

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('热线工单');
  sheet.addRow(
    ['orderNo', 'receivedAt', 'category', 'content', 'address', 'urgency'].map((f) => HOTLINE_COLUMNS[f as (typeof HOTLINE_FIELDS)[number]].label.zh),
  );
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('hotline files with formula errors', () => {
  it('reports a cell holding #REF!, #N/A, #DIV/0!… as that error, by field, in both languages', async () => {
    const file = await workbook([
      ['HL001', '2026-01-05 09:30', 'P0101', { formula: 'VLOOKUP(A2,诉求!A:B,2,0)', result: { error: '#N/A' } }, '锦绣苑东门', '一般'],
      ['HL002', { formula: 'B2+"x"', result: { error: '#VALUE!' } }, { error: '#REF!' }, '垃圾堆放', { formula: '1/0', result: { error: '#DIV/0!' } }, '一般'],
      ['HL003', '2026-01-05 09:30', 'P0101', '垃圾堆放', '锦绣苑东门', '一般'],
    ]);
    const rows = await readHotlineFile(file, 'hotline.xlsx');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    const checked = rows.map((r) => checkHotline(r.fields, categories, now));
    const errors = checked.map((c) => (c.ok ? [] : c.errors.map((e) => [e.field, e.code, e.value])));
    expect(errors).toEqual([
      [['content', 'CELL_ERROR', '#N/A']],
      // The broken cells only: no "required" or "no place given" on top of them.
      [
        ['receivedAt', 'CELL_ERROR', '#VALUE!'],
        ['category', 'CELL_ERROR', '#REF!'],
        ['address', 'CELL_ERROR', '#DIV/0!'],
      ],
      [],
    ]);
    const first = checked[0]!;
    expect(!first.ok && first.errors[0]!.message).toEqual({ zh: '“诉求内容”单元格是公式错误 #N/A', en: '"Content": the cell holds the formula error #N/A' });
    // Never as "[object Object]" or quietly empty.
    expect(JSON.stringify(rows)).not.toContain('[object Object]');
  });
});
