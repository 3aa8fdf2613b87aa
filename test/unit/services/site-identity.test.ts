import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { siteKeyAccount } from '../../../electron/services/secrets/site-key';
import { SETTINGS_OWNER_ID } from '../../../electron/services/secrets/site-secrets';
import { OpenSite } from '../../../electron/services/site/open-site';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor } from './site-fixtures';

// "A copy shares its key": no action on one site file may ever make another file's secrets unreadable.

const tempDir = useTempDirs();
const PIN = '80417392';
const BIND = 'ldap-bind-Secret';

/** A demo site with a user PIN and a settings secret, closed; returns its path, the user and the keychain. */
async function siteWithSecrets(dir: string) {
  const keys = new MemoryKeyStore();
  const site = await demoSite(dir, keys);
  const user = saveUser(site, draftFor(site, { username: 'pin.owner', pin: { action: 'set', value: PIN, confirmation: PIN } }));
  site.secrets.set('settings', SETTINGS_OWNER_ID, 'contactPhotos.bindPassword', BIND);
  const { path, id } = site;
  site.close();
  return { path, id, userId: user.id, keys };
}

describe('a saved copy is a site of its own', () => {
  it('gets its own id and key, with every secret readable under them', async () => {
    const dir = tempDir();
    const original = await siteWithSecrets(dir);
    const site = await OpenSite.open(original.path, original.keys);
    const copyPath = await site.saveCopy({ path: join(dir, 'copy.roster'), replace: false });
    site.close();

    const copy = await OpenSite.open(copyPath, original.keys);
    expect(copy.id).not.toBe(original.id);
    expect(original.keys.get(siteKeyAccount(copy.id))).not.toBe(original.keys.get(siteKeyAccount(original.id)));
    expect(copy.secrets.read('user', original.userId, 'pin')).toBe(PIN);
    expect(copy.secrets.read('settings', SETTINGS_OWNER_ID, 'contactPhotos.bindPassword')).toBe(BIND);
    expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    copy.close();
  });

  it('can be reset here or re-keyed elsewhere without touching the original’s key', async () => {
    const dir = tempDir();
    const original = await siteWithSecrets(dir);
    const keyBefore = original.keys.get(siteKeyAccount(original.id));
    const site = await OpenSite.open(original.path, original.keys);
    const copyPath = await site.saveCopy({ path: join(dir, 'copy.roster'), replace: false });
    site.close();

    // On another workstation the copy lacks its key; the administrator starts over there.
    const elsewhere = await OpenSite.open(copyPath, new MemoryKeyStore());
    expect(elsewhere.secrets.keyAvailable).toBe(false);
    elsewhere.secrets.resetKey();
    elsewhere.close();
    // Back here: the reset gave it a new id, with no key here and no secret left, so it takes a key of its
    // own under that id. The administrator resets it once more all the same.
    const back = await OpenSite.open(copyPath, original.keys);
    expect(back.id).not.toBe(original.id);
    expect(back.secrets.keyAvailable).toBe(true);
    back.secrets.resetKey();
    back.close();

    expect(original.keys.get(siteKeyAccount(original.id))).toBe(keyBefore);
    const reopened = await OpenSite.open(original.path, original.keys);
    expect(reopened.secrets.keyAvailable).toBe(true);
    expect(reopened.secrets.read('user', original.userId, 'pin')).toBe(PIN);
    reopened.close();
  });

  it('is refused while this workstation lacks the key of a site with secrets, leaving no file', async () => {
    const dir = tempDir();
    const original = await siteWithSecrets(dir);
    const site = await OpenSite.open(original.path, new MemoryKeyStore());
    const target = join(dir, 'copy.roster');
    await expect(site.saveCopy({ path: target, replace: false })).rejects.toMatchObject({
      code: 'SECRET_MISSING',
      messageKey: 'error.site.copyKeyMissing',
    });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual([]);
    site.close();
  });
});

describe('a key is never replaced without the administrator', () => {
  it('does not take a new key for a file whose id already has a key in the keychain', async () => {
    const dir = tempDir();
    const keys = new MemoryKeyStore();
    const site = await demoSite(dir, keys);
    const { path, id } = site;
    site.close();
    // A copy made outside Roster shares the id; re-keyed on another workstation, it no longer opens with ours.
    const outsideCopy = join(dir, 'outside-copy.roster');
    copyFileSync(path, outsideCopy);
    const elsewhere = new MemoryKeyStore();
    const foreign = await OpenSite.open(outsideCopy, elsewhere);
    foreign.secrets.resetKey();
    const foreignId = foreign.id;
    foreign.close();
    expect(foreignId).not.toBe(id);

    const ours = keys.get(siteKeyAccount(id));
    const reopened = await OpenSite.open(outsideCopy, keys);
    // Its new id has no key here, and it holds no secret: it gets a key of its own, under its own id.
    expect(reopened.secrets.keyAvailable).toBe(true);
    reopened.close();
    expect(keys.get(siteKeyAccount(id))).toBe(ours);
  });

  it('leaves a mismatching keychain entry alone when the site has no secret', async () => {
    const dir = tempDir();
    const keys = new MemoryKeyStore();
    const site = await demoSite(dir, keys);
    const { path, id } = site;
    site.close();
    const other = Buffer.alloc(32, 9).toString('base64');
    keys.set(siteKeyAccount(id), other);
    const opened = await OpenSite.open(path, keys);
    expect(opened.secrets.keyAvailable).toBe(false);
    opened.close();
    expect(keys.get(siteKeyAccount(id))).toBe(other);
  });
});
