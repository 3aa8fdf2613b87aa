import { z } from 'zod';
import type { UserSource } from '../domain/user.js';
import type { MessageKey, MessageParams } from '../i18n/en.js';
import { cucmImportSettingsSchema } from '../cucm/cucm-import-settings.js';
import type { CucmImportSettings } from '../cucm/cucm-import-settings.js';
import type { CucmMappedField } from '../cucm/cucm-mapping.js';
import { out } from './channel.js';
import type { ImportRecord } from './import.js';

/**
 * The CUCM import (issue 6): read end users over AXL with the XML filter, keep those the SQL filter
 * accepts, map them to Roster users and show what would change; then apply that as one import of the
 * import ledger (undone with 'import.undo'). Connection settings are Settings > CUCM's ('cucm.get', ...).
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

export type CucmPreviewCounts = Record<CucmPreviewList | 'unchanged', number>;

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

const previewId = z.string().regex(/^[0-9a-f-]{36}$/);

export const cucmImportChannels = {
  'cucm.importSettings': { input: z.object({}), output: out<CucmImportSettingsView>() },
  /** Keeps the filters and mapping on screen for next time (an import keeps the ones it ran with itself). */
  'cucm.saveImportSettings': { input: z.object({ settings: cucmImportSettingsSchema }), output: out<CucmImportSettingsView>() },
  /**
   * Reads the end users from CUCM (progress by 'cucm.progress', cancel with cucm.cancel) and compares; changes
   * nothing. The preview is kept in main under its id until applied or replaced by the next one.
   */
  'cucm.preview': { input: z.object({ settings: cucmImportSettingsSchema }), output: out<CucmPreviewSummary>() },
  'cucm.previewList': {
    input: z.object({
      previewId,
      list: z.enum(CUCM_PREVIEW_LISTS),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: out<{ total: number; rows: CucmPreviewRow[] }>(),
  },
  /** Stops the running preview; false when none runs. */
  'cucm.cancel': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  /** Applies a preview as one import; CONFLICT when the site changed since the preview. */
  'cucm.apply': { input: z.object({ previewId }), output: out<CucmImportResult>() },
} as const;
