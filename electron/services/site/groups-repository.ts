import type Database from 'better-sqlite3';
import type { UserGroup } from '@shared/domain';

interface GroupContactReferences {
  /** Users (deleted ones included) whose internal or external contacts are this group. */
  count: number;
  /** A few of their usernames, for the message that explains the refusal. */
  usernames: string[];
}

export interface GroupsRepository {
  list(): UserGroup[];
  get(id: number): UserGroup | null;
  /** The group with this name, ignoring case (other than exceptId). */
  byName(name: string, exceptId: number | null): UserGroup | null;
  insert(name: string, description: string, now: string): number;
  update(id: number, name: string, description: string, now: string): void;
  /** The ids among these that name no group. */
  unknownIds(ids: readonly number[]): number[];
  contactReferences(id: number, sampleSize: number): GroupContactReferences;
  /** Deletes the group and its memberships; returns how many memberships went with it. */
  delete(id: number): number;
}

const SELECT_GROUP = `
  SELECT g.id, g.name, g.description,
    (SELECT count(*) FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = g.id AND u.deleted_at IS NULL) AS memberCount,
    (SELECT count(*) FROM users u WHERE u.internal_contacts_group_id = g.id OR u.external_contacts_group_id = g.id) AS permissionReferences
  FROM user_groups g`;

export function createGroupsRepository(db: Database.Database): GroupsRepository {
  const statements = {
    list: db.prepare(`${SELECT_GROUP} ORDER BY g.name COLLATE NOCASE`),
    get: db.prepare(`${SELECT_GROUP} WHERE g.id = ?`),
    byName: db.prepare(`${SELECT_GROUP} WHERE g.name = ? COLLATE NOCASE AND g.id IS NOT ?`),
    insert: db.prepare('INSERT INTO user_groups (name, description, created_at, updated_at) VALUES (?, ?, ?, ?)'),
    update: db.prepare('UPDATE user_groups SET name = ?, description = ?, updated_at = ? WHERE id = ?'),
    unknownIds: db.prepare('SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM user_groups)').pluck(),
    referenceCount: db.prepare('SELECT count(*) FROM users WHERE internal_contacts_group_id = ? OR external_contacts_group_id = ?').pluck(),
    referenceSample: db
      .prepare(
        `SELECT username FROM users WHERE internal_contacts_group_id = ? OR external_contacts_group_id = ?
       ORDER BY username COLLATE NOCASE LIMIT ?`,
      )
      .pluck(),
    memberships: db.prepare('SELECT count(*) FROM group_members WHERE group_id = ?').pluck(),
    delete: db.prepare('DELETE FROM user_groups WHERE id = ?'),
  };

  return {
    list: () => statements.list.all() as UserGroup[],
    get: (id) => (statements.get.get(id) as UserGroup | undefined) ?? null,
    byName: (name, exceptId) => (statements.byName.get(name, exceptId) as UserGroup | undefined) ?? null,
    insert: (name, description, now) => Number(statements.insert.run(name, description, now, now).lastInsertRowid),
    update: (id, name, description, now) => void statements.update.run(name, description, now, id),
    unknownIds: (ids) => (ids.length ? (statements.unknownIds.all(JSON.stringify([...new Set(ids)])) as number[]) : []),
    contactReferences: (id, sampleSize) => ({
      count: statements.referenceCount.get(id, id) as number,
      usernames: statements.referenceSample.all(id, id, sampleSize) as string[],
    }),
    delete(id) {
      const memberships = statements.memberships.get(id) as number;
      statements.delete.run(id);
      return memberships;
    },
  };
}
