import type Database from 'better-sqlite3';
import type { MessageKey } from '@shared/i18n/en';
import { groupDraftSchema } from '@shared/rules/group-rules';
import type { UserDraft } from '@shared/rules/user-rules';
import { FILE_FIELDS } from '@shared/user-record/file-fields';
import { recordChange } from '../audit/audit-log';

/** The record's fields that name groups in a file (memberships, group permissions), read off the declaration. */
const GROUP_FIELDS = [...new Set(FILE_FIELDS.flatMap((field) => (field.format === 'groups' || field.format === 'group' ? [field.field!] : [])))];

/** What a group named in a cell is: a group of the site, one the import will create, or a refusal. */
export type GroupLookup = { id: number } | { problem: MessageKey; params?: Record<string, string | number> };

/**
 * The site's groups by name (ignoring case, as the site's unique index does) and, when the administrator
 * ticked "create missing groups", the groups the file names that do not exist yet. Each of those gets its id
 * up front, after every id the site has ever given (ids are never reused), so preview and run decide alike;
 * only groups that accepted rows use are created, by the run, in the import's transaction.
 */
export class ImportGroups {
  private readonly pending = new Map<number, string>();
  private readonly needed = new Set<number>();
  private nextId: number;

  private constructor(
    private readonly byName: Map<string, number>,
    lastId: number,
    private readonly create: boolean,
  ) {
    this.nextId = lastId + 1;
  }

  static load(db: Database.Database, create: boolean): ImportGroups {
    const byName = new Map<string, number>();
    for (const [id, name] of db.prepare('SELECT id, name FROM user_groups').raw().all() as [number, string][]) byName.set(name.toLowerCase(), id);
    const lastId = Math.max(
      (db.prepare('SELECT max(id) FROM user_groups').pluck().get() as number | null) ?? 0,
      (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'user_groups'").pluck().get() as number | undefined) ?? 0,
    );
    return new ImportGroups(byName, lastId, create);
  }

  /** The group a cell names. */
  lookup(name: string): GroupLookup {
    const known = this.byName.get(name.toLowerCase());
    if (known !== undefined) return { id: known };
    if (!this.create) return { problem: 'import.group.unknown', params: { name } };
    const rule = groupDraftSchema.shape.name.safeParse(name);
    if (!rule.success) return { problem: 'import.group.badName', params: { name } };
    const id = this.nextId++;
    this.byName.set(name.toLowerCase(), id);
    this.pending.set(id, rule.data);
    return { id };
  }

  /** An accepted row's draft: the groups it needs that do not exist yet, each returned once (the first row needing it). */
  accept(draft: UserDraft): { id: number; name: string }[] {
    if (this.pending.size === 0) return [];
    const fresh: { id: number; name: string }[] = [];
    const fields = draft as unknown as Record<string, unknown>;
    for (const field of GROUP_FIELDS) {
      const value = fields[field];
      for (const id of Array.isArray(value) ? (value as number[]) : [value as number | null]) {
        if (id === null || this.needed.has(id)) continue;
        const name = this.pending.get(id);
        if (name === undefined) continue;
        this.needed.add(id);
        fresh.push({ id, name });
      }
    }
    return fresh;
  }

  /** The names of the groups accepted rows need that the site does not have yet, in the order first met. */
  get toCreate(): string[] {
    return [...this.needed].map((id) => this.pending.get(id)!);
  }
}

/**
 * Creates a group the import needs, with the id it was given, before the first user that names it is
 * written; audited as a group created by hand is, under the import's id, so the import's entries list it.
 */
export function createImportedGroup(db: Database.Database, group: { id: number; name: string }, importId: number, now: string): void {
  db.prepare('INSERT INTO user_groups (id, name, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    group.id,
    group.name,
    '',
    now,
    now,
  );
  recordChange(
    db,
    {
      entity: 'group',
      entityId: group.id,
      entityLabel: group.name,
      action: 'create',
      changes: [{ field: 'name', before: null, after: group.name }],
      importId,
    },
    now,
  );
}

/** Keeps the ids of the groups an import created with its record, for its undo. */
export function rememberImportedGroups(db: Database.Database, importId: number, ids: readonly number[]): void {
  if (ids.length === 0) return;
  db.prepare("UPDATE imports SET details = json_set(details, '$.createdGroups', json(?)) WHERE id = ?").run(JSON.stringify(ids), importId);
}

/**
 * Part of an import's undo, after its users are purged or restored: the groups it created go too, audited
 * under its id. A group someone has since made another user's group permission stays (the site's foreign
 * key would refuse, and the user's setting is theirs).
 */
export function removeImportedGroups(db: Database.Database, importId: number, now: string): void {
  const details = db.prepare('SELECT details FROM imports WHERE id = ?').pluck().get(importId) as string | undefined;
  const ids = (JSON.parse(details ?? '{}') as { createdGroups?: number[] }).createdGroups ?? [];
  if (ids.length === 0) return;
  const removable = db
    .prepare(
      `SELECT id, name FROM user_groups WHERE id IN (SELECT value FROM json_each(?))
       AND id NOT IN (SELECT internal_contacts_group_id FROM users WHERE internal_contacts_group_id IS NOT NULL)
       AND id NOT IN (SELECT external_contacts_group_id FROM users WHERE external_contacts_group_id IS NOT NULL)`,
    )
    .all(JSON.stringify(ids)) as { id: number; name: string }[];
  const remove = db.prepare('DELETE FROM user_groups WHERE id = ?');
  for (const group of removable) {
    remove.run(group.id);
    recordChange(db, { entity: 'group', entityId: group.id, entityLabel: group.name, action: 'delete', changes: [], importId }, now);
  }
}
