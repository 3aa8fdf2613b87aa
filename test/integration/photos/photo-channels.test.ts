import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LdapSettings } from '@shared/channels/ldap';
import type { CachedPhoto, PhotoStatus, PhotoSyncOutcome } from '@shared/channels/photos';
import type { UserRow } from '@shared/domain';
import type { UserDraft } from '@shared/index';
import { CONTACT_PHOTOS_DEFAULTS } from '@shared/rules/ldap-rules';
import type { ContactPhotosSettings } from '@shared/rules/ldap-rules';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { useTempDirs } from '../../support/temp-dir';
import { createHarness, createSite } from '../../support/contract-harness';
import type { Harness } from '../../support/contract-harness';

// The photo cache as the renderer reaches it: settings saved through ldap.save, then photos.* and users.list.

const available = await slapdAvailable();
const tempDir = useTempDirs('roster-photo-channels-');
const BY_USERNAME = { by: 'username' } as const;

let slapd: Slapd;
beforeAll(async () => {
  if (available) slapd = await startSlapd();
});
afterAll(async () => {
  await slapd?.stop();
});

async function siteWithPeople(): Promise<Harness> {
  const harness = createHarness(tempDir());
  await createSite(harness, { file: 'photos.roster', name: 'Photos', demo: false });
  for (const p of slapd.people.filter((p) => p.uid !== 'jonas.weber')) {
    const draft = await harness.call<UserDraft>('users.newDraft');
    await harness.call('users.save', {
      draft: { ...draft, username: p.uid, firstName: p.givenName, lastName: p.sn, password: { action: 'keep' }, pin: { action: 'keep' } },
    });
  }
  return harness;
}

async function saveSettings(harness: Harness, changes: Partial<ContactPhotosSettings>, password = slapd.adminPassword): Promise<void> {
  const current = await harness.call<LdapSettings>('ldap.get');
  const contactPhotos: ContactPhotosSettings = {
    ...CONTACT_PHOTOS_DEFAULTS,
    enabled: true,
    host: slapd.host,
    port: slapd.port,
    tls: 'startTls',
    trust: { caPem: slapd.caPem, pinned: [] },
    bindUser: slapd.adminDn,
    baseDn: slapd.peopleDn,
    ...changes,
  };
  await harness.call('ldap.save', { draft: { contactPhotos, bindPassword: { action: 'set', value: password }, adminLdap: current.adminLdap } });
}

const rows = async (harness: Harness) => (await harness.call<{ rows: UserRow[] }>('users.list', {})).rows;
const idOf = async (harness: Harness, username: string) => (await rows(harness)).find((r) => r.username === username)!.id;

describe.skipIf(!available)('photo channels', () => {
  it('refuses to sync before the contact photo settings name a server', async () => {
    const harness = await siteWithPeople();
    const result = await harness.dispatch('photos.sync', { match: BY_USERNAME });
    expect(result).toMatchObject({ ok: false, error: { code: 'POLICY', message: 'error.photos.notConfigured' } });
    expect(await harness.call<PhotoStatus>('photos.status')).toMatchObject({ configured: false, cached: 0, running: null, lastRun: null });
    harness.shutdown();
  });

  it('syncs over StartTLS, lists the users with their photo date, and serves each photo as an image data URL', async () => {
    const harness = await siteWithPeople();
    await saveSettings(harness, {});
    const outcome = await harness.call<PhotoSyncOutcome>('photos.sync', { match: BY_USERNAME });
    expect(outcome.problem).toBeNull();
    expect(outcome.result).toMatchObject({ entries: 10, matched: 9, stored: 6, unmatched: 1, tooLarge: 1, notImage: 1 });
    const stored = outcome.result!.stored;

    const list = await rows(harness);
    const anna = list.find((r) => r.username === 'anna.berg')!;
    const eva = list.find((r) => r.username === 'eva.huber')!;
    expect(anna.photoFetchedAt).toBe(outcome.result!.finishedAt);
    expect(eva.photoFetchedAt).toBeNull();
    expect(list.filter((r) => r.photoFetchedAt !== null)).toHaveLength(stored);

    const photo = await harness.call<CachedPhoto | null>('photos.get', { userId: anna.id });
    expect(photo).toEqual({ dataUrl: `data:image/png;base64,${slapd.people[0]!.photoBytes!.toString('base64')}`, fetchedAt: anna.photoFetchedAt });
    expect(await harness.call('photos.get', { userId: eva.id })).toBeNull();
    // The non-image value never reaches the renderer, whatever it holds.
    expect(await harness.call('photos.get', { userId: await idOf(harness, 'gina.baumann') })).toBeNull();

    const status = await harness.call<PhotoStatus>('photos.status');
    expect(status).toMatchObject({ configured: true, cached: stored, stale: 0, cacheDays: 7, running: null });
    expect(status.lastRun).toMatchObject({ stored, matched: 9, match: { by: 'username' } });
    expect(status.lastOutcome?.result?.unmatchedDns).toEqual([slapd.people.find((p) => p.uid === 'jonas.weber')!.dn]);
    harness.shutdown();
  });

  it('explains a directory failure and leaves the cache alone', async () => {
    const harness = await siteWithPeople();
    await saveSettings(harness, {});
    await harness.call('photos.sync', { match: BY_USERNAME });
    const before = (await rows(harness)).map((r) => r.photoFetchedAt);

    await saveSettings(harness, {}, 'not-the-password');
    const outcome = await harness.call<PhotoSyncOutcome>('photos.sync', { match: BY_USERNAME });
    expect(outcome.result).toBeNull();
    expect(outcome.problem).toMatchObject({ code: 'invalidCredentials', explanation: { key: 'ldap.problem.invalidCredentials' } });
    expect((await rows(harness)).map((r) => r.photoFetchedAt)).toEqual(before);
    harness.shutdown();
  });

  it('cancels a running sync, refuses a second one at the same time, and keeps the cache as it was', async () => {
    const harness = await siteWithPeople();
    await saveSettings(harness, {});

    const first = harness.dispatch('photos.sync', { match: BY_USERNAME });
    const second = await harness.dispatch('photos.sync', { match: BY_USERNAME });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'error.photos.running' } });
    expect(await harness.call('photos.cancel')).toEqual({ cancelled: true });
    expect(await first).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: 'error.photos.cancelled' } });

    expect((await rows(harness)).every((r) => r.photoFetchedAt === null)).toBe(true);
    expect(await harness.call<PhotoStatus>('photos.status')).toMatchObject({ cached: 0, running: null, lastRun: null });
    expect(await harness.call('photos.cancel')).toEqual({ cancelled: false });
    harness.shutdown();
  });

  it('purging a user removes its photo', async () => {
    const harness = await siteWithPeople();
    await saveSettings(harness, {});
    await harness.call('photos.sync', { match: BY_USERNAME });
    const id = await idOf(harness, 'anna.berg');
    await harness.call('users.delete', { ids: [id] });
    expect(await harness.call('photos.get', { userId: id })).not.toBeNull();
    await harness.call('users.purge', { ids: [id] });
    expect(await harness.call('photos.get', { userId: id })).toBeNull();
    harness.shutdown();
  });
});
