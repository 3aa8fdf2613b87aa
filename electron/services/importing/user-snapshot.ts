import type Database from 'better-sqlite3';

/**
 * Everything an import can change about one user, as stored: the row's stored columns, the aliases, the
 * phones, the group memberships and the secret ciphertexts (never plaintext: the site key stays in the
 * keychain). Undo writes it back as it was. A snapshot taken by an earlier version lacks what that version
 * did not have (a column, the phones): undo leaves those as they are now.
 */
export interface UserSnapshot {
  row: Record<string, unknown>;
  aliases: string[];
  phones?: { device: string; model: string; line: number | null }[];
  groupIds: number[];
  secrets: { name: string; iv: string; tag: string; ciphertext: string; updatedAt: string }[];
}

interface SecretRow {
  name: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
  updated_at: string;
}

/** The users table's stored columns (generated columns are left out: SQLite computes them). */
function storedColumns(db: Database.Database): string[] {
  const columns = db.pragma('table_xinfo(users)') as { name: string; hidden: number }[];
  // hidden: 0 ordinary, 1 hidden (virtual tables), 2 virtual generated, 3 stored generated.
  return columns.filter((c) => c.hidden === 0).map((c) => c.name);
}

/** Values as stored or as snapshotted (JSON): numbers, text, null, or lists of them. */
const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

const bySecretName = (secrets: UserSnapshot['secrets']) => [...secrets].sort((a, b) => a.name.localeCompare(b.name));

/** Reads and writes snapshots on one connection (the import's own, in a worker, or the main one). */
export function createSnapshots(db: Database.Database) {
  const columns = storedColumns(db);
  const settable = columns.filter((c) => c !== 'id');
  // The column names come from the schema itself, never from user text.
  const statements = {
    row: db.prepare(`SELECT ${columns.join(', ')} FROM users WHERE id = ?`),
    aliases: db.prepare('SELECT alias FROM user_aliases WHERE user_id = ? ORDER BY position').pluck(),
    phones: db.prepare('SELECT device, model, line FROM user_phones WHERE user_id = ? ORDER BY position'),
    clearPhones: db.prepare('DELETE FROM user_phones WHERE user_id = ?'),
    addPhone: db.prepare('INSERT INTO user_phones (user_id, position, device, model, line) VALUES (?, ?, ?, ?, ?)'),
    groups: db.prepare('SELECT group_id FROM group_members WHERE user_id = ? ORDER BY group_id').pluck(),
    secrets: db.prepare("SELECT name, iv, tag, ciphertext, updated_at FROM secrets WHERE owner_kind = 'user' AND owner_id = ?"),
    clearAliases: db.prepare('DELETE FROM user_aliases WHERE user_id = ?'),
    addAlias: db.prepare('INSERT INTO user_aliases (user_id, alias, position) VALUES (?, ?, ?)'),
    clearGroups: db.prepare('DELETE FROM group_members WHERE user_id = ?'),
    // A group deleted since the import cannot be rejoined; the membership is simply not restored.
    addGroup: db.prepare('INSERT INTO group_members (group_id, user_id) SELECT id, ? FROM user_groups WHERE id = ?'),
    clearSecrets: db.prepare("DELETE FROM secrets WHERE owner_kind = 'user' AND owner_id = ?"),
    addSecret: db.prepare("INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES ('user', ?, ?, ?, ?, ?, ?)"),
  };

  /** One UPDATE per set of changed columns, prepared once. */
  const rowWriters = new Map<string, Database.Statement>();
  const rowWriter = (changed: readonly string[]) => {
    const key = changed.join(',');
    let writer = rowWriters.get(key);
    if (!writer) {
      writer = db.prepare(`UPDATE users SET ${changed.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`);
      rowWriters.set(key, writer);
    }
    return writer;
  };

  const take = (userId: number): UserSnapshot | null => {
    const row = statements.row.get(userId) as Record<string, unknown> | undefined;
    if (!row) return null;
    const secrets = (statements.secrets.all(userId) as SecretRow[]).map((s) => ({
      name: s.name,
      iv: s.iv.toString('base64'),
      tag: s.tag.toString('base64'),
      ciphertext: s.ciphertext.toString('base64'),
      updatedAt: s.updated_at,
    }));
    return {
      row,
      aliases: statements.aliases.all(userId) as string[],
      phones: statements.phones.all(userId) as UserSnapshot['phones'],
      groupIds: statements.groups.all(userId) as number[],
      secrets,
    };
  };

  return {
    take,

    /**
     * Writes a snapshot back over the user with its id. Raises SQLite's UNIQUE error on a username/number clash.
     * Only what differs from the user as they are now (`current`, taken here when not given) is written: a
     * column written to its own value still rewrites every index that holds it and the search index, and an
     * alias list rewritten still re-indexes the user; the undo of a large import is mostly such writes.
     */
    restore(snapshot: UserSnapshot, current: UserSnapshot | null = take(snapshot.row.id as number)): void {
      const id = snapshot.row.id as number;
      const now = current?.row ?? {};
      // A column the snapshot lacks (an earlier version's) keeps its value now.
      const changed = settable.filter((column) => column in snapshot.row && !sameValue(snapshot.row[column], now[column] ?? null));
      if (changed.length > 0) rowWriter(changed).run({ id, ...Object.fromEntries(changed.map((column) => [column, snapshot.row[column]])) });
      if (!current || !sameValue(snapshot.aliases, current.aliases)) {
        statements.clearAliases.run(id);
        snapshot.aliases.forEach((alias, position) => statements.addAlias.run(id, alias, position));
      }
      if (snapshot.phones && (!current || !sameValue(snapshot.phones, current.phones))) {
        statements.clearPhones.run(id);
        snapshot.phones.forEach((phone, position) => statements.addPhone.run(id, position, phone.device, phone.model, phone.line));
      }
      if (!current || !sameValue(snapshot.groupIds, current.groupIds)) {
        statements.clearGroups.run(id);
        for (const groupId of snapshot.groupIds) statements.addGroup.run(id, groupId);
      }
      if (!current || !sameValue(bySecretName(snapshot.secrets), bySecretName(current.secrets))) {
        statements.clearSecrets.run(id);
        for (const s of snapshot.secrets) {
          statements.addSecret.run(
            id,
            s.name,
            Buffer.from(s.iv, 'base64'),
            Buffer.from(s.tag, 'base64'),
            Buffer.from(s.ciphertext, 'base64'),
            s.updatedAt,
          );
        }
      }
    },
  };
}
