import { z } from 'zod';
import { MAX_SITE_USERS } from '../domain/site.js';
import { filePath, out, replaceExisting } from './channel.js';

/** The file layouts an export writes: Roster's own (read back by the import), XiVO's and CUCM's BAT. */
export const EXPORT_LAYOUTS = ['callisto', 'xivo', 'cucmBat'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const EXPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
export type ExportDelimiter = (typeof EXPORT_DELIMITERS)[number];
/** Each delimiter's name in the catalog ('export.delimiter.<name>'). */
export const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const satisfies Record<ExportDelimiter, string>;
/** UTF-8, UTF-8 with a byte-order mark (what Excel needs to read UTF-8), Windows-1252 (Western Windows' "ANSI"). */
export const EXPORT_ENCODINGS = ['utf-8', 'utf-8-bom', 'windows-1252'] as const;
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number];
export const EXPORT_LINE_ENDINGS = ['crlf', 'lf'] as const;
export type ExportLineEnding = (typeof EXPORT_LINE_ENDINGS)[number];

export const exportFormatSchema = z.object({
  delimiter: z.enum(EXPORT_DELIMITERS),
  encoding: z.enum(EXPORT_ENCODINGS),
  lineEnding: z.enum(EXPORT_LINE_ENDINGS),
  /**
   * A file meant to be opened in a spreadsheet: a cell starting with = + - or @ gets an apostrophe before it,
   * so the spreadsheet shows it instead of running it. Never for a file a system reads: it would store the
   * apostrophe (a number "'+41 44..." would be wrong in the PBX).
   */
  forExcel: z.boolean(),
});
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/**
 * Each layout's own format, as the system that reads it expects it; the export writes it unless the
 * administrator chooses otherwise.
 * - Callisto / Roster: Callisto's CSV import lets the administrator pick the delimiter and maps columns by
 *   their header (seed 000, "Import with CSV"); Roster writes RFC 4180: comma, CRLF, UTF-8 without a mark
 *   (Roster's import reads it with or without one).
 * - XiVO: the legacy user import reads a pipe-delimited file with a header of XiVO's field names (seed 002's
 *   example); XiVO is a Linux system: LF line ends and UTF-8 without a byte-order mark, which would
 *   otherwise become part of the first column's name.
 * - CUCM BAT: Cisco's Bulk Administration Guide ("Text-based CSV files") asks for comma-separated text
 *   saved as UTF-8 and reads the BAT column names; CRLF, as the BAT spreadsheet and Notepad write.
 */
export const LAYOUT_FORMATS: Readonly<Record<ExportLayout, ExportFormat>> = {
  callisto: { delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false },
  xivo: { delimiter: '|', encoding: 'utf-8', lineEnding: 'lf', forExcel: false },
  cucmBat: { delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false },
};

export const exportChannels = {
  /** Native save dialog for an export or an import's error report; UNSUPPORTED in browser mode. */
  'export.pickPath': {
    input: z.object({ suggestedName: z.string().max(200), purpose: z.enum(['export', 'errorReport']).default('export') }),
    output: out<{ path: string | null }>(),
  },
  /**
   * Writes the users (the given ids, or all active users) to a CSV file in main, so credentials, when the
   * administrator includes them, never pass through the renderer. Without a format, the layout's own.
   */
  'export.users': {
    input: z.object({
      ids: z.array(z.number().int().positive()).max(MAX_SITE_USERS).nullable(),
      layout: z.enum(EXPORT_LAYOUTS),
      format: exportFormatSchema.optional(),
      /** Older callers: true asks for the layout's own format with a byte-order mark. */
      bom: z.boolean().optional(),
      includeCredentials: z.boolean(),
      path: filePath,
      overwrite: replaceExisting,
    }),
    output: out<{ path: string; rows: number }>(),
  },
} as const;
