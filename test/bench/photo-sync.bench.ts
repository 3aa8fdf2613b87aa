import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import { NO_TRUST } from '@shared/rules/ldap-rules';
import { connectPhotoDirectory } from '../../electron/services/ldap/photo-directory';
import type { PhotoConnection } from '../../electron/services/ldap/photo-directory';
import { syncPhotos } from '../../electron/services/ldap/photo-sync';
import type { PhotoSearch } from '../../electron/services/ldap/photo-sync';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { saveUser } from '../../electron/services/site/save-user';
import { newUserDraft } from '../../electron/services/site/new-user-draft';
import { slapdAvailable, startSlapd } from '../support/slapd';
import type { Slapd } from '../support/slapd';
import { makeTempDir } from '../support/temp-dir';

// Photo sync speed: 1,000 people with small photos in the private slapd, each matched to a Roster user,
// synced into a new site. Goal: under 3 s. Prints the figures; asserts nothing.

const PEOPLE = 1000;
const GOAL_MS = 3000;

let slapd: Slapd;
let site: OpenSite;
const dir = makeTempDir('roster-photo-bench-');

beforeAll(async () => {
  if (!(await slapdAvailable())) throw new Error('slapd, ldap-utils and openssl are needed for this benchmark');
  const seeding = performance.now();
  slapd = await startSlapd({ bulkPeople: PEOPLE });
  site = await OpenSite.create(join(dir.path, 'bench.roster'), 'Photo bench', new MemoryKeyStore());
  site.db.transaction(() => {
    for (const person of slapd.bulkPeople) {
      saveUser(site, { ...newUserDraft(site), username: person.uid, firstName: person.givenName, lastName: person.sn, number: '' });
    }
  })();
  print(`seeded ${PEOPLE} directory entries and ${PEOPLE} Roster users in ${ms(performance.now() - seeding)}`);
});

afterAll(async () => {
  site?.close();
  await slapd?.stop();
  dir.remove();
});

const ms = (value: number) => `${Math.round(value)} ms`;
const print = (line: string) => process.stdout.write(`[bench:photos] ${line}\n`);

function connection(tls: 'none' | 'ldaps'): PhotoConnection {
  return {
    host: slapd.host,
    port: tls === 'ldaps' ? slapd.ldapsPort : slapd.port,
    tls,
    trust: tls === 'ldaps' ? { caPem: slapd.caPem, pinned: [] } : NO_TRUST,
    bindUser: slapd.adminDn,
    password: slapd.adminPassword,
    timeoutMs: 10_000,
  };
}

async function timedSync(label: string, tls: 'none' | 'ldaps'): Promise<void> {
  const search: PhotoSearch = { baseDn: slapd.bulkDn, filter: '(objectClass=person)', photoAttribute: 'thumbnailPhoto', scope: 'sub', cacheDays: 7 };
  const started = performance.now();
  const result = await syncPhotos({
    db: site.db,
    connect: (signal) => connectPhotoDirectory(connection(tls), signal),
    search,
    match: { by: 'username', attribute: '', field: 'username' },
    signal: new AbortController().signal,
  });
  const elapsed = performance.now() - started;
  const perSecond = Math.round(result.entries / (elapsed / 1000));
  print(
    `${label}: ${result.entries} entries, ${result.stored} stored, ${result.refreshed} refreshed, ${result.kept} kept in ` +
      `${ms(elapsed)} (${perSecond} entries/s); goal < ${GOAL_MS} ms: ${elapsed < GOAL_MS ? 'met' : 'NOT met'}`,
  );
}

it(`syncs ${PEOPLE} photos`, async () => {
  await timedSync('first sync (ldap://, every photo new)', 'none');
  // Make every photo stale, then fetch them all again over LDAPS.
  site.db.prepare('UPDATE photo_cache SET fetched_at = ?').run('2000-01-01T00:00:00.000Z');
  await timedSync('refresh (ldaps://, every photo stale)', 'ldaps');
  await timedSync('second sync (all fresh, nothing written)', 'none');
  const size = site.db.prepare('SELECT count(*) AS photos, sum(byte_size) AS bytes FROM photo_cache').get() as { photos: number; bytes: number };
  print(`cache: ${size.photos} photos, ${Math.round(size.bytes / 1024)} KB`);
});
