import { z } from 'zod';
import { FILE_FIELD_NAMES } from '../user-record/file-fields.js';
import { CREDENTIAL_FILE_FIELDS, USER_FIELD_LIST } from '../user-record/user-fields.js';
import type { UserFieldName } from '../user-record/user-fields.js';
import type { Language } from '../domain/languages.js';
import type { MessageKey, MessageParams } from '../i18n/en.js';
import { byId, filePath, out, replaceExisting } from './channel.js';

/**
 * The import channels (the CUCM import records into the same ledger). A file is always named by its path:
 * the native dialog (Electron) or a drop (Electron's preload turns a dropped File into its path) gives one;
 * browser mode asks for it.
 */

export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const IMPORT_DELIMITERS = [',', ';', '\t', '|'] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

/** Generic: any delimited file with a mapping. xivo: the XiVO pipe-delimited user file with its sections and rules. */
export const IMPORT_PRESETS = ['generic', 'xivo'] as const;
export type ImportPreset = (typeof IMPORT_PRESETS)[number];

/**
 * The Roster fields a source column can fill, read off the user record's declaration (shared/user-record):
 * 'groups', one per privilege ('privilege.sms', ...), the credentials 'password' and 'pin'.
 */
export const IMPORT_FIELDS = FILE_FIELD_NAMES;
export type ImportField = string;

type Credential = keyof typeof CREDENTIAL_FILE_FIELDS;

/**
 * Fields that may decide whether a row is a user that already exists (all ticked ones must be equal): the
 * declared ones, then the credentials (compared in main, never sent to the page).
 */
export const DUPLICATE_KEY_FIELDS = [
  ...USER_FIELD_LIST.filter((field) => field.duplicateKey).map((field) => field.name),
  ...(Object.keys(CREDENTIAL_FILE_FIELDS) as Credential[]).filter((name) => CREDENTIAL_FILE_FIELDS[name].duplicateKey),
] as [UserFieldName | Credential, ...(UserFieldName | Credential)[]];
export type DuplicateKeyField = UserFieldName | Credential;

/** skip: leave the existing user as it is; overwrite: the row replaces it; updateNonEmpty: only the row's non-empty cells are written. */
export const DUPLICATE_ACTIONS = ['skip', 'overwrite', 'updateNonEmpty'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

/** How to read the file; null means "detect". */
const importReadingSchema = z.object({
  path: filePath,
  encoding: z.enum(IMPORT_ENCODINGS).nullable().default(null),
  delimiter: z.enum(IMPORT_DELIMITERS).nullable().default(null),
  /** null: guess from the first row. */
  hasHeader: z.boolean().nullable().default(null),
  preset: z.enum(IMPORT_PRESETS).default('generic'),
});

export const importOptionsSchema = z.object({
  reading: importReadingSchema,
  /** One entry per source column, in column order: the Roster field it fills, or null to ignore it. */
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).max(5000),
  duplicates: z.object({
    match: z.array(z.enum(DUPLICATE_KEY_FIELDS)).min(1, { error: 'rule.import.match.required' }).default(['username']),
    action: z.enum(DUPLICATE_ACTIONS).default('skip'),
  }),
  /** Passwords and PINs in the file are imported only when this is ticked (and then checked by the policy). */
  includeCredentials: z.boolean().default(false),
  /** Groups the file names that the site does not have yet are created by the import (and removed by its undo). */
  createGroups: z.boolean().default(true),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

/** One source column as the mapping step shows it. */
export interface ImportColumn {
  index: number;
  /** The header cell, or "Column 3" style text made by the renderer when the file has no header row. */
  header: string | null;
  /** The first few values of the column. */
  samples: string[];
}

/** What the file looks like, read from its beginning only (fast: it follows every override at once). */
export interface ImportInspection {
  fileName: string;
  sizeBytes: number;
  encoding: ImportEncoding;
  detectedEncoding: ImportEncoding;
  delimiter: ImportDelimiter;
  detectedDelimiter: ImportDelimiter;
  hasHeader: boolean;
  columns: ImportColumn[];
  /** The auto-mapping from the header names (XiVO and CUCM BAT names included). */
  suggestedMapping: (ImportField | null)[];
  /** 'xivo' when the header row has XiVO's own columns (entityid, voicemailmailbox, ...): the wizard may offer the preset. */
  detectedPreset: ImportPreset;
}

/** A problem of one row (and column, when it is about one cell). line is the line number in the file (1-based). */
export interface ImportProblem {
  line: number;
  /** The source column's index, or null for the whole row. */
  column: number | null;
  field: ImportField | null;
  message: MessageKey;
  params?: MessageParams;
}

/** A row as it will be stored (the preview table). */
export interface ImportPreviewRow {
  line: number;
  outcome: 'create' | 'update' | 'skip' | 'reject';
  username: string;
  firstName: string;
  lastName: string;
  department: string;
  email: string;
  number: string;
  language: Language;
  /** The existing user a duplicate matched. */
  existingUserId: number | null;
}

export interface ImportCounts {
  create: number;
  update: number;
  skip: number;
  reject: number;
}

/** Every row read and validated (in a worker thread), nothing written. */
export interface ImportPreview {
  rows: number;
  firstRows: ImportPreviewRow[];
  counts: ImportCounts;
  /** The first problems (at most a few thousand), in line order; problemCount says how many in all. */
  problems: ImportProblem[];
  problemCount: number;
  /** Rows equal to an earlier row of the same file on the match fields (the first few thousand). */
  duplicatesInFile: { line: number; firstLine: number }[];
  /** How many such rows in all. */
  duplicatesInFileCount: number;
  /** Groups the file names that do not exist yet and that accepted rows need: the import creates them (createGroups). */
  groupsToCreate: string[];
}

/** One import as the Imports screen lists it. */
export interface ImportRecord {
  id: number;
  at: string;
  actor: string;
  source: 'csv' | 'cucm';
  /** The file name, or the CUCM publisher. */
  label: string;
  created: number;
  updated: number;
  deleted: number;
  skipped: number;
  rejected: number;
  undoneAt: string | null;
  /** Only the most recent import still standing can be undone (undo works as a stack). */
  canUndo: boolean;
}

export interface ImportSummary {
  /**
   * The import's record. When no row changed the site nothing is recorded (no entry in Imports, nothing to
   * undo, no error report to save): recorded is false and the record, id 0, only carries the counts.
   */
  record: ImportRecord;
  recorded: boolean;
  /** Groups the import created, by name. */
  groupsCreated: string[];
  /** The first rejected rows with their reasons; the error report has them all. */
  problems: ImportProblem[];
  seconds: number;
  rowsPerSecond: number;
}

/** Pushed while a preview or an import runs. */
export interface ImportProgress {
  phase: 'reading' | 'writing';
  rows: number;
  bytes: number;
  totalBytes: number;
  rowsPerSecond: number;
}

/** The longest name a saved mapping may have; the dialog that names one stops typing there. */
export const MAPPING_NAME_MAX = 80;

/** A saved mapping: by header name, so it applies to another file with the same headers. */
export interface SavedMapping {
  name: string;
  columns: { header: string; field: ImportField | null }[];
}

export const importChannels = {
  /** Native open dialog for a CSV file; UNSUPPORTED in browser mode. */
  'import.pickFile': { input: z.object({}), output: out<{ path: string | null }>() },
  'import.inspect': { input: importReadingSchema, output: out<ImportInspection>() },
  /** Reads and validates every row in a worker; progress by 'import.progress'; cancel with import.cancel. */
  'import.preview': { input: importOptionsSchema, output: out<ImportPreview>() },
  /** Runs the import as one transaction; CANCELLED (site untouched) when cancelled. */
  'import.run': { input: importOptionsSchema, output: out<ImportSummary>() },
  /** Cancels the running preview or import; false when none runs. */
  'import.cancel': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  'import.list': { input: z.object({ limit: z.number().int().min(1).max(200).default(50) }), output: out<ImportRecord[]>() },
  /** Undoes the most recent standing import as a whole, in one transaction. */
  'import.undo': { input: byId, output: out<ImportRecord>() },
  /** Writes the rejected rows (source cells plus a reason column) as a CSV that can be fixed and imported again. */
  'import.saveErrorReport': {
    input: byId.extend({ path: filePath, overwrite: replaceExisting }),
    output: out<{ path: string; rows: number }>(),
  },
  'import.mappings': { input: z.object({}), output: out<SavedMapping[]>() },
  'import.saveMapping': {
    input: z.object({
      name: z.string().trim().min(1, { error: 'rule.import.mappingName.required' }).max(MAPPING_NAME_MAX, { error: 'rule.tooLong' }),
      columns: z.array(z.object({ header: z.string().max(500), field: z.enum(IMPORT_FIELDS).nullable() })).max(5000),
    }),
    output: out<SavedMapping[]>(),
  },
  'import.deleteMapping': { input: z.object({ name: z.string().max(MAPPING_NAME_MAX) }), output: out<SavedMapping[]>() },
} as const;
