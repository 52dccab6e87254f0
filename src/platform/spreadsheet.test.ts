import { describe, expect, it } from 'vitest';
import { csvField, csvLine, safeCell, safeRow } from './spreadsheet.js';

describe('spreadsheet cells', () => {
  it('turns a text that would open as a formula into text (OWASP CSV injection)', () => {
    expect(safeCell('=HYPERLINK("http://evil.example","点我")')).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(safeCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(safeCell('王芳')).toBe('王芳');
    expect(safeCell('a=1')).toBe('a=1');
    expect(safeCell('')).toBe('');
  });

  it('leaves numbers, negative ones too, dates and empty cells as they are', () => {
    expect(safeCell(-42)).toBe(-42);
    expect(safeCell(3.5)).toBe(3.5);
    const day = new Date('2026-01-05');
    expect(safeCell(day)).toBe(day);
    expect(safeCell(null)).toBe(null);
    expect(safeRow({ id: 7, name: '-1', age: -1 })).toEqual({ id: 7, name: "'-1", age: -1 });
    expect(safeRow(['=A1', 2, undefined])).toEqual(["'=A1", 2, undefined]);
  });

  it('writes CSV fields made safe, then quoted', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvLine(['姓名', '@cmd', 5])).toBe("姓名,'@cmd,5");
  });
});
