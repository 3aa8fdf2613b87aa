import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteInfo, User, UserDraft } from '@shared/index';
import { OsKeyStore } from '../../electron/services/secrets/os-key-store';
import { probeOsKeyStore } from '../../electron/services/secrets/create-key-store';
import { siteKeyAccount } from '../../electron/services/secrets/site-key';
import { makeTempDir } from '../support/temp-dir';
import { createHarness } from '../support/contract-harness';

// The real OS keychain (gnome-keyring in a private D-Bus session under the test runner). Where none can be
// reached the tests are skipped, and the reason is printed rather than hidden.
const store = new OsKeyStore();
const probe = probeOsKeyStore(store);
const available = probe.available;
if (!probe.available) console.warn(`[keychain.test] skipped: no OS keychain reachable (${probe.reason})`);

const dir = makeTempDir();
const accountsToRemove: string[] = [];
afterAll(() => {
  for (const account of accountsToRemove) {
    try {
      store.delete(account);
    } catch {
      // already gone
    }
  }
  dir.remove();
});

describe('OsKeyStore', () => {
  it.skipIf(!available)('sets, gets and deletes an entry', () => {
    const account = `test:${randomBytes(6).toString('hex')}`;
    accountsToRemove.push(account);
    expect(store.get(account)).toBeNull();
    store.set(account, 'first');
    store.set(account, 'second');
    expect(store.get(account)).toBe('second');
    store.delete(account);
    expect(store.get(account)).toBeNull();
  });

  it.skipIf(!available)('keeps a site key across handler sets: a PIN saved is readable after reopening', async () => {
    const path = join(dir.path, `keychain-${randomBytes(4).toString('hex')}.roster`);
    const first = createHarness(dir.path, store);
    const site = await first.call<SiteInfo>('site.create', { path, name: 'Keychain', demo: false });
    accountsToRemove.push(siteKeyAccount(site.id));
    const draft = {
      ...(await first.call<UserDraft>('users.newDraft')),
      username: 'pin.owner',
      pin: { action: 'set', value: '90210', confirmation: '90210' },
    };
    const saved = await first.call<User>('users.save', { draft });
    first.shutdown();

    const second = createHarness(dir.path, new OsKeyStore());
    try {
      const reopened = await second.call<SiteInfo>('site.open', { path });
      expect(reopened).toMatchObject({ id: site.id, keyAvailable: true, unreadableSecrets: [] });
      const user = await second.call<User>('users.get', { id: saved.id });
      expect(user.pin).toEqual({ set: true, unreadable: false });
    } finally {
      second.shutdown();
    }
  });
});
