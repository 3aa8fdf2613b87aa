import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EndUserDraft, EndUserSettings } from '@shared/rules/end-user-rules';
import type { ContractError, Result } from '@shared/result';
import { createHarness, siteHarness } from '../../support/contract-harness';
import type { Harness, SiteHarness } from '../../support/contract-harness';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { APP_ID, CLIENT_SECRET, cupsDraft, integrationUser, PASSWORD_1, PASSWORD_2, teamsDraft } from './end-user-drafts';

const SECRETS = [CLIENT_SECRET, PASSWORD_1, PASSWORD_2];

let site: SiteHarness;
let api: Harness;
let sitePath: string;
/** Every answer of the contract in this test, to prove no secret ever left main (the harness records them). */
let answers: Result<unknown>[];

beforeEach(async () => {
  site = await siteHarness();
  api = site;
  answers = site.answers;
  sitePath = site.sitePath;
});
afterEach(() => {
  api.shutdown();
  site.removeDir();
});

const call = <T>(channel: string, input: unknown = {}): Promise<T> => api.call<T>(channel, input);
const refusal = (draft: unknown): Promise<ContractError> => api.refusal('endUser.save', { draft });
const save = (draft: EndUserDraft) => call<EndUserSettings>('endUser.save', { draft });
const get = () => call<EndUserSettings>('endUser.get');

/** Keeps everything stored: the saved settings as the screen would send them back unchanged. */
function unchanged(settings: EndUserSettings): EndUserDraft {
  const { clientSecret: _status, integrationUsers, ...teams } = settings.presence.teams;
  return {
    useCucmAuthentication: settings.useCucmAuthentication,
    presence: {
      ...settings.presence,
      teams: {
        ...teams,
        clientSecret: { action: 'keep' },
        integrationUsers: integrationUsers.map(({ id, username }) => ({ id, username, password: { action: 'keep' } })),
      },
    },
  };
}

/** The site file's bytes after the WAL is folded into it (closing the site checkpoints). */
async function fileBytesAfterClose(): Promise<Buffer> {
  await call('site.close');
  return readFileSync(sitePath);
}

function withSiteFile<T>(read: (db: Database.Database) => T): T {
  const db = new Database(sitePath, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('End user settings through the contract', () => {
  it('starts with CUCM authentication off and no presence service', async () => {
    const settings = await get();
    expect(settings.useCucmAuthentication).toBe(false);
    expect(settings.presence.service).toBe('none');
    expect(settings.presence.teams.clientSecret).toEqual({ set: false, unreadable: false });
    expect(settings.presence.teams.integrationUsers).toEqual([]);
  });

  it('saves Teams presence with its secrets as status only, and keeps them on the next read', async () => {
    const saved = await save(teamsDraft());
    expect(saved).toEqual(await get());
    expect(saved.useCucmAuthentication).toBe(true);
    expect(saved.presence.teams).toMatchObject({ activated: true, applicationId: APP_ID, clientSecret: { set: true, unreadable: false } });
    expect(saved.presence.teams.integrationUsers.map(({ username, password }) => ({ username, password }))).toEqual([
      { username: 'presence.bot1@example.com', password: { set: true, unreadable: false } },
      { username: 'presence.bot2@example.com', password: { set: true, unreadable: false } },
    ]);
    // Saving again without touching the secrets keeps them.
    const again = await save(unchanged(saved));
    expect(again).toEqual(saved);
  });

  it.each([
    ['a bad application ID', teamsDraft({ applicationId: 'not-a-guid' }), ['draft', 'presence', 'teams', 'applicationId'], 'rule.guid.format'],
    [
      'an http:// notification URL',
      teamsDraft({ notificationUrl: 'http://callisto.example.com/notify' }),
      ['draft', 'presence', 'teams', 'notificationUrl'],
      'rule.url.https',
    ],
    ['a CUPS host with a protocol', cupsDraft({ host: 'sip://cups.example.com' }), ['draft', 'presence', 'cups', 'host'], 'rule.host.format'],
    ['CUPS port 70000', cupsDraft({ port: 70000 }), ['draft', 'presence', 'cups', 'port'], 'rule.port.range'],
    ['a CUPS domain without a dot', cupsDraft({ domain: 'local' }), ['draft', 'presence', 'cups', 'domain'], 'rule.domain.format'],
    [
      'a 31st integration user',
      teamsDraft({ integrationUsers: Array.from({ length: 31 }, (_, n) => integrationUser(n + 1)) }),
      ['draft', 'presence', 'teams', 'integrationUsers'],
      'rule.endUser.integrationUsers.tooMany',
    ],
    [
      'a duplicate integration username',
      teamsDraft({ integrationUsers: [integrationUser(1), { ...integrationUser(2), username: 'PRESENCE.BOT1@example.com' }] }),
      ['draft', 'presence', 'teams', 'integrationUsers', 1, 'username'],
      'rule.endUser.integrationUser.duplicate',
    ],
    [
      'activated Teams without an application ID',
      teamsDraft({ applicationId: '' }),
      ['draft', 'presence', 'teams', 'applicationId'],
      'rule.endUser.teams.required',
    ],
    [
      'activated Teams without a notification URL',
      teamsDraft({ notificationUrl: ' ' }),
      ['draft', 'presence', 'teams', 'notificationUrl'],
      'rule.endUser.teams.required',
    ],
    [
      'activated Teams without a client secret',
      teamsDraft({ clientSecret: { action: 'keep' } }),
      ['draft', 'presence', 'teams', 'clientSecret', 'value'],
      'rule.endUser.teams.clientSecretRequired',
    ],
    [
      'a new integration user without a password',
      teamsDraft({ integrationUsers: [integrationUser(1, null)] }),
      ['draft', 'presence', 'teams', 'integrationUsers', 0, 'password', 'value'],
      'rule.endUser.integrationUser.password.required',
    ],
  ])('refuses %s with VALIDATION at the field and stores nothing', async (_name, draft, path, message) => {
    const error = await refusal(draft);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, message }));
    expect(await get()).toMatchObject({ useCucmAuthentication: false, presence: { service: 'none', teams: { clientSecret: { set: false } } } });
  });

  it('refuses the 31st integration user added to 30 stored ones', async () => {
    const thirty = Array.from({ length: 30 }, (_, n) => integrationUser(n + 1));
    const saved = await save(teamsDraft({ integrationUsers: thirty }));
    expect(saved.presence.teams.integrationUsers).toHaveLength(30);
    const draft = unchanged(saved);
    draft.presence.teams.integrationUsers.push(integrationUser(31));
    const error = await refusal(draft);
    expect(error.issues).toEqual([
      { path: ['draft', 'presence', 'teams', 'integrationUsers'], message: 'rule.endUser.integrationUsers.tooMany', params: { max: 30 } },
    ]);
    expect((await get()).presence.teams.integrationUsers).toHaveLength(30);
  });

  it('never lets a client secret or password out: not in any answer, not in the file, not in the audit log', async () => {
    const saved = await save(teamsDraft());
    await get();
    await refusal(teamsDraft({ applicationId: 'bad' }));
    await save(unchanged(saved));
    await call('site.current');

    for (const answer of answers) {
      const text = JSON.stringify(answer);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    }
    const auditText = withSiteFile((db) => JSON.stringify(db.prepare('SELECT * FROM audit_log').all()));
    for (const secret of SECRETS) expect(auditText).not.toContain(secret);

    const bytes = await fileBytesAfterClose();
    for (const secret of SECRETS) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    }
    // The settings themselves are in the file: the search would have found plain text.
    expect(bytes.includes(Buffer.from(APP_ID))).toBe(true);
  });

  it('records each save in the audit log with secrets named only', async () => {
    const saved = await save(teamsDraft());
    await save({ ...unchanged(saved), useCucmAuthentication: false });
    await save(unchanged(await get())); // no change: no entry

    const rows = withSiteFile((db) =>
      db.prepare("SELECT entity, entity_id, entity_label, action, changes FROM audit_log WHERE entity = 'settings' ORDER BY id").all(),
    ) as {
      entity: string;
      entity_id: number | null;
      entity_label: string;
      action: string;
      changes: string;
    }[];
    expect(rows).toHaveLength(2);
    expect(rows.map(({ entity, entity_id, entity_label, action }) => ({ entity, entity_id, entity_label, action }))).toEqual([
      { entity: 'settings', entity_id: null, entity_label: 'endUser', action: 'update' },
      { entity: 'settings', entity_id: null, entity_label: 'endUser', action: 'update' },
    ]);
    const first = JSON.parse(rows[0]!.changes) as Record<string, unknown>[];
    expect(first).toContainEqual({ field: 'presence.service', before: 'none', after: 'teams' });
    expect(first).toContainEqual({ field: 'presence.teams.applicationId', before: '', after: APP_ID });
    expect(first).toContainEqual({ field: 'presence.teams.clientSecret', secret: true });
    expect(first).toContainEqual({ field: 'presence.teams.integrationUsers.presence.bot1@example.com.password', secret: true });
    expect(first.filter((change) => 'secret' in change).every((change) => Object.keys(change).sort().join() === 'field,secret')).toBe(true);
    expect(JSON.parse(rows[1]!.changes)).toEqual([{ field: 'useCucmAuthentication', before: true, after: false }]);
  });

  it('removes an integration user together with its password', async () => {
    const saved = await save(teamsDraft());
    const [first, second] = saved.presence.teams.integrationUsers;
    const storedPasswords = () =>
      withSiteFile((db) =>
        db
          .prepare("SELECT name FROM secrets WHERE owner_kind = 'settings' AND name LIKE 'presence.teams.integrationUser.%' ORDER BY name")
          .pluck()
          .all(),
      );
    expect(storedPasswords()).toHaveLength(2);

    const draft = unchanged(saved);
    draft.presence.teams.integrationUsers = draft.presence.teams.integrationUsers.filter((user) => user.id === second!.id);
    const after = await save(draft);
    expect(after.presence.teams.integrationUsers).toEqual([second]);
    expect(storedPasswords()).toEqual([`presence.teams.integrationUser.${second!.id}.password`]);
    expect(storedPasswords()).not.toContain(`presence.teams.integrationUser.${first!.id}.password`);

    const rows = withSiteFile((db) =>
      db.prepare("SELECT changes FROM audit_log WHERE entity = 'settings' ORDER BY id DESC LIMIT 1").pluck().all(),
    ) as string[];
    expect(JSON.parse(rows[0]!)).toEqual([
      {
        field: 'presence.teams.integrationUsers',
        before: ['presence.bot1@example.com', 'presence.bot2@example.com'],
        after: ['presence.bot2@example.com'],
      },
      { field: 'presence.teams.integrationUsers.presence.bot1@example.com.password', secret: true },
    ]);
  });

  it('clears the client secret when Teams is no longer activated, and replaces a password in place', async () => {
    const saved = await save(teamsDraft());
    const draft = unchanged(saved);
    draft.presence.teams.activated = false;
    draft.presence.teams.clientSecret = { action: 'clear' };
    draft.presence.teams.integrationUsers[0]!.password = { action: 'set', value: 'A-new-one-9!' };
    const after = await save(draft);
    expect(after.presence.teams.clientSecret.set).toBe(false);
    expect(after.presence.teams.integrationUsers.map((user) => user.id)).toEqual(saved.presence.teams.integrationUsers.map((user) => user.id));
    expect(after.presence.teams.integrationUsers.every((user) => user.password.set)).toBe(true);
  });

  it('saves nothing at all when a secret cannot be stored (no site key on this workstation)', async () => {
    api.shutdown();
    // A keychain that refuses every write: the site cannot get a key, so no secret can be sealed.
    const refusing = new MemoryKeyStore();
    refusing.set = () => {
      throw new Error('keychain locked');
    };
    api = createHarness(site.dir, refusing);
    await call('site.open', { path: sitePath });
    const error = await refusal(teamsDraft());
    expect(error.code).toBe('SECRET_MISSING');
    expect(await get()).toMatchObject({ useCucmAuthentication: false, presence: { service: 'none' } });
    expect(withSiteFile((db) => db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'settings'").pluck().get())).toBe(0);
  });

  it('announces the site when secrets change, so the key-missing banner stays true', async () => {
    const before = api.events.length;
    await save(teamsDraft());
    expect(api.events.slice(before).map((e) => e.event)).toContain('site.changed');
  });
});
