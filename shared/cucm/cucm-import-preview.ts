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
  /** How the read from CUCM went: a preview exists only for a complete read. */
  read: CucmReadReport;
  /** The mass-deletion threshold as it applies to this preview (see massDeletionThreshold). */
  deletion: CucmDeletionCheck;
  /** Users to add or update whose number another user holds too: applied with it, or without it (cucm.apply). */
  sharedNumbers: number;
}

/**
 * A read that ended because CUCM said there was nothing more (a page shorter than asked), every page in
 * between answered: `complete` is always true in a summary, an incomplete read makes no preview at all.
 */
export interface CucmReadReport {
  complete: true;
  users: number;
  pages: number;
  /** Throttle faults answered by smaller pages, and busy answers (503, memory) waited out. */
  throttled: number;
  busy: number;
  /** Seconds spent waiting for CUCM to be less busy. */
  waitedSeconds: number;
}

interface CucmDeletionCheck {
  /** Active users imported from CUCM before this import. */
  imported: number;
  /** The most users applying may delete without the typed count. */
  threshold: number;
  /** More to delete than the threshold: apply needs the typed count, or disabling instead. */
  overThreshold: boolean;
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
  /** add, update: the number it is given is held by these users too (the first few); else empty. */
  sharedWith: string[];
}

/**
 * Pushed at every stage of a preview: connecting, reading pages (users so far, the page size), waiting while
 * CUCM is busy (why, and when the next try is), then filtering and comparing with the site (in a worker). The
 * answer follows the last stage.
 */
export type CucmImportProgress =
  | { phase: 'connecting' | 'fetching' | 'filtering' | 'comparing'; pages: number; users: number; pageSize: number }
  | {
      phase: 'waiting';
      pages: number;
      users: number;
      pageSize: number;
      /** busy: HTTP 503; memory: "Maximum AXL Memory Allocation Consumed"; connection: closed or no answer. */
      reason: CucmBusyReason;
      /** Seconds until the next try (CUCM's Retry-After when it gave one). */
      seconds: number;
      /** The how-many-th try in a row that found CUCM busy. */
      attempt: number;
    };

export type CucmBusyReason = 'busy' | 'memory' | 'connection';

export interface CucmImportResult {
  record: ImportRecord;
  seconds: number;
}
