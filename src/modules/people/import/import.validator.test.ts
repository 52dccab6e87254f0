import { describe, expect, it } from 'vitest';
import { makeResidentId } from '../id-number.js';
import { COLUMN_KEYS, IMPORT_COLUMNS, resolveHeader, type ColumnKey } from './import.columns.js';
import { markCell } from './import.reader.js';
import { brief, check, csvOf, enHeader, person, TODAY, xlsxOf, type RowValues } from './import.testkit.js';
import { mapHeader, parseDate, RowValidator, type RowError } from './import.validator.js';

const columns = [...COLUMN_KEYS];
const cellsOf = (r: RowValues) => COLUMN_KEYS.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k])));

function validate(r: RowValues, opts: { row?: number; validator?: RowValidator } = {}) {
  const v = opts.validator ?? new RowValidator({ today: TODAY });
  return v.validate(opts.row ?? 2, cellsOf(r), columns);
}

function errorsOf(r: RowValues, row = 2): RowError[] {
  const result = validate(r, { row });
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('header mapping', () => {
  it('accepts Chinese, English, keys, synonyms and both languages in one cell, in any order', () => {
    for (const c of IMPORT_COLUMNS) {
      expect(resolveHeader(c.zh)).toBe(c.key);
      expect(resolveHeader(c.en)).toBe(c.key);
      expect(resolveHeader(c.key)).toBe(c.key);
      expect(resolveHeader(`${c.zh}\n${c.en}`)).toBe(c.key);
      expect(resolveHeader(` ${c.en.toUpperCase()} `)).toBe(c.key);
    }
    expect(resolveHeader('身份证号')).toBe('docNumber');
    expect(resolveHeader('证件号码*')).toBe('docNumber');
    expect(resolveHeader('姓名（Name）')).toBe('name');
    expect(resolveHeader('户主证件号码')).toBe('headDocNumber');
    expect(resolveHeader('备注')).toBeNull();
    const shuffled = [...enHeader()].reverse();
    const m = mapHeader(shuffled);
    expect(m.ok && m.columns).toEqual([...COLUMN_KEYS].reverse());
  });

  it('names each missing required column and each duplicate; unknown columns are warnings', () => {
    const m = mapHeader(['姓名', '备注', '证件号码', 'Name', '', '小区']);
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.errors.map(brief)).toEqual([
      { row: 1, field: 'name', code: 'HEADER_DUPLICATE_COLUMN' },
      { row: 1, field: 'residence', code: 'HEADER_MISSING_COLUMN' },
      { row: 1, field: 'committeeCode', code: 'HEADER_MISSING_COLUMN' },
      { row: 1, field: 'building', code: 'HEADER_MISSING_COLUMN' },
      { row: 1, field: 'room', code: 'HEADER_MISSING_COLUMN' },
    ]);
    expect(m.errors[0]!.message).toEqual({
      zh: '第 1 行（表头）：「姓名」出现了两次（第 A 列和第 D 列），请删去一列',
      en: 'Row 1 (header): "Name" appears twice (columns A and D); remove one',
    });
    expect(m.errors[1]!.message).toEqual({
      zh: '第 1 行（表头）：缺少必填列「居住状态」',
      en: 'Row 1 (header): the required column "Residence status" is missing',
    });
    expect(m.warnings.map((w) => [w.code, w.value, w.message.zh])).toEqual([
      ['HEADER_UNKNOWN_COLUMN', '备注', '第 1 行（表头）：第 B 列「备注」不是模板中的列，已忽略'],
    ]);
  });
});

describe('row validation', () => {
  it('accepts a valid row, fills gender and birth date from the ID, and normalises values', () => {
    const id = makeResidentId('310106', '1956-03-12', 13);
    const result = validate(
      person(1, {
        docType: '',
        docNumber: ` ${id.slice(0, 6)} ${id.slice(6)} `,
        phone: '+86 139 0000 1234',
        relation: '',
        compound: '静安新村　',
        building: '１２号',
        since: '2001/6/1',
      }),
    );
    expect(result).toEqual({
      ok: true,
      row: {
        person: {
          name: '居民1',
          docType: 'resident_id',
          docNumber: id,
          gender: 'male',
          birthDate: '1956-03-12',
          ethnicity: '汉族',
          phone: '13900001234',
          residence: 'registered_living',
          nationality: '中国',
        },
        address: { committeeCode: '310106001001', compound: '静安新村', building: '12号', room: '102' },
        relation: 'resident',
        since: '2001-06-01',
        headDocNumber: null,
        relationToHead: null,
      },
    });
  });

  it('reports every error of a row, each naming the row and the field in both languages', () => {
    const errors = errorsOf(
      {
        name: 'x'.repeat(51),
        docType: '',
        docNumber: '310106195603120131', // wrong check digit (…132 is right)
        gender: '未知',
        birthDate: '一九五六年',
        phone: '12345',
        residence: '常住',
        committeeCode: '3101060010',
        compound: '',
        building: '1号',
        room: '',
        relation: '朋友',
        since: '2031-01-01',
        headDocNumber: 'ABC',
        relationToHead: '这是一个超过二十个字的与户主关系描述文字真的很长',
      },
      12,
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['name', 'TOO_LONG'],
      ['docNumber', 'ID_CHECK_DIGIT'],
      ['gender', 'GENDER_UNKNOWN'],
      ['birthDate', 'DATE_FORMAT'],
      ['phone', 'PHONE_FORMAT'],
      ['residence', 'RESIDENCE_UNKNOWN'],
      ['committeeCode', 'COMMITTEE_CODE_FORMAT'],
      ['compound', 'REQUIRED'],
      ['room', 'REQUIRED'],
      ['relation', 'RELATION_UNKNOWN'],
      ['since', 'DATE_FUTURE'],
      ['headDocNumber', 'DOC_NUMBER_FORMAT'],
      ['relationToHead', 'TOO_LONG'],
    ]);
    expect(errors.every((e) => e.row === 12)).toBe(true);
    const checkDigit = errors.find((e) => e.code === 'ID_CHECK_DIGIT')!;
    expect(checkDigit.message).toEqual({ zh: '第 12 行「证件号码」：校验位错误', en: 'Row 12, "Document number": wrong check digit' });
    expect(checkDigit.column).toEqual({ zh: '证件号码', en: 'Document number' });
    expect(checkDigit.value).toBe('310106********0131');
    expect(errors.find((e) => e.field === 'phone')!.value).toBe('*****');
    expect(errors.find((e) => e.field === 'residence')!.message.zh).toBe(
      '第 12 行「居住状态」：无法识别的居住状态，应为：户籍在住、人户分离（户在人不在）、来沪人员（居住证）、境外人员',
    );
    expect(errors.find((e) => e.field === 'since')!.message.en).toBe('Row 12, "Since": the date 2031-01-01 is in the future');
  });

  it('checks gender and birth date against a resident ID', () => {
    const id = makeResidentId('310106', '1988-11-05', 24); // female
    expect(errorsOf(person(1, { docNumber: id, gender: '男', birthDate: '1988-11-06' })).map((e) => [e.field, e.code, e.message.zh])).toEqual([
      ['gender', 'ID_GENDER_MISMATCH', '第 2 行「性别」：与身份证号不符，号码显示为女'],
      ['birthDate', 'ID_BIRTH_MISMATCH', '第 2 行「出生日期」：与身份证号不符，号码中的出生日期是 1988-11-05'],
    ]);
    expect(validate(person(1, { docNumber: id, gender: 'F', birthDate: '1988/11/5' })).ok).toBe(true);
    expect(validate(person(1, { docNumber: id, gender: 'female', birthDate: '19881105' })).ok).toBe(true);
  });

  it('names the ID problem: format, impossible birth date, a number Excel has rounded', () => {
    const code = (docNumber: string) => errorsOf(person(1, { docNumber })).map((e) => e.code);
    expect(code('31010619560312013')).toEqual(['ID_FORMAT']);
    expect(code('310106195602300131')).toEqual(['ID_BIRTH_DATE']);
    expect(code('310106203001010131')).toEqual(['ID_BIRTH_DATE']);
    expect(code('3.10106E+17')).toEqual(['ID_AS_NUMBER']);
    const zeros = errorsOf(person(1, { docNumber: '310106195603120000' }))[0]!;
    expect(zeros.code).toBe('ID_CHECK_DIGIT');
    expect(zeros.message.en).toContain('Excel may have treated it as a number');
    const lossy = errorsOf(person(1, { docNumber: markCell({ kind: 'LOSSY_NUMBER', text: '310106195603120000' }) }))[0]!;
    expect(lossy).toMatchObject({ field: 'docNumber', code: 'ID_AS_NUMBER', value: '310106********0000' });
    expect(lossy.message.zh).toBe('第 2 行「证件号码」：证件号码被 Excel 存成了数字，15 位之后的数字已丢失；请把该列设为文本格式后重新填写');
  });

  it('validates the other document types by their formats, and needs a type when the number is not a resident ID', () => {
    const ok = (docType: string, docNumber: string) => validate(person(1, { docType, docNumber, residence: '境外人员' })).ok;
    expect(ok('护照', 'E12345678')).toBe(true);
    expect(ok('passport', 'e1234')).toBe(true);
    expect(ok('护照', 'E-123')).toBe(false);
    expect(ok('港澳居民来往内地通行证', 'H12345678')).toBe(true);
    expect(ok('回乡证', 'M1234567890')).toBe(true);
    expect(ok('hk_macao_permit', 'H1234567')).toBe(false);
    expect(ok('台胞证', '12345678')).toBe(true);
    expect(ok('Taiwan permit', '1234567')).toBe(false);
    expect(ok('外国人永久居留身份证', 'USA123456789012')).toBe(true);
    expect(ok('永居证', '911234567890123456')).toBe(true);
    expect(ok('永居证', '9112345678901234')).toBe(false);
    const e = errorsOf(person(1, { docType: '港澳通行证', docNumber: 'X123' }))[0]!;
    expect(e.message).toEqual({
      zh: '第 2 行「证件号码」：港澳通行证号码格式不正确，应为 H 或 M 加 8 位（或 10 位）数字',
      en: 'Row 2, "Document number": not a valid Hong Kong/Macao permit number: expected H or M followed by 8 (or 10) digits',
    });
    expect(errorsOf(person(1, { docType: '', docNumber: 'E12345678' })).map((x) => [x.field, x.code])).toEqual([['docType', 'DOC_TYPE_REQUIRED']]);
    expect(errorsOf(person(1, { docType: '驾照' })).map((x) => [x.field, x.code])).toEqual([['docType', 'DOC_TYPE_UNKNOWN']]);
  });

  it('accepts the vocabularies in Chinese, English and as codes', () => {
    for (const [residence, relation] of [
      ['户籍在住', '产权人'],
      ['Registered here, living elsewhere', 'Tenant'],
      ['migrant', 'family'],
      ['人户分离', '租户'],
    ]) {
      expect(validate(person(1, { residence, relation })).ok).toBe(true);
    }
  });

  it('reads dates in the usual forms and refuses the rest', () => {
    expect(parseDate('2020-01-31')).toEqual({ ok: true, date: '2020-01-31' });
    expect(parseDate('2020/1/3')).toEqual({ ok: true, date: '2020-01-03' });
    expect(parseDate('2020年1月3日')).toEqual({ ok: true, date: '2020-01-03' });
    expect(parseDate('2020.01.03')).toEqual({ ok: true, date: '2020-01-03' });
    expect(parseDate('20200103')).toEqual({ ok: true, date: '2020-01-03' });
    expect(parseDate('2020-01-03 00:00:00')).toEqual({ ok: true, date: '2020-01-03' });
    expect(parseDate('43832')).toEqual({ ok: true, date: '2020-01-02' }); // Excel serial
    expect(parseDate('2020-02-30')).toEqual({ ok: false, code: 'DATE_INVALID' });
    expect(parseDate('1850-01-01')).toEqual({ ok: false, code: 'DATE_TOO_EARLY' });
    expect(parseDate('1990')).toEqual({ ok: false, code: 'DATE_FORMAT' });
    expect(parseDate('yesterday')).toEqual({ ok: false, code: 'DATE_FORMAT' });
  });

  it('checks phones: mobiles and fixed lines with area codes', () => {
    for (const phone of ['13800138000', '021-62345678', '02162345678', '0571-8765432', '(021) 6234 5678']) expect(validate(person(1, { phone })).ok).toBe(true);
    for (const phone of ['12800138000', '1380013800', '62345678', '021-123']) expect(validate(person(1, { phone })).ok).toBe(false);
  });

  it('checks committee codes against the district when a list is given', () => {
    const validator = new RowValidator({ today: TODAY, districtCommitteeCodes: new Set(['310106001001']) });
    expect(validate(person(1), { validator }).ok).toBe(true);
    const result = validate(person(2, { committeeCode: '310101001001' }), { validator });
    expect(!result.ok && result.errors.map(brief)).toEqual([{ row: 2, field: 'committeeCode', code: 'COMMITTEE_NOT_IN_DISTRICT' }]);
  });

  it('reports reader markers as field errors', () => {
    const errors = errorsOf(
      person(1, {
        name: markCell({ kind: 'TOO_LONG', length: 1048576, max: 500, preview: '张'.repeat(20) }),
        compound: markCell({ kind: 'CELL_ERROR', text: '#N/A' }),
      }),
      7,
    );
    expect(errors.map((e) => [e.field, e.code, e.message.zh])).toEqual([
      ['name', 'CELL_TOO_LONG', '第 7 行「姓名」：单元格内容过长（1048576 个字符，上限 500），未读取'],
      ['compound', 'CELL_ERROR', '第 7 行「小区」：单元格是公式错误值 #N/A'],
    ]);
  });

  it('finds the same document number twice and names the first row', () => {
    const validator = new RowValidator({ today: TODAY });
    const a = person(1);
    expect(validate(a, { validator, row: 2 }).ok).toBe(true);
    expect(validate(person(2), { validator, row: 3 }).ok).toBe(true);
    const again = validate({ ...a, docNumber: String(a.docNumber).toLowerCase() }, { validator, row: 9 });
    expect(!again.ok && again.errors.map((e) => [e.row, e.field, e.code, e.message.zh])).toEqual([
      [9, 'docNumber', 'DUPLICATE_DOC_NUMBER', '第 9 行「证件号码」：与第 2 行的证件号码和地址都相同，是重复行'],
    ]);
    expect(validate(person(3, { docType: '护照', docNumber: 'E1234567' }), { validator, row: 10 }).ok).toBe(true);
    const passportAgain = validate(person(3, { docType: 'passport', docNumber: 'e1234567' }), { validator, row: 11 });
    expect(!passportAgain.ok && passportAgain.errors[0]!.message.en).toBe(
      'Row 11, "Document number": the same document number and address as row 10: a duplicate row',
    );
  });

  it('lets a person appear again for another house, with the same details, and refuses different details', () => {
    const validator = new RowValidator({ today: TODAY });
    const a = person(1);
    expect(validate(a, { validator, row: 2 }).ok).toBe(true);
    const owned = validate({ ...a, compound: '另一小区', relation: '产权人' }, { validator, row: 3 });
    expect(owned.ok && owned.repeatOf).toBe(2);
    const other = validate({ ...a, compound: '第三小区', name: '别人' }, { validator, row: 4 });
    expect(!other.ok && other.errors.map((e) => [e.field, e.code, e.message.zh])).toEqual([
      [
        'docNumber',
        'DOC_NUMBER_DETAILS_DIFFER',
        '第 4 行「证件号码」：与第 2 行的证件号码相同，但姓名、性别、出生日期、民族、电话、居住状态或国籍不同；同一人在多处有房时，各行的个人信息须一致',
      ],
    ]);
    // A refused row is not remembered: the next row of the same number stands on its own.
    const bad = new RowValidator({ today: TODAY });
    expect(validate({ ...a, birthDate: 'abc' }, { validator: bad, row: 2 }).ok).toBe(false);
    const retry = validate(a, { validator: bad, row: 3 });
    expect(retry.ok && retry.repeatOf).toBe(undefined);
  });

  it('keeps exact track of many resident IDs', () => {
    const validator = new RowValidator({ today: TODAY });
    const ids = new Set<string>();
    let dup = 0;
    for (let n = 0; n < 50_000; n++) {
      const docNumber = makeResidentId(String(110000 + (n % 7919)), `19${String(30 + (n % 70)).padStart(2, '0')}-01-01`, n % 1000);
      const result = validator.validate(n + 2, cellsOf(person(n, { docNumber })), columns);
      if (ids.has(docNumber)) {
        dup++;
        expect(!result.ok && result.errors[0]!.code).toBe('DUPLICATE_DOC_NUMBER');
      } else expect(result.ok).toBe(true);
      ids.add(docNumber);
    }
    expect(dup).toBe(0);
  });
});

describe('whole files', () => {
  const good = (n: number, o: RowValues = {}) => person(n, o);

  it('a malformed CSV: bad check digits, wrong types, duplicates — each error names row and field', async () => {
    const rows = [
      good(1),
      good(2, { docNumber: '310106195603120131' }),
      good(3, { birthDate: 'abc', since: '2020-13-01' }),
      good(1, { name: '重复' }),
      good(5),
    ];
    const out = await check(csvOf(rows), 'csv');
    expect(out.headerErrors).toEqual([]);
    expect(out.rows.map((r) => r.rowNumber)).toEqual([2, 6]);
    expect(out.errors.map(brief)).toEqual([
      { row: 3, field: 'docNumber', code: 'ID_CHECK_DIGIT' },
      { row: 4, field: 'birthDate', code: 'DATE_FORMAT' },
      { row: 4, field: 'since', code: 'DATE_INVALID' },
      { row: 5, field: 'docNumber', code: 'DUPLICATE_DOC_NUMBER' },
    ]);
    expect(out.errors[3]!.message.zh).toBe('第 5 行「证件号码」：与第 2 行的证件号码和地址都相同，是重复行');
  });

  it('a formula error in a workbook is named as itself, by row and column', async () => {
    const rows = [
      good(1),
      good(2, { compound: { formula: 'VLOOKUP(A3,小区表!A:B,2,0)', result: { error: '#REF!' } } as never }),
      good(3, { name: { error: '#N/A' } as never }),
    ];
    const out = await check(await xlsxOf(rows), 'xlsx');
    expect(out.errors.map(brief)).toEqual([
      { row: 3, field: 'compound', code: 'CELL_ERROR' },
      { row: 4, field: 'name', code: 'CELL_ERROR' },
    ]);
    expect(out.errors.map((e) => e.message.zh)).toEqual(['第 3 行「小区」：单元格是公式错误值 #REF!', '第 4 行「姓名」：单元格是公式错误值 #N/A']);
    expect(out.errors[0]!.message.en).toContain('the formula error #REF!');
  });

  it('missing columns stop the file at the header with one error per column', async () => {
    const keys = COLUMN_KEYS.filter((k) => k !== 'residence' && k !== 'room');
    const out = await check(csvOf([good(1)], { keys }), 'csv');
    expect(out.headerErrors.map(brief)).toEqual([
      { row: 1, field: 'residence', code: 'HEADER_MISSING_COLUMN' },
      { row: 1, field: 'room', code: 'HEADER_MISSING_COLUMN' },
    ]);
    expect(out.rows).toEqual([]);
  });

  it('only the required columns are needed, and English headers work as well as Chinese', async () => {
    const keys: ColumnKey[] = ['name', 'docNumber', 'residence', 'committeeCode', 'compound', 'building', 'room'];
    const en = keys.map((k) => IMPORT_COLUMNS.find((c) => c.key === k)!.en);
    for (const data of [
      csvOf([good(1), good(2)], { keys }),
      csvOf([good(1), good(2)], { keys, header: en }),
      await xlsxOf([good(1), good(2)], { keys, header: en }),
    ]) {
      const out = await check(data, typeof data === 'string' ? 'csv' : 'xlsx');
      expect(out.errors).toEqual([]);
      expect(out.rows).toHaveLength(2);
      expect(out.rows[0]!.row.relation).toBe('resident');
    }
  });

  it('a CSV with BOM and CRLF, and one without BOM with LF, give the same rows', async () => {
    const rows = [good(1), good(2, { compound: '静安, "新村"' })];
    const a = await check(csvOf(rows, { eol: '\r\n' }), 'csv');
    const b = await check(csvOf(rows, { eol: '\n', bom: false }), 'csv');
    expect(a.errors).toEqual([]);
    expect(a.rows).toEqual(b.rows);
    expect(a.rows[1]!.row.address.compound).toBe('静安, "新村"');
  });

  it('an XLSX with a number-typed ID column: digits lost, reported per row', async () => {
    const id1 = makeResidentId('310106', '1956-03-12', 13);
    const buf = await xlsxOf([
      good(1, { docNumber: Number(id1) as unknown as string }),
      good(2, { headDocNumber: Number(id1) as unknown as string, phone: 13900001234 as unknown as string, committeeCode: 310106001001 as unknown as string }),
    ]);
    const out = await check(buf, 'xlsx');
    expect(out.errors.map(brief)).toEqual([
      { row: 2, field: 'docNumber', code: 'ID_AS_NUMBER' },
      { row: 3, field: 'headDocNumber', code: 'ID_AS_NUMBER' },
    ]);
    expect(out.errors.every((e) => !e.value || e.value.includes('*'))).toBe(true);
  });

  it('an XLSX with real date cells and a date-typed text column', async () => {
    const buf = await xlsxOf([good(1, { birthDate: null, since: new Date(Date.UTC(2010, 4, 6)) }), good(2, { since: '上个月' })]);
    const out = await check(buf, 'xlsx');
    expect(out.rows[0]!.row.since).toBe('2010-05-06');
    expect(out.errors.map((e) => [e.row, e.field, e.code, e.message.en])).toEqual([
      [3, 'since', 'DATE_FORMAT', 'Row 3, "Since": is not a date; write YYYY-MM-DD (e.g. 1990-01-31)'],
    ]);
  });

  it('a 1 MB cell is a row error naming row and field, and the other rows go through', async () => {
    const huge = '张'.repeat(1024 * 1024);
    for (const data of [csvOf([good(1), good(2, { compound: huge }), good(3)]), await xlsxOf([good(1), good(2, { compound: huge }), good(3)])]) {
      const out = await check(data, typeof data === 'string' ? 'csv' : 'xlsx');
      expect(out.rows.map((r) => r.rowNumber)).toEqual([2, 4]);
      expect(out.errors.map(brief)).toEqual([{ row: 3, field: 'compound', code: 'CELL_TOO_LONG' }]);
      expect(out.errors[0]!.message.en).toBe(`Row 3, "Compound": the cell is too long (${huge.length} characters; the limit is 500) and was not read`);
      expect(out.errors[0]!.value!.length).toBeLessThanOrEqual(21);
    }
  });
});
