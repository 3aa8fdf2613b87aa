import { describe, expect, it } from 'vitest';
import { csvCell, delimitedCell, neutralise, restoreNeutralised } from '../../../electron/services/csv/csv-cell';

describe('CSV cells', () => {
  it('neutralise what a spreadsheet would run, and quote what holds the delimiter, a quote or a line break', () => {
    expect(['=1+1', '+41 79', '-3', '@SUM(A1)', '\tx', 'plain'].map(neutralise)).toEqual(["'=1+1", "'+41 79", "'-3", "'@SUM(A1)", "'\tx", 'plain']);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(delimitedCell('a,b', ';')).toBe('a,b');
    expect(delimitedCell('a;b', ';')).toBe('"a;b"');
    expect(delimitedCell('a|b', '|')).toBe('"a|b"');
    expect(delimitedCell('two\nlines', '|')).toBe('"two\nlines"');
  });

  it('read back a neutralised cell as the value it stands for, and leave every other apostrophe alone', () => {
    for (const value of ['=1+1', '+41 79 000 00 00', '-3', '@home', '\tx', 'plain', "O'Brien", "'quoted'"]) {
      expect(restoreNeutralised(neutralise(value)), value).toBe(value);
    }
    expect(restoreNeutralised("'plain")).toBe("'plain");
  });
});
