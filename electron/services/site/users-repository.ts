import type Database from 'better-sqlite3';
import type { UserFields, UserSource } from '@shared/domain';
import { EDITABLE_COLUMNS, fromRecord, toColumnValues } from './user-record';
import type { StoredUser, UserRecord } from './user-record';

export interface UserRef {
  id: number;
  username: string;
}

export interface UsersRepository {
  get(id: number): StoredUser | null;
  insert(fields: UserFields, source: UserSource, now: string): number;
  update(id: number, fields: UserFields, now: string): void;
  replaceAliases(id: number, aliases: readonly string[]): void;
  replaceGroups(id: number, groupIds: readonly number[]): void;
  /** The active user (other than exceptId) holding this username, ignoring case. */
  usernameOwner(username: string, exceptId: number | null): UserRef | null;
  /** The active user (other than exceptId) holding this number. */
  numberOwner(number: string, exceptId: number | null): UserRef | null;
  stampSecret(id: number, name: 'password' | 'pin', setAt: string | null): void;
  /** Marks active users deleted; returns how many changed. */
  softDelete(ids: readonly number[], now: string): number;
  /** The deleted users among ids, in id order. */
  deletedAmong(ids: readonly number[]): StoredUser[];
  restore(id: number, now: string): void;
  /** Removes deleted users for good (with aliases, memberships and secrets); returns how many. */
  purgeDeleted(ids: readonly number[]): number;
  activeCount(): number;
}

const columnList = EDITABLE_COLUMNS.join(', ');
const parameterList = EDITABLE_COLUMNS.map((c) => `@${c}`).join(', ');
const assignmentList = EDITABLE_COLUMNS.map((c) => `${c} = @${c}`).join(', ');

export function createUsersRepository(db: Database.Database): UsersRepository {
  const statements = {
    get: db.prepare('SELECT * FROM users WHERE id = ?'),
    aliases: db.prepare('SELECT alias FROM user_aliases WHERE user_id = ? ORDER BY position').pluck(),
    groups: db.prepare('SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id').pluck(),
    insert: db.prepare(`INSERT INTO users (${columnList}, source, created_at, updated_at) VALUES (${parameterList}, @source, @now, @now)`),
    update: db.prepare(`UPDATE users SET ${assignmentList}, updated_at = @now WHERE id = @id`),
    deleteAliases: db.prepare('DELETE FROM user_aliases WHERE user_id = ?'),
    insertAlias: db.prepare('INSERT INTO user_aliases (user_id, alias, position) VALUES (?, ?, ?)'),
    deleteGroups: db.prepare('DELETE FROM group_members WHERE user_id = ?'),
    insertGroup: db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)'),
    usernameOwner: db.prepare('SELECT id, username FROM users WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ? LIMIT 1'),
    numberOwner: db.prepare("SELECT id, username FROM users WHERE number = ? AND number <> '' AND deleted_at IS NULL AND id IS NOT ? LIMIT 1"),
    stampPassword: db.prepare('UPDATE users SET password_set_at = ?, password_expired = 0 WHERE id = ?'),
    stampPin: db.prepare('UPDATE users SET pin_set_at = ?, pin_expired = 0 WHERE id = ?'),
    // Id lists travel as one JSON parameter: one prepared statement whatever the selection's size.
    softDelete: db.prepare('UPDATE users SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))'),
    deletedAmong: db.prepare('SELECT * FROM users WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY id'),
    restore: db.prepare('UPDATE users SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL'),
    purge: db.prepare('DELETE FROM users WHERE deleted_at IS NOT NULL AND id IN (SELECT value FROM json_each(?))'),
    activeCount: db.prepare('SELECT count(*) FROM users WHERE deleted_at IS NULL').pluck(),
  };

  const load = (record: UserRecord) =>
    fromRecord(record, statements.aliases.all(record.id) as string[], statements.groups.all(record.id) as number[]);

  return {
    get(id) {
      const record = statements.get.get(id) as UserRecord | undefined;
      return record ? load(record) : null;
    },
    insert(fields, source, now) {
      return Number(statements.insert.run({ ...toColumnValues(fields), source, now }).lastInsertRowid);
    },
    update(id, fields, now) {
      statements.update.run({ ...toColumnValues(fields), now, id });
    },
    replaceAliases(id, aliases) {
      statements.deleteAliases.run(id);
      aliases.forEach((alias, position) => statements.insertAlias.run(id, alias, position));
    },
    replaceGroups(id, groupIds) {
      statements.deleteGroups.run(id);
      for (const groupId of new Set(groupIds)) statements.insertGroup.run(groupId, id);
    },
    usernameOwner(username, exceptId) {
      return (statements.usernameOwner.get(username, exceptId) as UserRef | undefined) ?? null;
    },
    numberOwner(number, exceptId) {
      return (statements.numberOwner.get(number, exceptId) as UserRef | undefined) ?? null;
    },
    stampSecret(id, name, setAt) {
      (name === 'password' ? statements.stampPassword : statements.stampPin).run(setAt, id);
    },
    softDelete(ids, now) {
      return statements.softDelete.run(now, now, JSON.stringify(ids)).changes;
    },
    deletedAmong(ids) {
      return (statements.deletedAmong.all(JSON.stringify(ids)) as UserRecord[]).map(load);
    },
    restore(id, now) {
      statements.restore.run(now, id);
    },
    purgeDeleted(ids) {
      return statements.purge.run(JSON.stringify(ids)).changes;
    },
    activeCount() {
      return statements.activeCount.get() as number;
    },
  };
}
