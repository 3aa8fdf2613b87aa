import { describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { RosterError } from '@shared/result';
import { searchUsers } from '../../../electron/services/site/user-search';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor, userIdByName } from '../services/site-fixtures';

const tempDir = useTempDirs();

const names = (site: OpenSite, text: string, extra: Partial<UserListQuery> = {}) =>
  searchUsers(site.db, userListQuerySchema.parse({ text, ...extra })).rows.map((r) => r.username);

describe('the search language on the demo site', () => {
  it('answers every operator kind', async () => {
    const site = await demoSite(tempDir());
    // Free words: infix, any order, case and accents ignored; short words through LIKE.
    expect(names(site, 'muller')).toEqual(['elisabeth.mueller']);
    expect(names(site, 'ASHOK management')).toEqual(['ashok.kumar']);
    expect(names(site, 'loggs')).toEqual(['fred.bloggs']);
    expect(names(site, 'hr')).toEqual(['elisabeth.mueller']);
    // Fields.
    expect(names(site, 'dept:management')).toEqual(['ashok.kumar', 'fred.bloggs']);
    expect(names(site, 'last:müller')).toEqual(['elisabeth.mueller']);
    expect(names(site, 'first:hans')).toEqual(['hans.meier']);
    expect(names(site, 'name:sato')).toEqual(['hanako.sato']);
    expect(names(site, 'user:hong')).toEqual(['gildong.hong']);
    expect(names(site, 'email:fred')).toEqual(['fred.bloggs']);
    expect(names(site, 'dept:meier')).toEqual([]);
    expect(names(site, 'lang:de')).toEqual(['elisabeth.mueller', 'hans.meier']);
    expect(names(site, 'source:manual')).toHaveLength(6);
    expect(names(site, 'group:"night shift"')).toEqual(['gildong.hong', 'hans.meier']);
    expect(names(site, 'group:night*')).toEqual(['gildong.hong', 'hans.meier']);
    expect(names(site, 'group:night')).toEqual([]); // a group name is matched whole
    // Phrases, negation, OR, parentheses.
    expect(names(site, '"gil-dong"')).toEqual(['gildong.hong']);
    expect(names(site, '-dept:management')).toEqual(['elisabeth.mueller', 'gildong.hong', 'hanako.sato', 'hans.meier']);
    expect(names(site, '-hans -hanako -kumar')).toEqual(['elisabeth.mueller', 'fred.bloggs', 'gildong.hong']);
    expect(names(site, '"hans" OR "hanako"')).toEqual(['hanako.sato', 'hans.meier']);
    expect(names(site, 'dept:hr OR dept:management first:fred')).toEqual(['elisabeth.mueller', 'fred.bloggs']);
    expect(names(site, '(dept:hr OR dept:management) -first:fred')).toEqual(['ashok.kumar', 'elisabeth.mueller']);
    // Numbers and dates.
    expect(names(site, 'number:1000..1010')).toEqual(['ashok.kumar', 'elisabeth.mueller']);
    expect(names(site, 'number>1076')).toEqual(['hanako.sato']);
    expect(names(site, 'number:1005')).toEqual(['ashok.kumar']);
    expect(names(site, 'vip>=3')).toEqual(['ashok.kumar', 'fred.bloggs']);
    expect(names(site, 'vip:0')).toEqual(['gildong.hong', 'hans.meier']);
    const today = new Date().toISOString().slice(0, 10);
    expect(names(site, `created:${today}`)).toHaveLength(6);
    expect(names(site, `created>${today}`)).toEqual([]);
    expect(names(site, 'updated<2000-01-01')).toEqual([]);
    expect(names(site, 'created>=2000-01-01..2999-01-01'.replace('>=', ':'))).toHaveLength(6);
    // Wildcards match the whole value.
    expect(names(site, 'email:*@company.domain')).toHaveLength(6);
    expect(names(site, 'han*')).toEqual(['hanako.sato', 'hans.meier']);
    expect(names(site, '*ggs')).toEqual(['fred.bloggs']);
    expect(names(site, 'number:10*')).toHaveLength(6);
    expect(names(site, 'number:109*')).toEqual(['hanako.sato']);
    // has:, is:, priv:
    expect(names(site, 'has:mobile')).toHaveLength(6);
    expect(names(site, 'has:pager')).toEqual([]);
    expect(names(site, 'has:photo')).toEqual([]);
    expect(names(site, 'is:enabled')).toHaveLength(6);
    expect(names(site, 'is:disabled OR is:phantom OR is:locked')).toEqual([]);
    expect(names(site, 'priv:web')).toHaveLength(6);
    expect(names(site, 'priv:sms')).toEqual([]);
    site.close();
  });

  it('follows changes: state, privileges, secrets, deletion', async () => {
    const site = await demoSite(tempDir());
    const hans = site.user(userIdByName(site, 'hans.meier'));
    saveUser(site, {
      ...draftFor(site, {}),
      ...hans,
      enabled: false,
      phantom: true,
      privileges: { ...hans.privileges, sms: true },
      password: { action: 'keep' },
      pin: { action: 'keep' },
    });
    expect(names(site, 'is:disabled')).toEqual(['hans.meier']);
    expect(names(site, 'is:phantom priv:sms')).toEqual(['hans.meier']);
    site.db.prepare("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z', password_expired = 1 WHERE username = 'fred.bloggs'").run();
    expect(names(site, 'is:locked')).toEqual(['fred.bloggs']);
    expect(names(site, 'is:expired')).toEqual(['fred.bloggs']);
    site.users.softDelete([userIdByName(site, 'ashok.kumar')], new Date().toISOString());
    expect(names(site, 'kumar')).toEqual([]);
    // is:deleted speaks about deleted users, so the view no longer hides them.
    expect(names(site, 'is:deleted')).toEqual(['ashok.kumar']);
    expect(names(site, 'dept:management -is:deleted')).toEqual(['fred.bloggs']);
    expect(names(site, 'kumar', { view: 'deleted' })).toEqual(['ashok.kumar']);
    site.close();
  });

  it('refuses a text that does not parse as VALIDATION at the text field, with the position', async () => {
    const site = await demoSite(tempDir());
    let refusal: unknown;
    try {
      names(site, 'dept:"unterminated');
    } catch (problem) {
      refusal = problem;
    }
    expect(refusal).toBeInstanceOf(RosterError);
    expect((refusal as RosterError).toContractError()).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['text'], message: 'search.error.unterminatedQuote', params: { position: 5, length: 13 } }],
    });
    site.close();
  });

  it('takes injection attempts and FTS syntax as literal text', async () => {
    const site = await demoSite(tempDir());
    const attempts = [
      "'",
      "''",
      "' OR 1=1 --",
      '"; DROP TABLE users; --"',
      '; DROP TABLE users; --',
      'x; DELETE FROM users',
      '"NEAR(kumar fred)"',
      'NEAR(kumar',
      '^kumar',
      'kum*r',
      '"kum" AND',
      '"col:kumar"',
      '{username}:kumar',
      'a:b'.replace('a', '"a') + '"',
      '%',
      '_',
      '\\',
      '"%_\\"',
      'dept:"\'; --"',
      "group:\"x' OR '1'='1\"",
      "email:*'*",
      '"\\""',
    ];
    for (const text of attempts) {
      // Either an answer, or (for text the language cannot read, such as an unclosed parenthesis) a
      // refusal as VALIDATION: never an SQLite or FTS5 error.
      try {
        names(site, text);
      } catch (problem) {
        expect(problem, text).toBeInstanceOf(RosterError);
        expect((problem as RosterError).code, text).toBe('VALIDATION');
      }
    }
    expect(() => names(site, "' OR 1=1 --")).not.toThrow();
    expect(() => names(site, '^kumar kum*r "kum" {username}')).not.toThrow();
    expect(names(site, '"; DROP TABLE users; --"')).toEqual([]);
    expect(names(site, '"NEAR(kumar fred)"')).toEqual([]);
    expect(names(site, '%')).toEqual([]);
    expect(names(site, '_')).toEqual([]);
    expect(names(site, "' OR 1=1 --")).toEqual([]);
    // The table is still there, whole.
    expect(names(site, '')).toHaveLength(6);
    // The literal text is found when it is really there.
    const hans = site.user(userIdByName(site, 'hans.meier'));
    saveUser(site, { ...draftFor(site, {}), ...hans, department: 'R&D "NEAR(x)" 100%', password: { action: 'keep' }, pin: { action: 'keep' } });
    expect(names(site, '"\\"NEAR(x)\\""')).toEqual(['hans.meier']);
    expect(names(site, '100%')).toEqual(['hans.meier']);
    expect(names(site, 'dept:*%')).toEqual(['hans.meier']);
    site.close();
  });
});

describe('import:, the users one import created or updated', () => {
  it('lists them from the import ledger, not the ones it deleted, and nothing once the import is undone', async () => {
    const { beginImport, undoImport } = await import('../../../electron/services/importing/import-ledger');
    const site = await demoSite(tempDir());
    const now = new Date().toISOString();
    const record = site.db.transaction(() => {
      const ledger = beginImport(site.db, { source: 'csv', label: 'people.csv' });
      ledger.created(site.users.insert(draftFor(site, { username: 'new.person', number: '' }), 'csv', now));
      const ashok = userIdByName(site, 'ashok.kumar');
      ledger.updating(ashok);
      site.db.prepare("UPDATE users SET department = 'Imported' WHERE id = ?").run(ashok);
      const hanako = userIdByName(site, 'hanako.sato');
      ledger.deleting(hanako);
      site.users.softDelete([hanako], now);
      return ledger.finish();
    })();
    expect(names(site, `import:${record.id}`)).toEqual(['ashok.kumar', 'new.person']);
    expect(names(site, `import:${record.id} dept:imported`)).toEqual(['ashok.kumar']);
    expect(names(site, `import:${record.id + 1}`)).toEqual([]);
    undoImport(site.db, record.id);
    expect(names(site, `import:${record.id}`)).toEqual([]);
    site.close();
  });
});
