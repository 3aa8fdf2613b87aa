import { describe, expect, it } from 'vitest';
import { detectDelimiter, headRecords } from '../../../electron/services/importing/delimiter-detection';
import { guessHasHeader } from '../../../electron/services/importing/header-detection';

describe('delimiter detection', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(detectDelimiter('username,first\nanna,Anna\nfred,Fred\n', true)).toBe(',');
    expect(detectDelimiter('username;first\nanna;Anna\nfred;Fred\n', true)).toBe(';');
    expect(detectDelimiter('username\tfirst\nanna\tAnna\nfred\tFred\n', true)).toBe('\t');
    expect(detectDelimiter('entityid|firstname|lastname\n1|John|Doe\n1|George|Clinton\n', true)).toBe('|');
  });

  it('counts outside quotes only, so commas inside quoted values do not win', () => {
    const text = 'name;department;note\n"Berg, Anna";Sales;"a, b, c"\n"Meier, Hans";HR;"x, y"\n';
    expect(detectDelimiter(text, true)).toBe(';');
  });

  it('picks the delimiter that is consistent over the rows, not the most frequent one', () => {
    // Decimal commas vary per row; the semicolons do not.
    const text = 'user;amount;rate\nanna;1,5;2,25\nfred;12;3,5\nhans;7,75;1\n';
    expect(detectDelimiter(text, true)).toBe(';');
  });

  it('ignores a row cut off by the end of the head', () => {
    const head = 'a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11';
    expect(detectDelimiter(head, false)).toBe(';');
    expect(headRecords(head, ';', false).map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('falls back to the comma for a single column', () => {
    expect(detectDelimiter('username\nanna\nfred\n', true)).toBe(',');
  });
});

describe('header row guess', () => {
  const rows = (...lines: string[][]) => lines.map((cells, i) => ({ cells, line: i + 1 }));

  it('says yes when a cell names a Roster field (CUCM BAT and XiVO names included)', () => {
    expect(guessHasHeader(rows(['FIRST NAME', 'LAST NAME', 'USER ID']), 'generic')).toBe(true);
    expect(guessHasHeader(rows(['entityid', 'firstname', 'phonenumber']), 'xivo')).toBe(true);
  });

  it('says no when the first row holds data: numbers, e-mail addresses, empty or repeated cells', () => {
    expect(guessHasHeader(rows(['anna.berg', 'Anna', '1005']), 'generic')).toBe(false);
    expect(guessHasHeader(rows(['anna.berg', 'anna@example.com']), 'generic')).toBe(false);
    expect(guessHasHeader(rows(['anna.berg', '', 'Berg']), 'generic')).toBe(false);
    expect(guessHasHeader(rows(['x', 'X']), 'generic')).toBe(false);
  });

  it('says yes for distinct words it does not know (most files have a header; the wizard can say otherwise)', () => {
    expect(guessHasHeader(rows(['Kürzel', 'Bemerkung']), 'generic')).toBe(true);
  });
});
