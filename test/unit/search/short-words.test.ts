import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { MIGRATIONS } from '../../../electron/services/site/migrations';
import { OpenSite } from '../../../electron/services/site/open-site';
import { openSiteDatabase } from '../../../electron/services/site/site-database';
import { ROSTER_APPLICATION_ID } from '../../../electron/services/site/site-format';
import { shortWordTerms } from '../../../electron/services/site/short-word-terms';
import { pageMatching, searchUsers } from '../../../electron/services/site/user-search';
import { useTempDirs } from '../../support/temp-dir';

// Words of one or two characters are looked up through the trigram index's vocabulary (migration 009) when a
// page is read, and with a LIKE when counting. Both must find exactly what a LIKE over the ten text columns
// finds (ASCII case ignored, nothing else folded): checked here against that rule written out in plain code.

const tempDir = useTempDirs();

const TEXT_COLUMNS = ['username', 'first_name', 'last_name', 'department', 'email', 'phone', 'mobile', 'pager', 'number', 'alias_text'] as const;
type Column = (typeof TEXT_COLUMNS)[number];
type Values = Record<Column, string>;

// Few characters, so short words hit often: ASCII in both cases, accented letters (which the trigram index
// folds but LIKE does not), LIKE's own wildcards, space and dot.
const ALPHABET = ['a', 'A', 'k', 'K', 'ä', 'Ä', 'e', '%', '_', ' ', '.'];
const piece = (maxLength: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength }).map((chars) => chars.join(''));
const digits = fc.array(fc.constantFrom('1', '2', '7'), { maxLength: 3 }).map((chars) => chars.join(''));

const asciiLower = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());
const contains = (value: string, word: string) => asciiLower(value).includes(asciiLower(word));

async function siteWith(users: Omit<Values, 'username' | 'alias_text'>[]): Promise<{ site: OpenSite; values: Map<string, Values> }> {
  const site = await OpenSite.create(join(tempDir(), 'short.roster'), 'Short words', new MemoryKeyStore());
  const insert = site.db
    .prepare(`INSERT INTO users (username, first_name, last_name, department, email, phone, mobile, pager, number, created_at, updated_at)
    VALUES (@username, @first_name, @last_name, @department, @email, @phone, @mobile, @pager, @number, '2026-01-01', '2026-01-01')`);
  const values = new Map<string, Values>();
  site.db.transaction(() => {
    users.forEach((user, i) => {
      // Usernames and numbers must be unique: a prefix keeps them apart, the rest is generated like any value.
      const row = { ...user, username: `u${i}${user.first_name}`, number: user.number === '' ? '' : `${String(i).padStart(4, '0')}${user.number}` };
      insert.run(row);
      values.set(row.username, { ...row, alias_text: '' });
    });
  })();
  return { site, values };
}

function expected(values: Map<string, Values>, word: string, columns: readonly Column[] = TEXT_COLUMNS): string[] {
  return [...values.values()]
    .filter((user) => columns.some((column) => contains(user[column], word)))
    .map((user) => user.username)
    .sort();
}

function found(site: OpenSite, text: string, extra: Partial<UserListQuery> = {}): { total: number; names: string[] } {
  const { total, rows } = searchUsers(site.db, userListQuerySchema.parse({ text, limit: 500, ...extra }));
  return { total, names: rows.map((row) => row.username).sort() };
}

const userValues = fc.record({
  first_name: piece(4),
  last_name: piece(6),
  department: piece(3),
  email: piece(6),
  phone: digits,
  mobile: digits,
  pager: piece(2),
  number: digits,
});

/** A short word as the search box takes it: quoted, so %, _, space and dot are part of the word. */
const quoted = (word: string) => `"${word}"`;

describe('short search words', () => {
  it('find exactly what a LIKE over the text columns finds, on a page and in the count', async () => {
    const users = fc.sample(userValues, { numRuns: 300, seed: 7 });
    const { site, values } = await siteWith(users);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 2 }).map((chars) => chars.join('')),
        (word) => {
          if (word.trim() === '') return; // a blank word is no condition at all
          const names = expected(values, word);
          expect(found(site, quoted(word)), word).toEqual({ total: names.length, names });
        },
      ),
      { numRuns: 150, seed: 11 },
    );
    site.close();
  });

  it('find a word at the very end of a value and a value of one or two characters', async () => {
    const { site } = await siteWith([
      { first_name: 'Kaka', last_name: 'x', department: 'HR', email: '', phone: '', mobile: '', pager: '', number: '' },
      { first_name: 'Anna', last_name: 'Novak', department: 'IT', email: '', phone: '', mobile: '', pager: '', number: '' },
    ]);
    expect(found(site, 'ak').names).toEqual(['u0Kaka', 'u1Anna']);
    expect(found(site, 'k').names).toEqual(['u0Kaka', 'u1Anna']);
    expect(found(site, 'x').names).toEqual(['u0Kaka']);
    expect(found(site, 'dept:hr').names).toEqual(['u0Kaka']);
    expect(found(site, 'dept:t').names).toEqual(['u1Anna']);
    // A field's word is looked for in that field only.
    expect(found(site, 'last:ka').names).toEqual([]);
    expect(found(site, 'first:ka').names).toEqual(['u0Kaka']);
    // Accents are not folded by a short word (as before: the LIKE decides), while longer words fold them.
    site.db.prepare("UPDATE users SET last_name = 'Käx' WHERE first_name = 'Anna'").run();
    expect(found(site, 'ka').names).toEqual(['u0Kaka']);
    expect(found(site, 'kax').names).toEqual(['u1Anna']);
    site.close();
  });

  it('follow edits, aliases, deletion and purging of users', async () => {
    const users = fc.sample(userValues, { numRuns: 120, seed: 3 });
    const { site, values } = await siteWith(users);
    const ids = site.db.prepare('SELECT id, username FROM users ORDER BY id').all() as { id: number; username: string }[];
    const update = site.db.prepare('UPDATE users SET last_name = ?, department = ? WHERE id = ?');
    const alias = site.db.prepare('INSERT INTO user_aliases (user_id, alias, position) VALUES (?, ?, 0)');
    ids.forEach(({ id, username }, i) => {
      const user = values.get(username)!;
      if (i % 3 === 0) {
        update.run(`${user.last_name}Ka`, 'e%', id);
        Object.assign(user, { last_name: `${user.last_name}Ka`, department: 'e%' });
      }
      if (i % 5 === 0) {
        alias.run(id, `k${i}_`);
        user.alias_text = `k${i}_`;
      }
    });
    // Deleted users leave the active view (and come back in the deleted view); purged ones leave the index.
    const deleted = ids.filter((_, i) => i % 7 === 1);
    site.users.softDelete(
      deleted.map((user) => user.id),
      '2026-02-01T00:00:00.000Z',
    );
    const purged = ids.filter((_, i) => i % 7 === 2);
    site.db.prepare(`DELETE FROM users WHERE id IN (${purged.map(() => '?').join(', ')})`).run(...purged.map((user) => user.id));
    const active = new Map([...values].filter(([name]) => !deleted.some((d) => d.username === name) && !purged.some((p) => p.username === name)));
    const inBin = new Map([...values].filter(([name]) => deleted.some((d) => d.username === name)));
    for (const word of ['ka', 'Ka', 'a', 'e%', '%', 'k', '_', '1_', 'ä', 'Ä', 'e']) {
      const names = expected(active, word);
      expect(found(site, quoted(word)), word).toEqual({ total: names.length, names });
      const binned = expected(inBin, word);
      expect(found(site, quoted(word), { view: 'deleted' }), `${word} (deleted)`).toEqual({ total: binned.length, names: binned });
    }
    const departments = expected(active, 'e%', ['department']);
    expect(found(site, 'dept:"e%"').names).toEqual(departments);
    // The index holds exactly the padded values of every user still in the table (FTS5 compares the two).
    expect(() => site.db.exec("INSERT INTO users_fts (users_fts, rank) VALUES ('integrity-check', 1)")).not.toThrow();
    site.close();
  });

  it('narrow a page through the index, and leave a word held by too many users to its LIKE', async () => {
    const { site } = await siteWith([
      { first_name: 'Kai', last_name: 'Kaya', department: 'HR', email: '', phone: '', mobile: '', pager: '', number: '' },
      { first_name: 'Ka', last_name: 'Abe', department: 'IT', email: '', phone: '', mobile: '', pager: '', number: '' },
    ]);
    // "ka" begins "kai", "kay", "kay" … and "ka" + separator: each indexed term once.
    expect(shortWordTerms(site.db, 'KA', null, 100)?.sort()).toEqual(['ka\u001f', 'kai', 'kay'].sort());
    expect(shortWordTerms(site.db, 'ka', ['department'], 100)).toEqual([]);
    expect(shortWordTerms(site.db, 'hr', ['department'], 100)).toEqual(['hr\u001f']);
    // More users than the cap: no candidates, the LIKE alone decides.
    expect(shortWordTerms(site.db, 'ka', null, 1)).toBeNull();
    // Not ASCII: the index holds it folded, so it cannot be looked up as typed.
    expect(shortWordTerms(site.db, 'kä', null, 100)).toBeNull();
    // A page reads the candidates; a word no indexed trigram begins with needs no reading at all.
    const page = (text: string) => pageMatching(site.db, userListQuerySchema.parse({ text }), 1);
    expect(page('ka').where).toContain('users_fts MATCH');
    expect(page('ka').from).toBe('users u');
    expect(page('zz').where).toMatch(/\b0\b/);
    site.close();
  });

  it('are found in a site written before the index held them, once it is opened', async () => {
    const path = join(tempDir(), 'older.roster');
    const raw = new Database(path);
    raw.pragma(`application_id = ${ROSTER_APPLICATION_ID}`);
    for (const migration of MIGRATIONS.filter((m) => m.version < 9)) raw.exec(migration.sql);
    raw.pragma('user_version = 8');
    raw.exec(`INSERT INTO users (username, first_name, last_name, department, created_at, updated_at) VALUES
      ('anna.novak', 'Anna', 'Novak', 'HR', '2026-01-01', '2026-01-01'), ('kai.x', 'Kai', 'X', 'Legal', '2026-01-01', '2026-01-01')`);
    raw.close();
    const db = await openSiteDatabase(path);
    const names = (text: string) => searchUsers(db, userListQuerySchema.parse({ text })).rows.map((row) => row.username);
    // A letter that ends a value is found only through the padded index that the migration filled.
    expect(names('x')).toEqual(['kai.x']);
    expect(names('dept:hr')).toEqual(['anna.novak']);
    expect(names('novak')).toEqual(['anna.novak']);
    expect(names('legal OR ak')).toEqual(['anna.novak', 'kai.x']);
    db.close();
  });
});
