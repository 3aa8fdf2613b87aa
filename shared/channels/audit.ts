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
}

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
  })
  .refine((f) => f.from === null || f.to === null || f.from <= f.to, { path: ['to'], error: 'rule.audit.dateOrder' });
export type AuditFilter = z.output<typeof auditFilterSchema>;
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

const auditListQuerySchema = z.object({
  filter: auditFilterSchema.default({ entity: null, userId: null, user: '', from: null, to: null, text: '' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

/** The audit channels of the contract (see shared/contract.ts). */
export const auditChannels = {
  /** Entries matching the filter, newest first, one page of them, with the total count. */
  'audit.list': { input: auditListQuerySchema, output: out<{ total: number; rows: AuditRecord[] }>() },
  /** The matching entries as CSV text (one row per changed field), for the renderer to save. */
  'audit.exportCsv': {
    input: z.object({ filter: auditListQuerySchema.shape.filter }),
    output: out<{ csv: string; fileName: string; rows: number }>(),
  },
} as const;
