import { describe, expect, it } from 'vitest';
import { LAYOUT_FORMATS } from '@shared/channels/export';
import { withForExcel } from '../../../renderer/src/screens/users/export/excelFormat';

describe('an export for Excel takes the delimiter Excel reads in the interface language', () => {
  const callisto = LAYOUT_FORMATS.callisto;

  it.each(['de', 'fr', 'it', 'es'] as const)('%s: semicolons, and back to commas when cleared', (language) => {
    const forExcel = withForExcel(callisto, callisto, true, language);
    expect(forExcel).toEqual({ ...callisto, forExcel: true, delimiter: ';' });
    expect(withForExcel(forExcel, callisto, false, language)).toEqual(callisto);
  });

  it('en: commas, as the layout has them', () => {
    expect(withForExcel(callisto, callisto, true, 'en')).toEqual({ ...callisto, forExcel: true });
  });

  it('a delimiter the administrator chose stays, ticked or cleared', () => {
    const tabs = { ...callisto, delimiter: '\t' as const };
    expect(withForExcel(tabs, callisto, true, 'de')).toEqual({ ...tabs, forExcel: true });
    expect(withForExcel({ ...tabs, forExcel: true }, callisto, false, 'de')).toEqual(tabs);
  });

  it('XiVO’s pipes become Excel’s semicolons in German, and come back', () => {
    const xivo = LAYOUT_FORMATS.xivo;
    const forExcel = withForExcel(xivo, xivo, true, 'de');
    expect(forExcel.delimiter).toBe(';');
    expect(withForExcel(forExcel, xivo, false, 'de')).toEqual(xivo);
  });
});
