import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PhotoMatch, PhotoSyncResult } from '@shared/channels/photos';
import { RosterError } from '@shared/result';
import { NO_TRUST } from '@shared/rules/ldap-rules';
import { createPhotoCache } from '../../../electron/services/ldap/photo-cache';
import { connectPhotoDirectory } from '../../../electron/services/ldap/photo-directory';
import type { PhotoConnection } from '../../../electron/services/ldap/photo-directory';
import { syncPhotos } from '../../../electron/services/ldap/photo-sync';
import type { PhotoSearch, PhotoSyncOptions } from '../../../electron/services/ldap/photo-sync';
import { saveUser } from '../../../electron/services/site/save-user';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor, userIdByName } from '../../unit/services/site-fixtures';

const available = await slapdAvailable();
const tempDir = useTempDirs('roster-photos-');
const BY_USERNAME: PhotoMatch = { by: 'username', attribute: '', field: 'username' };
const CACHE_DAYS = 7;

let slapd: Slapd;
beforeAll(async () => {
  if (available) slapd = await startSlapd();
});
afterAll(async () => {
  await slapd?.stop();
});

const person = (uid: string) => slapd.people.find((p) => p.uid === uid)!;

/** Every seeded person but jonas.weber gets a Roster user of the same username. */
async function siteWithPeople(): Promise<OpenSite> {
  const site = await demoSite(tempDir());
  for (const p of slapd.people.filter((p) => p.uid !== 'jonas.weber')) {
    saveUser(site, draftFor(site, { username: p.uid, firstName: p.givenName, lastName: p.sn, email: '' }));
  }
  return site;
}

function connection(): PhotoConnection {
  return {
    host: slapd.host,
    port: slapd.port,
    tls: 'none',
    trust: NO_TRUST,
    bindUser: slapd.adminDn,
    password: slapd.adminPassword,
    timeoutMs: 5000,
  };
}

function sync(site: OpenSite, changes: Partial<PhotoSearch> = {}, more: Partial<PhotoSyncOptions> = {}): Promise<PhotoSyncResult> {
  const signal = more.signal ?? new AbortController().signal;
  return syncPhotos({
    db: site.db,
    connect: (abort) => connectPhotoDirectory(connection(), abort),
    search: {
      baseDn: slapd.peopleDn,
      filter: '(objectClass=person)',
      photoAttribute: 'thumbnailPhoto',
      scope: 'sub',
      cacheDays: CACHE_DAYS,
      ...changes,
    },
    match: BY_USERNAME,
    signal,
    ...more,
  });
}

const cacheRows = (site: OpenSite) =>
  site.db
    .prepare(
      'SELECT user_id AS userId, mime_type AS mimeType, byte_size AS bytes, source_dn AS dn, fetched_at AS fetchedAt FROM photo_cache ORDER BY user_id',
    )
    .all() as {
    userId: number;
    mimeType: string;
    bytes: number;
    dn: string;
    fetchedAt: string;
  }[];

describe.skipIf(!available)('photo sync against a real directory', () => {
  it('stores the photos of the matched users and reports what it skipped and what matched nobody', async () => {
    // The directory holds one photo over 100 KB and one value that is text, not a picture.
    expect(person('felix.wagner').photoBytes!.length).toBeGreaterThan(100 * 1024);
    expect(person('gina.baumann').photo).toBe('notImage');
    const site = await siteWithPeople();
    const result = await sync(site);

    expect(result).toMatchObject({
      entries: 10,
      matched: 9,
      stored: 6,
      refreshed: 0,
      kept: 0,
      withoutPhoto: 1,
      tooLarge: 1,
      notImage: 1,
      unmatched: 1,
    });
    expect(result.unmatchedDns).toEqual([person('jonas.weber').dn]);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { dn: person('felix.wagner').dn, reason: 'tooLarge', bytes: person('felix.wagner').photoBytes!.length, username: 'felix.wagner' },
        { dn: person('gina.baumann').dn, reason: 'notImage', bytes: person('gina.baumann').photoBytes!.length, username: 'gina.baumann' },
      ]),
    );
    expect(result.skipped).toHaveLength(2);

    // Each stored photo is the directory's bytes, with the type read from them and the entry it came from.
    const cache = createPhotoCache(site.db);
    for (const uid of ['anna.berg', 'ben.keller', 'carla.rossi', 'david.meier', 'hans.frei', 'ida.schmid']) {
      const photo = cache.get(userIdByName(site, uid));
      const expectedType = person(uid).photo === 'jpeg' ? 'image/jpeg' : 'image/png';
      expect(photo?.dataUrl).toBe(`data:${expectedType};base64,${person(uid).photoBytes!.toString('base64')}`);
    }
    for (const uid of ['eva.huber', 'felix.wagner', 'gina.baumann']) expect(cache.get(userIdByName(site, uid))).toBeNull();
    expect(cacheRows(site).find((r) => r.userId === userIdByName(site, 'hans.frei'))?.dn).toBe(person('hans.frei').dn);

    // The run is remembered with its counts, and written to the audit log in the same transaction.
    expect(cache.lastRun()).toMatchObject({ entries: 10, matched: 9, stored: 6, tooLarge: 1, notImage: 1, unmatched: 1, match: BY_USERNAME });
    const audit = site.db.prepare("SELECT action, entity_label AS label FROM audit_log WHERE action = 'photoSync'").all();
    expect(audit).toEqual([{ action: 'photoSync', label: 'contactPhotos' }]);
    site.close();
  });

  it('keeps photos within the cache days and refreshes them once they are older', async () => {
    const site = await siteWithPeople();
    await sync(site);
    const first = cacheRows(site);

    const second = await sync(site);
    expect(second).toMatchObject({ stored: 0, refreshed: 0, kept: 6 });
    expect(cacheRows(site)).toEqual(first);

    // Make every cached photo one day older than the cache days.
    const old = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000).toISOString();
    site.db.prepare('UPDATE photo_cache SET fetched_at = ?').run(old);
    expect(createPhotoCache(site.db).counts(new Date(), CACHE_DAYS)).toEqual({ cached: 6, stale: 6 });

    const third = await sync(site);
    expect(third).toMatchObject({ stored: 0, refreshed: 6, kept: 0 });
    const after = cacheRows(site);
    expect(after.map((r) => r.userId)).toEqual(first.map((r) => r.userId));
    for (const row of after) expect(row.fetchedAt > old).toBe(true);
    expect(createPhotoCache(site.db).counts(new Date(), CACHE_DAYS)).toEqual({ cached: 6, stale: 0 });
    site.close();
  });

  it('reads only the entries directly under the base DN when the search is not recursive', async () => {
    const site = await siteWithPeople();
    const oneLevel = await sync(site, { scope: 'one' });
    // ou=branch holds three of the ten people: Hans and Ida (with photos) and Jonas.
    expect(oneLevel).toMatchObject({ entries: 7, matched: 7, stored: 4, unmatched: 0 });
    expect(createPhotoCache(site.db).get(userIdByName(site, 'hans.frei'))).toBeNull();

    const subtree = await sync(site, { scope: 'sub' });
    expect(subtree).toMatchObject({ entries: 10, stored: 2, kept: 4, unmatched: 1 });
    site.close();
  });

  it('matches by e-mail address or by a chosen attribute', async () => {
    const site = await demoSite(tempDir());
    // Usernames that match nothing in the directory; only the e-mail and sAMAccountName can tie them.
    saveUser(site, draftFor(site, { username: 'a.berg', email: person('anna.berg').mail.toUpperCase() }));
    saveUser(site, draftFor(site, { username: 'bkeller' }));

    const byMail = await sync(site, {}, { match: { by: 'email', attribute: '', field: 'username' } });
    expect(byMail).toMatchObject({ matched: 1, stored: 1 });
    expect(createPhotoCache(site.db).get(userIdByName(site, 'a.berg'))).not.toBeNull();

    const byAttribute = await sync(site, {}, { match: { by: 'attribute', attribute: 'sAMAccountName', field: 'username' } });
    expect(byAttribute).toMatchObject({ matched: 1, stored: 1, unmatched: 9 });
    expect(createPhotoCache(site.db).get(userIdByName(site, 'bkeller'))?.dataUrl).toMatch(/^data:image\/jpeg;base64,/);
    site.close();
  });

  it('reads the photos over ldaps with the CA trusted, and from jpegPhoto when that is the attribute', async () => {
    const site = await siteWithPeople();
    const result = await syncPhotos({
      db: site.db,
      connect: (abort) =>
        connectPhotoDirectory({ ...connection(), port: slapd.ldapsPort, tls: 'ldaps', trust: { caPem: slapd.caPem, pinned: [] } }, abort),
      search: { baseDn: slapd.baseDn, filter: '(objectClass=inetOrgPerson)', photoAttribute: 'jpegPhoto', scope: 'sub', cacheDays: CACHE_DAYS },
      match: BY_USERNAME,
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({ matched: 9, stored: 1, withoutPhoto: 8 });
    site.close();
  });

  it('a purged user takes its photo with it', async () => {
    const site = await siteWithPeople();
    await sync(site);
    const id = userIdByName(site, 'anna.berg');
    expect(createPhotoCache(site.db).get(id)).not.toBeNull();

    site.users.softDelete([id], new Date().toISOString());
    // Deleted (not yet purged) users keep their photo: a restore brings it back with them.
    expect(createPhotoCache(site.db).get(id)).not.toBeNull();
    site.users.purgeDeleted([id]);
    expect(site.db.prepare('SELECT count(*) FROM photo_cache WHERE user_id = ?').pluck().get(id)).toBe(0);
    expect(cacheRows(site)).toHaveLength(5);
    site.close();
  });

  it('a sync cancelled after reading the entries leaves the cache as it was', async () => {
    const site = await siteWithPeople();
    await sync(site);
    const old = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000).toISOString();
    site.db.prepare('UPDATE photo_cache SET fetched_at = ?').run(old);
    const before = cacheRows(site);
    const runsBefore = site.db.prepare('SELECT count(*) FROM photo_sync_runs').pluck().get();

    const controller = new AbortController();
    const cancelled = sync(
      site,
      {},
      {
        signal: controller.signal,
        // Cancel as soon as the first page of entries is in (six stale photos are waiting to be refreshed).
        onProgress: (progress) => {
          if (progress.phase === 'searching' && progress.entries > 0) controller.abort();
        },
      },
    );
    await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(cacheRows(site)).toEqual(before);
    expect(site.db.prepare('SELECT count(*) FROM photo_sync_runs').pluck().get()).toBe(runsBefore);

    // Cancelled before the connection is up: refused the same way, nothing written.
    const early = new AbortController();
    const pending = sync(site, {}, { signal: early.signal });
    early.abort();
    await expect(pending).rejects.toBeInstanceOf(RosterError);
    expect(cacheRows(site)).toEqual(before);
    site.close();
  });
});
