import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { siteKeyAccount } from '../../../electron/services/secrets/site-key';
import { DEFAULTS_OWNER_ID } from '../../../electron/services/secrets/site-secrets';
import { OpenSite } from '../../../electron/services/site/open-site';
import { saveDefaults, readDefaults } from '../../../electron/services/site/save-defaults';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor } from './site-fixtures';

const tempDir = useTempDirs();
const PIN = '73915824';
const PASSWORD = 'Pa55word-Zebra!';

function fileBytes(site: OpenSite): Buffer {
  site.db.pragma('wal_checkpoint(TRUNCATE)');
  return readFileSync(site.path);
}

describe('site secrets', () => {
  it('encrypts a PIN so that the file never holds it in plain text, and reads it back', async () => {
    const keys = new MemoryKeyStore();
    const site = await demoSite(tempDir(), keys);
    const before = new Date().toISOString();
    const user = saveUser(
      site,
      draftFor(site, {
        username: 'pin.user',
        pin: { action: 'set', value: PIN, confirmation: PIN },
        password: { action: 'set', value: PASSWORD, confirmation: PASSWORD },
      }),
    );
    expect(user.pin).toEqual({ set: true, unreadable: false });
    expect(user.password).toEqual({ set: true, unreadable: false });
    expect(user.pinSetAt! >= before).toBe(true);
    expect(user.pinExpired).toBe(false);
    expect(JSON.stringify(user)).not.toContain(PIN);
    expect(site.secrets.read('user', user.id, 'pin')).toBe(PIN);

    const bytes = fileBytes(site);
    expect(bytes.includes(Buffer.from(PIN))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSWORD))).toBe(false);
    const iv = site.db.prepare('SELECT iv FROM secrets WHERE name = ?').pluck();
    expect((iv.get('pin') as Buffer).equals(iv.get('password') as Buffer)).toBe(false);
    site.close();
  });

  it('copies the default initial password to a new user whose draft keeps it', async () => {
    const site = await demoSite(tempDir());
    const defaults = readDefaults(site);
    const { initialPassword: _p, pin: _n, ...fields } = defaults;
    saveDefaults(site, { ...fields, initialPassword: { action: 'set', value: 'Welcome-1', confirmation: 'Welcome-1' }, pin: { action: 'keep' } });
    expect(readDefaults(site).initialPassword).toEqual({ set: true, unreadable: false });
    const user = saveUser(site, draftFor(site, { username: 'fresh' }));
    expect(user.password.set).toBe(true);
    expect(user.pin.set).toBe(false);
    expect(site.secrets.read('user', user.id, 'password')).toBe('Welcome-1');
    site.close();
  });

  it('gives a site without secrets a new key at once on a workstation that lacks its key', async () => {
    const site = await demoSite(tempDir(), new MemoryKeyStore());
    const path = site.path;
    site.close();
    const elsewhere = await OpenSite.open(path, new MemoryKeyStore());
    expect(elsewhere.info()).toMatchObject({ keyAvailable: true, unreadableSecrets: [] });
    const user = saveUser(elsewhere, draftFor(elsewhere, { username: 'new.key', pin: { action: 'set', value: PIN, confirmation: PIN } }));
    expect(elsewhere.secrets.read('user', user.id, 'pin')).toBe(PIN);
    elsewhere.close();
  });

  it('reports the unreadable secrets when the key is missing or wrong, refuses new ones, and starts over with resetKey', async () => {
    const keys = new MemoryKeyStore();
    const site = await demoSite(tempDir(), keys);
    const user = saveUser(site, draftFor(site, { username: 'locked.out', pin: { action: 'set', value: PIN, confirmation: PIN } }));
    site.secrets.set('defaults', DEFAULTS_OWNER_ID, 'password', 'Welcome-1');
    const path = site.path;
    const siteId = site.id;
    site.close();

    // Another workstation: no key at all.
    const elsewhere = await OpenSite.open(path, new MemoryKeyStore());
    const expected = [
      { owner: 'defaults', ownerLabel: '', name: 'password' },
      { owner: 'user', ownerLabel: 'locked.out', name: 'pin' },
    ];
    expect(elsewhere.info()).toMatchObject({ keyAvailable: false, unreadableSecrets: expected });
    expect(elsewhere.user(user.id).pin).toEqual({ set: true, unreadable: true });
    expect(() => saveUser(elsewhere, draftFor(elsewhere, { username: 'x', pin: { action: 'set', value: '1', confirmation: '1' } }))).toThrow(
      expect.objectContaining({ code: 'SECRET_MISSING' }),
    );
    expect(elsewhere.info().userCount).toBe(7);
    elsewhere.close();

    // A wrong key under the right account.
    const wrong = new MemoryKeyStore();
    wrong.set(siteKeyAccount(siteId), Buffer.alloc(32, 7).toString('base64'));
    const withWrongKey = await OpenSite.open(path, wrong);
    expect(withWrongKey.info()).toMatchObject({ keyAvailable: false, unreadableSecrets: expected });
    withWrongKey.secrets.resetKey();
    expect(withWrongKey.info()).toMatchObject({ keyAvailable: true, unreadableSecrets: [] });
    expect(withWrongKey.user(user.id).pin).toEqual({ set: false, unreadable: false });
    withWrongKey.secrets.set('user', user.id, 'pin', '2468');
    withWrongKey.close();

    const reopened = await OpenSite.open(path, wrong);
    expect(reopened.secrets.keyAvailable).toBe(true);
    expect(reopened.secrets.read('user', user.id, 'pin')).toBe('2468');
    reopened.close();
  });

  it('keeps readable secrets across a key reset', async () => {
    const keys = new MemoryKeyStore();
    const site = await demoSite(tempDir(), keys);
    const user = saveUser(site, draftFor(site, { username: 'keeper', pin: { action: 'set', value: PIN, confirmation: PIN } }));
    const oldKey = keys.get(siteKeyAccount(site.id));
    site.secrets.resetKey();
    expect(keys.get(siteKeyAccount(site.id))).not.toBe(oldKey);
    expect(site.secrets.read('user', user.id, 'pin')).toBe(PIN);
    site.close();
  });
});
