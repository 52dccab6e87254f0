import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { makeResidentId } from '../id-number.js';
import { COLUMN_KEYS, IMPORT_COLUMNS } from './import.columns.js';
import { INSTRUCTIONS_SHEET, TEMPLATE_EXAMPLE_DOC_NUMBERS, TEMPLATE_SHEET, templateCsv, templateXlsx } from './import.template.js';
import { check } from './import.testkit.js';

describe('import templates', () => {
  it('the xlsx template round-trips: its example rows read and validate', async () => {
    const out = await check(await templateXlsx(), 'xlsx');
    expect(out.headerErrors).toEqual([]);
    expect(out.warnings).toEqual([]);
    expect(out.errors).toEqual([]);
    // Row 2 is the English header, skipped; the examples are rows 3 and 4.
    expect(out.rows.map((r) => r.rowNumber)).toEqual([3, 4]);
    const [head, spouse] = out.rows.map((r) => r.row);
    expect(head!.person).toMatchObject({ name: '张建国', docType: 'resident_id', gender: 'male', birthDate: '1956-03-12', residence: 'registered_living' });
    expect(spouse!).toMatchObject({ relation: 'family', headDocNumber: head!.person.docNumber, relationToHead: '配偶', since: '1998-06-01' });
    expect([...TEMPLATE_EXAMPLE_DOC_NUMBERS]).toEqual([head!.person.docNumber, spouse!.person.docNumber]);
  });

  it('the xlsx template has bilingual headers, dropdowns, text-formatted number columns and an instructions sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([TEMPLATE_SHEET, INSTRUCTIONS_SHEET]);
    const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.zh));
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.en));
    const col = (key: (typeof COLUMN_KEYS)[number]) => COLUMN_KEYS.indexOf(key) + 1;
    expect(ws.getColumn(col('docNumber')).numFmt).toBe('@');
    expect(ws.getColumn(col('headDocNumber')).numFmt).toBe('@');
    expect(ws.getColumn(col('name')).width).toBe(12);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    // exceljs's loader expands the written ranges (B3:B5000) into one entry per cell.
    const at = (key: (typeof COLUMN_KEYS)[number]) => validations[`${ws.getColumn(col(key)).letter}3`];
    expect(validations[`${ws.getColumn(col('docType')).letter}5000`]).toBeDefined();
    expect(at('docType')).toMatchObject({ type: 'list', formulae: ['"居民身份证,护照,港澳居民来往内地通行证,台湾居民来往大陆通行证,外国人永久居留身份证"'] });
    expect(at('gender')?.formulae).toEqual(['"男,女"']);
    expect(at('residence')?.formulae[0]).toContain('户籍在住');
    expect(at('relation')?.formulae[0]).toContain('产权人');
    for (const v of Object.values(validations)) if (v.type === 'list') expect(v.formulae[0]!.length).toBeLessThanOrEqual(257);
    const text = JSON.stringify(wb.getWorksheet(INSTRUCTIONS_SHEET)!.getSheetValues());
    for (const c of IMPORT_COLUMNS) {
      expect(text).toContain(c.zh);
      expect(text).toContain(c.en);
    }
  });

  it('a filled-in template reads as the user typed it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(TEMPLATE_SHEET)!;
    // The user overwrites the first example and clears the second.
    ws.getRow(4).eachCell((c) => (c.value = null));
    ws.getRow(3).values = [
      '王芳',
      '',
      makeResidentId('310106', '1990-07-15', 46),
      '',
      new Date(Date.UTC(1990, 6, 15)),
      '',
      '13812345678',
      '来沪人员（居住证）',
      '',
      '310106001002',
      '华山小区',
      '3号',
      '1202',
      '承租人',
      '2023/3/1',
    ];
    const out = await check(Buffer.from(await wb.xlsx.writeBuffer()), 'xlsx');
    expect(out.errors).toEqual([]);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]!.row).toMatchObject({
      person: { name: '王芳', docType: 'resident_id', gender: 'female', birthDate: '1990-07-15', residence: 'migrant', phone: '13812345678' },
      address: { committeeCode: '310106001002', compound: '华山小区', building: '3号', room: '1202' },
      relation: 'tenant',
      since: '2023-03-01',
    });
  });

  it('the csv template is UTF-8 with a BOM, a Chinese header and one valid example row', async () => {
    const csv = templateCsv();
    expect(csv.startsWith('\uFEFF姓名,证件类型,证件号码,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    const out = await check(csv, 'csv');
    expect(out.errors).toEqual([]);
    expect(out.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(out.rows[0]!.row.person.name).toBe('张建国');
  });
});
