import { z } from 'zod';
import type { Privilege } from '../domain/privileges.js';
import { bulkChangeSchema, bulkSelectionSchema } from '../rules/bulk-rules.js';
import type { BulkAction } from '../rules/bulk-rules.js';
import { out } from './channel.js';

/** What a recorded bulk change was made with, as the "Recent bulk changes" list shows it. */
export interface BulkParameters {
  groupId?: number;
  /** The group's name when the change was made (it may be renamed or deleted since). */
  groupName?: string;
  privilege?: Privilege;
  /** A lock's end as asked (ISO 8601), null for "until unlocked". */
  until?: string | null;
  /** A lock's reason. */
  reason?: string;
}

/** One recorded bulk change. */
export interface BulkChangeRecord {
  id: number;
  /** ISO 8601 instant (UTC). */
  at: string;
  actor: string;
  action: BulkAction;
  parameters: BulkParameters;
  /** Users the change actually changed (those already in the wanted state are not counted). */
  userCount: number;
  /** When it was undone; null while it stands. */
  undoneAt: string | null;
}

/** The outcome of one bulk change. */
export interface BulkResult {
  /** The recorded change; null when no selected user needed it (nothing was written or recorded). */
  change: BulkChangeRecord | null;
  /** Users named in the request that exist and are active. */
  selected: number;
}

/** The bulk channels of the contract (see shared/contract.ts). */
export const bulkChannels = {
  /** Applies one change to the selected active users in one transaction; recorded for undo and audited once. */
  'bulk.apply': { input: z.object({ ids: bulkSelectionSchema, change: bulkChangeSchema }), output: out<BulkResult>() },
  /** Restores the before-values recorded by a change, once, in one transaction. */
  'bulk.undo': { input: z.object({ id: z.number().int().positive() }), output: out<{ change: BulkChangeRecord; restored: number }>() },
  /**
   * Cancels the heavy operation running in a worker (a bulk change or its undo, an import's undo, "expire all
   * now", a large export): it rolls back, the site stays as it was, and the operation answers CANCELLED.
   * cancelled is false when none runs (or it is already committing: then it completes).
   */
  'bulk.cancel': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  /** The most recent bulk changes, newest first. */
  'bulk.recent': { input: z.object({ limit: z.number().int().min(1).max(100).default(20) }), output: out<BulkChangeRecord[]>() },
} as const;

/**
 * Progress ('bulk.progress') of a heavy operation in a worker: a bulk change or its undo, an import's undo,
 * "expire all now", an export (users done of total), or a large demo site being filled.
 */
export interface BulkProgress {
  done: number;
  total: number;
}
