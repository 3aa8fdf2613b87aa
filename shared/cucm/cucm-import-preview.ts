import type { UserSource } from '../domain/user.js';
import type { MessageKey, MessageParams } from '../i18n/en.js';
import type { CucmImportSettings } from '../rules/cucm-import-rules.js';
import type { CucmMappedField } from './cucm-mapping.js';
import type { ImportRecord } from '../channels/import.js';

/**
 * What a CUCM import preview shows: end users read over AXL with the XML filter, kept by the SQL filter,
 * mapped to Roster users and compared with the site. Applying it is one import of the import ledger.
 */

/** The lists of a preview: users to add, to update, to delete, left alone (conflicts), and refused (problems). */
export const CUCM_PREVIEW_LISTS = ['add', 'update', 'delete', 'conflict', 'problem'] as const;
export type CucmPreviewList = (typeof CUCM_PREVIEW_LISTS)[number];

export interface CucmImportSettingsView {
  settings: CucmImportSettings;
  /** The configured publisher; null when CUCM is not configured (Settings > CUCM). */
  publisher: string | null;
  /** New users get CUCM authentication when End user > "Use CUCM authentication" is on. */
  useCucmAuthentication: boolean;
}

type CucmPreviewCounts = Record<CucmPreviewList | 'unchanged', number>;

/** What a preview found; its lists are read page by page with cucm.previewList. */
export interface CucmPreviewSummary {
  previewId: string;
  publisher: string;
  at: string;
  /** End users CUCM returned for the XML filter, and how many of them the SQL filter kept. */
  fetched: number;
  matched: number;
  pages: number;
  seconds: number;
  counts: CucmPreviewCounts;
}

/** One mapped field that an update changes; language as its code ('de'). */
export interface CucmPreviewChange {
  field: CucmMappedField;
  before: string;
  after: string;
}

/** Why a CUCM user cannot be imported: a field's value breaks the editor's rules, or it clashes. */
export interface CucmPreviewProblem {
  /** The Roster field concerned; null for the user as a whole. */
  field: CucmMappedField | 'username' | null;
  message: MessageKey;
  params?: MessageParams;
}

/** One user of a preview list, as it will be stored (add, update) or as it is stored (delete, conflict). */
export interface CucmPreviewRow {
  username: string;
  firstName: string;
  lastName: string;
  department: string;
  email: string;
  number: string;
  /** The Roster user concerned (update, delete, conflict; problem when one exists), else null. */
  userId: number | null;
  /** update: the fields that change. */
  changes: CucmPreviewChange[];
  /** conflict: where the Roster user of that name came from. */
  source: UserSource | null;
  /** problem: why the user is not imported. */
  problems: CucmPreviewProblem[];
}

/**
 * Pushed while a preview reads from CUCM (pages answered, users read), and once more when it starts comparing
 * them with the site (SQL filter and plan, in a worker: the answer follows when that is done).
 */
export interface CucmImportProgress {
  phase: 'fetching' | 'comparing';
  pages: number;
  users: number;
  pageSize: number;
}

export interface CucmImportResult {
  record: ImportRecord;
  seconds: number;
}
