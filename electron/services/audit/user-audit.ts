import type Database from 'better-sqlite3';
import type { AuditChange } from '@shared/channels/audit';
import type { UserFields } from '@shared/domain';
import type { GroupsRepository } from '../site/groups-repository';
import { changedFields, recordChange, secretChange } from './audit-log';

/** The fields an administrator edits, in the editor's order; group references are handled apart. */
const LOGGED_FIELDS = [
  'username',
  'authentication',
  'alwaysPromptPin',
  'firstName',
  'lastName',
  'department',
  'vip',
  'email',
  'language',
  'mobile',
  'pager',
  'phone',
  'number',
  'aliases',
  'showInDirectory',
  'enabled',
  'phantom',
  'privileges',
  'voiceRecording',
  'applications',
  'voicemail',
  'fax',
] as const satisfies readonly (keyof UserFields)[];

// A field added to UserFields must be added above (or to the group references below), or this fails to compile.
type Unlogged = Exclude<keyof UserFields, (typeof LOGGED_FIELDS)[number] | 'groupIds' | 'internalContactsGroupId' | 'externalContactsGroupId'>;
const everyFieldLogged: [Unlogged] extends [never] ? true : Unlogged = true;
void everyFieldLogged;

/**
 * A user's fields as the log records them: group references by name (an id means nothing to the reader
 * of the log, and a group may be gone by the time the entry is read); bookkeeping (dates, counters, the
 * source) left out.
 */
export function userAuditView(groups: GroupsRepository, user: UserFields): Record<string, unknown> {
  const groupName = (id: number | null) => (id === null ? null : (groups.get(id)?.name ?? `#${id}`));
  const view: Record<string, unknown> = {};
  for (const field of LOGGED_FIELDS) view[field] = user[field];
  view.internalContacts = groupName(user.internalContactsGroupId);
  view.externalContacts = groupName(user.externalContactsGroupId);
  view.groups = user.groupIds.map((id) => groupName(id)).sort((a, b) => String(a).localeCompare(String(b)));
  return view;
}

const isEmpty = (value: unknown) => value === null || value === '' || (Array.isArray(value) && value.length === 0);

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
  const fields = before === null ? changedFields({}, after).filter((c) => !('after' in c) || !isEmpty(c.after)) : changedFields(before, after);
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
