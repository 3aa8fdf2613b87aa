import { AndFilter, EqualityFilter, FilterParser, OrFilter, PresenceFilter } from 'ldapts';
import type { Client, ResultCodeError } from 'ldapts';
import type { LdapTestReport, PhotoSample } from '@shared/channels/ldap';
import { PHOTO_MAX_KB } from '@shared/channels/photos';
import type { AdminLdapSettings, ContactPhotosSettings } from '@shared/rules/ldap-rules';
import { isBindName, photoAttributesOf } from '@shared/rules/ldap-rules';
import { ExplainedFailure, isAnonymousRefusal, problem, serverText } from './failure-explanation';
import { openLdapConnection } from './ldap-connection';
import type { LdapEndpoint } from './ldap-connection';
import { detectPhotoType, MAX_PHOTO_BYTES, photoDataUrl } from './photo-image';
import { TestRun, TestStopped } from './test-run';
import type { ProgressListener } from './test-run';

/** Entries per page of a search; Active Directory serves at most 1000 per page by default. */
const PAGE_SIZE = 500;
const FIRST_DNS = 5;
const PHOTO_SAMPLES = 5;
const THUMBNAILS = 3;

export interface TestControl {
  testId: string;
  signal: AbortSignal;
  onProgress: ProgressListener;
  /** Overrides the settings' timeout (the tests use a short one). */
  timeoutMs?: number;
}

function endpointOf(settings: ContactPhotosSettings | AdminLdapSettings, timeoutMs: number): LdapEndpoint {
  return { host: settings.host, port: settings.port, tls: settings.tls, trust: settings.trust, timeoutMs };
}

function newRun(kind: LdapTestReport['kind'], settings: ContactPhotosSettings | AdminLdapSettings, bindUser: string, control: TestControl) {
  const timeoutMs = control.timeoutMs ?? settings.timeoutSeconds * 1000;
  const steps =
    kind === 'contactPhotos'
      ? (['resolve', 'connect', 'tls', 'bind', 'search', 'photos'] as const)
      : (['resolve', 'connect', 'tls', 'account', 'userBind'] as const);
  const run = new TestRun(
    {
      testId: control.testId,
      kind,
      startedAt: new Date().toISOString(),
      target: {
        host: settings.host,
        port: settings.port,
        tls: settings.tls,
        baseDn: settings.baseDn,
        bindUser,
        timeoutSeconds: Math.round((timeoutMs / 1000) * 10) / 10,
      },
      certificate: null,
      canTrustCertificate: false,
      search: null,
      photos: null,
      account: null,
    },
    steps,
    timeoutMs,
    control.signal,
    control.onProgress,
  );
  return { run, endpoint: endpointOf(settings, timeoutMs) };
}

/** Binds unless the name is empty (anonymous); an empty password would be an unauthenticated bind that proves nothing. */
async function bindAs(client: Client, name: string, password: string): Promise<void> {
  if (password === '') throw new ExplainedFailure(problem('emptyPassword'));
  await client.bind(name, password);
}

/** The value of an attribute whatever case the server spells its name in. */
function valuesOf(entry: Record<string, unknown>, attribute: string): Buffer[] {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attribute.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(String(v))));
}

/**
 * Test contact photos: reach the server, bind as the configured user, count the entries of the filter, and
 * look at the photos (how many, their sizes, the first few as thumbnails). Saves nothing.
 */
export async function testContactPhotos(settings: ContactPhotosSettings, password: string, control: TestControl): Promise<LdapTestReport> {
  const { run, endpoint } = newRun('contactPhotos', settings, settings.bindUser, control);
  const scope = settings.scope === 'subtree' ? 'sub' : 'one';
  try {
    const client = await openLdapConnection(run, endpoint);
    await run.step('bind', async (notes) => {
      if (settings.bindUser === '') {
        notes.push({ key: 'ldap.note.anonymous' });
        return;
      }
      await bindAs(client, settings.bindUser, password);
      run.context.anonymous = false;
      notes.push({ key: 'ldap.note.boundAs', params: { user: settings.bindUser } });
    });
    await run.step('search', async (notes) => {
      const result = await client.search(settings.baseDn, { scope, filter: settings.filter, attributes: ['1.1'], paged: { pageSize: PAGE_SIZE } });
      const firstDns = result.searchEntries.slice(0, FIRST_DNS).map((e) => e.dn);
      run.report.search = { count: result.searchEntries.length, firstDns, scope: settings.scope, filter: settings.filter, truncated: false };
      notes.push({ key: 'ldap.note.searchCount', params: { count: result.searchEntries.length, filter: settings.filter } });
      notes.push({ key: 'ldap.note.searchScope', params: { baseDn: settings.baseDn, scope: settings.scope } });
      for (const dn of firstDns) notes.push({ key: 'ldap.note.firstDn', params: { dn } });
    });
    await run.step('photos', async (notes) => {
      const attribute = settings.photoAttribute;
      // thumbnailPhoto (Active Directory) falls back to jpegPhoto (inetOrgPerson) for an entry without one.
      const attributes = photoAttributesOf(attribute);
      const present = attributes.map((name) => new PresenceFilter({ attribute: name }));
      const filter = new AndFilter({
        filters: [FilterParser.parseString(settings.filter), present.length === 1 ? present[0]! : new OrFilter({ filters: present })],
      });
      const result = await client.search(settings.baseDn, {
        scope,
        filter,
        attributes,
        explicitBufferAttributes: attributes,
        paged: { pageSize: PAGE_SIZE },
      });
      let fromFallback = 0;
      let totalBytes = 0;
      let largest = 0;
      let tooLarge = 0;
      let notImage = 0;
      let thumbnails = 0;
      const samples: PhotoSample[] = [];
      for (const entry of result.searchEntries) {
        const found = attributes.findIndex((name) => valuesOf(entry, name).length > 0);
        const bytes = found < 0 ? undefined : valuesOf(entry, attributes[found]!)[0];
        if (!bytes) continue;
        if (found > 0) fromFallback++;
        const type = detectPhotoType(bytes);
        const large = bytes.length > MAX_PHOTO_BYTES;
        totalBytes += bytes.length;
        largest = Math.max(largest, bytes.length);
        if (large) tooLarge++;
        else if (!type) notImage++;
        if (samples.length < PHOTO_SAMPLES || large || !type) {
          const sample: PhotoSample = { dn: entry.dn, bytes: bytes.length, type, tooLarge: large };
          if (type && !large && thumbnails < THUMBNAILS) {
            sample.dataUrl = photoDataUrl(type, bytes);
            thumbnails++;
          }
          // The first few, and every problem photo (there are few of them and they are what needs fixing).
          if (samples.length < PHOTO_SAMPLES + 20) samples.push(sample);
        }
      }
      const withPhoto = result.searchEntries.length;
      run.report.photos = { attribute, withPhoto, totalBytes, largest, tooLarge, notImage, samples };
      notes.push({ key: 'ldap.note.photoCount', params: { count: withPhoto, attribute: attributes.join(' / ') } });
      if (fromFallback > 0) notes.push({ key: 'ldap.note.photoFallback', params: { count: fromFallback, attribute, fallback: attributes[1]! } });
      if (withPhoto === 0) throw new ExplainedFailure(problem('noPhotos', { attribute: attributes.join(' / ') }));
      notes.push({ key: 'ldap.note.photoSizes', params: { total: formatBytes(totalBytes), largest: formatBytes(largest) } });
      if (tooLarge > 0) notes.push({ key: 'ldap.note.photosTooLarge', params: { count: tooLarge, maxKb: PHOTO_MAX_KB } });
      if (notImage > 0) notes.push({ key: 'ldap.note.photosNotImage', params: { count: notImage } });
    });
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
  }
  return run.finish();
}

/** The account lookup filter: the typed name as a value of each naming attribute, never as filter text. */
export function accountFilter(username: string): OrFilter {
  return new OrFilter({
    filters: ['sAMAccountName', 'userPrincipalName', 'uid', 'mail'].map((attribute) => new EqualityFilter({ attribute, value: username })),
  });
}

/**
 * Test LDAP authentication: find the test account under the base DN and bind as it. Where the server
 * refuses anonymous searches (Active Directory), a name typed as user@domain, DOMAIN\user or a DN is bound
 * with directly.
 */
export async function testAdminLdap(settings: AdminLdapSettings, username: string, password: string, control: TestControl): Promise<LdapTestReport> {
  const { run, endpoint } = newRun('adminLdap', settings, username, control);
  try {
    const client = await openLdapConnection(run, endpoint);
    const dn = await run.step('account', async (notes) => {
      notes.push({ key: 'ldap.note.accountBy' });
      let entries;
      try {
        const result = await client.search(settings.baseDn, { scope: 'sub', filter: accountFilter(username), attributes: ['1.1'], sizeLimit: 5 });
        entries = result.searchEntries;
      } catch (error) {
        // Decided by the result code (AD, Samba, OpenLDAP each word it their own way); the words are shown.
        if (isAnonymousRefusal(error) && isBindName(username)) {
          notes.push({ key: 'ldap.note.anonymousRefused', params: { message: serverText(error as ResultCodeError) } });
          return null;
        }
        throw error;
      }
      if (entries.length === 0) throw new ExplainedFailure(problem('accountNotFound', { username, baseDn: settings.baseDn }));
      if (entries.length > 1) throw new ExplainedFailure(problem('accountAmbiguous', { username, count: entries.length }));
      const found = entries[0]!.dn;
      run.report.account = { dn: found };
      notes.push({ key: 'ldap.note.accountFound', params: { dn: found } });
      return found;
    });
    await run.step('userBind', async (notes) => {
      const name = dn ?? username;
      await bindAs(client, name, password);
      notes.push({ key: 'ldap.note.signedIn', params: { user: name } });
    });
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
  }
  return run.finish();
}

/** Sizes as people read them (1.2 KB, 340 KB); the report text is for a support ticket. */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
