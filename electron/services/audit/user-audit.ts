import type Database from 'better-sqlite3';
import type { AuditChange } from '@shared/channels/audit';
import type { UserFields } from '@shared/domain';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { changedFields, fieldChanges, recordChange, secretChange } from './audit-log';

/** Where a group's name is looked up (the groups repository, or a cache of it for an import). */
export interface GroupNames {
  get(id: number): { name: string } | null | undefined;
}

/** The groups repository's lookups kept for the length of one operation (an import reads the same few groups again and again). */
export function cachedGroupNames(groups: GroupNames): GroupNames {
  const names = new Map<number, { name: string } | null>();
  return {
    get(id) {
      if (!names.has(id)) names.set(id, groups.get(id) ?? null);
      return names.get(id);
    },
  };
}

/**
 * A user's fields as the log records them, under the names of their declarations (shared/user-record): group
 * references by name (an id means nothing to the reader of the log, and a group may be gone by the time the
 * entry is read); bookkeeping (dates, counters, the source) left out.
 */
export function userAuditView(groups: GroupNames, user: UserFields): Record<string, unknown> {
  const groupName = (id: number | null) => (id === null ? null : (groups.get(id)?.name ?? `#${id}`));
  const view: Record<string, unknown> = {};
  for (const field of USER_FIELD_LIST) {
    const value = user[field.name];
    const name = field.logName ?? field.name;
    if (field.audit === 'groupName') view[name] = groupName(value as number | null);
    else if (field.audit === 'groupNames')
      view[name] = (value as number[]).map((id) => groupName(id)).sort((a, b) => String(a).localeCompare(String(b)));
    else view[name] = value;
  }
  return view;
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** What a new user's entry records: the fields that hold a value, or (given a baseline) those that differ from it. */
export function createdChanges(after: Record<string, unknown>, baseline: Record<string, unknown> | null = null): AuditChange[] {
  const fields = fieldChanges(baseline ?? {}, after);
  return baseline === null
    ? fields.filter((c) => !isEmpty(c.after))
    : fields.map(({ field, after: value }) => ({ field, before: null, after: value }));
}

/**
 * Records a saved user: on create the fields that hold a value, on update the fields that changed; then
 * the secrets set or cleared. An update that changed nothing leaves no entry.
 */
export function recordUserSave(
  db: Database.Database,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> & { username?: unknown },
  userId: number,
  secrets: AuditChange[],
): void {
  const fields = before === null ? createdChanges(after) : changedFields(before, after);
  const changes = [...fields, ...secrets];
  if (before !== null && changes.length === 0) return;
  recordChange(db, {
    entity: 'user',
    entityId: userId,
    entityLabel: String(after.username ?? ''),
    action: before === null ? 'create' : 'update',
    changes,
  });
}

type SecretDraft = { action: 'keep' } | { action: 'clear' } | { action: 'set'; value: string };

/**
 * The password / PIN changes of a save, by name only. A new user who kept "keep" got the defaults'
 * initial secret when one could be read, which `isSetNow` tells.
 */
export function userSecretChanges(
  draft: { id: number | null; password: SecretDraft; pin: SecretDraft },
  isSetNow: (name: 'password' | 'pin') => boolean,
): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const name of ['password', 'pin'] as const) {
    const change = draft[name];
    if (change.action === 'set') changes.push(secretChange(name, 'set'));
    else if (change.action === 'clear') changes.push(secretChange(name, 'clear'));
    else if (draft.id === null && isSetNow(name)) changes.push(secretChange(name, 'set'));
  }
  return changes;
}
