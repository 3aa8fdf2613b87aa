import { z } from 'zod';
import { out } from './channel.js';

/** What an audit entry is about. */
export const AUDIT_ENTITIES = ['user', 'group', 'defaults', 'pool', 'settings', 'site'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/**
 * One changed field. A secret's value never enters the log: its change is recorded with `secret: true`
 * (and `cleared: true` when it was removed rather than set) and no before/after.
 */
export type AuditChange = { field: string; before: unknown; after: unknown } | { field: string; secret: true; cleared?: boolean };

export function isSecretChange(change: AuditChange): change is Extract<AuditChange, { secret: true }> {
  return 'secret' in change && change.secret === true;
}

/** One recorded change as the audit screen and the export see it. */
export interface AuditRecord {
  id: number;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** The workstation account that made the change. */
  actor: string;
  entity: AuditEntity;
  entityId: number | null;
  entityLabel: string;
  action: string;
  changes: AuditChange[];
  importId: number | null;
  /** The bulk change (or its undo, or an "expire all now") that wrote this entry. */
  bulkChangeId: number | null;
  /** The import or bulk change the entry belongs to, as the screens name it; null for a change on its own. */
  operation: AuditOperation | null;
}

/**
 * The operation that wrote an entry, so that one user's entry can name it ('Import "people.csv"') and the
 * whole operation can be shown as one (filter by its id).
 */
export type AuditOperation =
  | { kind: 'import'; id: number; source: 'csv' | 'cucm'; label: string }
  | {
      kind: 'bulkChange';
      id: number;
      /** The bulk action ('addToGroup', 'expirePassword', ...). */
      action: string;
      groupName: string | null;
      privilege: string | null;
      /** Made by "Expire all passwords / PINs now" rather than on a selection. */
      expireAll: boolean;
    };

/** A calendar day, YYYY-MM-DD, that exists. */
const isoDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isRealDate(v), { error: 'rule.audit.date' })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .default(null);

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The filters of the audit log. Dates are days of the local calendar of the machine running Roster (the
 * renderer shows times in the same zone), both ends included.
 */
export const auditFilterSchema = z
  .object({
    entity: z.enum(AUDIT_ENTITIES).nullable().default(null),
    /** Entries about one user: by id, or by text found in the username the entry was recorded with. */
    userId: z.number().int().positive().nullable().default(null),
    user: z.string().trim().max(100).default(''),
    from: isoDate,
    to: isoDate,
    /** Free text found in the entry's label or in a changed field's name or values. */
    text: z.string().trim().max(200).default(''),
    /** Only the entries of one import, or of one bulk change: the whole operation as one. */
    importId: z.number().int().positive().nullable().default(null),
    bulkChangeId: z.number().int().positive().nullable().default(null),
  })
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, { path: ['to'], error: 'rule.audit.dateOrder' });
export type AuditFilter = z.output<typeof auditFilterSchema>;
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

const auditListQuerySchema = z.object({
  filter: auditFilterSchema.default({ entity: null, userId: null, user: '', from: null, to: null, text: '', importId: null, bulkChangeId: null }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

/** One page of a user's history, newest first; `before` is the id the previous page ended at. */
const userHistoryQuerySchema = z.object({
  userId: z.number().int().positive(),
  before: z.number().int().positive().nullable().default(null),
  limit: z.number().int().min(1).max(100).default(25),
});

export interface UserHistoryPage {
  rows: AuditRecord[];
  /** Every entry of the user. */
  total: number;
  /** Pass as `before` for the next (older) page; null when this page reached the first entry. */
  next: number | null;
}

/** The audit channels of the contract (see shared/contract.ts). */
export const auditChannels = {
  /** Entries matching the filter, newest first, one page of them, with the total count. */
  'audit.list': { input: auditListQuerySchema, output: out<{ total: number; rows: AuditRecord[] }>() },
  /** The matching entries as CSV text (one row per changed field), for the renderer to save. */
  'audit.exportCsv': {
    input: z.object({ filter: auditListQuerySchema.shape.filter }),
    output: out<{ csv: string; fileName: string; rows: number }>(),
  },
  /** The entries about one user (saves, imports, bulk changes, undos, expiries), newest first, a page at a time. */
  'audit.userHistory': { input: userHistoryQuerySchema, output: out<UserHistoryPage>() },
} as const;
