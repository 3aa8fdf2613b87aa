import type { ExportDelimiter, ExportFormat } from '@shared/channels/export';
import type { InterfaceLanguage } from '@shared/i18n/catalogs';

/**
 * The delimiter Excel splits a CSV file on when it opens it: the list separator of the workstation's locale,
 * a semicolon in German, French, Italian and Spanish (where the comma is the decimal mark), a comma in English.
 */
const excelDelimiter = (language: InterfaceLanguage): ExportDelimiter => (language === 'en' ? ',' : ';');

/**
 * The format once "for Excel" is ticked or cleared: ticked, a file still on the layout's own delimiter takes
 * Excel's for the interface language; cleared, Excel's goes back to the layout's own. A delimiter the
 * administrator chose themselves stays.
 */
export function withForExcel(format: ExportFormat, own: ExportFormat, forExcel: boolean, language: InterfaceLanguage): ExportFormat {
  const excel = excelDelimiter(language);
  if (forExcel && format.delimiter === own.delimiter) return { ...format, forExcel, delimiter: excel };
  if (!forExcel && format.delimiter === excel) return { ...format, forExcel, delimiter: own.delimiter };
  return { ...format, forExcel };
}
