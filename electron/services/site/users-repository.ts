import type Database from 'better-sqlite3';
import type { UserFields, UserSource } from '@shared/domain';
import { EDITABLE_COLUMNS, fromRecord, LIST_FIELDS, toColumnValues } from './user-record';
import type { ListStorage, StoredUser, UserRecord } from './user-record';

export interface UserRef {
  id: number;
  username: string;
}

export interface UsersRepository {
  get(id: number): StoredUser | null;
  /** A new user: the row and its lists (aliases, phones, group memberships). */
  insert(fields: UserFields, source: UserSource, now: string): number;
  /** The row and the lists; with `before` (the user as stored), only the lists that differ are rewritten. */
  update(id: number, fields: UserFields, now: string, before?: UserFields): void;
  /** The active user (other than exceptId) holding this username, ignoring case. */
  usernameOwner(username: string, exceptId: number | null): UserRef | null;
  /** The active user (other than exceptId) holding this number. */
  numberOwner(number: string, exceptId: number | null): UserRef | null;
  /** The number a user holds as stored ('' when none), or null when there is no such user. */
  numberOf(id: number): string | null;
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
const parameterList = EDITABLE_COLUMNS.map(() => '?').join(', ');
const assignmentList = EDITABLE_COLUMNS.map((c) => `${c} = ?`).join(', ');

export function createUsersRepository(db: Database.Database): UsersRepository {
  const statements = {
    get: db.prepare('SELECT * FROM users WHERE id = ?'),
    aliases: db.prepare('SELECT alias FROM user_aliases WHERE user_id = ? ORDER BY position').pluck(),
    phones: db.prepare('SELECT device, model, line FROM user_phones WHERE user_id = ? ORDER BY position'),
    deletePhones: db.prepare('DELETE FROM user_phones WHERE user_id = ?'),
    insertPhone: db.prepare('INSERT INTO user_phones (user_id, position, device, model, line) VALUES (?, ?, ?, ?, ?)'),
    groups: db.prepare('SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id').pluck(),
    insert: db.prepare(`INSERT INTO users (${columnList}, source, created_at, updated_at) VALUES (${parameterList}, ?, ?, ?)`),
    update: db.prepare(`UPDATE users SET ${assignmentList}, updated_at = ? WHERE id = ?`),
    deleteAliases: db.prepare('DELETE FROM user_aliases WHERE user_id = ?'),
    insertAlias: db.prepare('INSERT INTO user_aliases (user_id, alias, position) VALUES (?, ?, ?)'),
    deleteGroups: db.prepare('DELETE FROM group_members WHERE user_id = ?'),
    insertGroup: db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)'),
    usernameOwner: db.prepare('SELECT id, username FROM users WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ? LIMIT 1'),
    numberOf: db.prepare('SELECT number FROM users WHERE id = ?').pluck(),
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
    fromRecord(record, {
      aliases: statements.aliases.all(record.id) as string[],
      phones: statements.phones.all(record.id) as UserFields['phones'],
      groupIds: statements.groups.all(record.id) as number[],
    });

  /** Each list of the record with its writer; the declaration says which fields are lists (user-record.ts). */
  const writeList: Record<ListStorage, (id: number, fields: UserFields) => void> = {
    aliases(id, fields) {
      statements.deleteAliases.run(id);
      fields.aliases.forEach((alias, position) => statements.insertAlias.run(id, alias, position));
    },
    phones(id, fields) {
      statements.deletePhones.run(id);
      fields.phones.forEach((phone, position) => statements.insertPhone.run(id, position, phone.device, phone.model, phone.line));
    },
    groups(id, fields) {
      statements.deleteGroups.run(id);
      for (const groupId of new Set(fields.groupIds)) statements.insertGroup.run(groupId, id);
    },
  };
  const writeLists = (id: number, fields: UserFields, before: UserFields | null) => {
    for (const { name, storage } of LIST_FIELDS) {
      const unchanged = before === null ? (fields[name] as unknown[]).length === 0 : JSON.stringify(fields[name]) === JSON.stringify(before[name]);
      if (!unchanged) writeList[storage](id, fields);
    }
  };

  return {
    get(id) {
      const record = statements.get.get(id) as UserRecord | undefined;
      return record ? load(record) : null;
    },
    insert(fields, source, now) {
      const id = Number(statements.insert.run(...toColumnValues(fields), source, now, now).lastInsertRowid);
      // A new user has no lists to replace: only the non-empty ones are written (this keeps a large demo quick).
      writeLists(id, fields, null);
      return id;
    },
    update(id, fields, now, before) {
      statements.update.run(...toColumnValues(fields), now, id);
      if (before) writeLists(id, fields, before);
      else for (const { storage } of LIST_FIELDS) writeList[storage](id, fields);
    },
    usernameOwner(username, exceptId) {
      return (statements.usernameOwner.get(username, exceptId) as UserRef | undefined) ?? null;
    },
    numberOwner(number, exceptId) {
      return (statements.numberOwner.get(number, exceptId) as UserRef | undefined) ?? null;
    },
    numberOf(id) {
      return (statements.numberOf.get(id) as string | undefined) ?? null;
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
