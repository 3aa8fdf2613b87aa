import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type {
  CucmImportProgress,
  CucmImportResult,
  CucmImportSettingsView,
  CucmPreviewRow,
  CucmPreviewSummary,
} from '@shared/cucm/cucm-import-preview';
import type { ImportRecord } from '@shared/channels/import';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import { SQL_FILTER_MAX_LENGTH } from '@shared/cucm/sql-filter-tokens';
import { english, translate } from '@shared/i18n/en';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import type { UserRow } from '@shared/domain';
import { generateEndUsers, startAxlServer } from '../../support/axl-server';
import type { AxlServer, CucmEndUser } from '../../support/axl-server';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

/** The example the SQL filter field offers (filterExamples.ts), as written there: mixed case, uneven spacing. */
const EXAMPLE_FILTER = `(usr_department = 'support')
AND (usr_PhoneNumber >= '1000')
AND (usr_phoneNumber <='1999')
AND (usr_Email like '%@company.domain')`;

/** The generated CUCM's users, with addresses in the example's domain (the generator uses example.com). */
const companyUsers = (count: number) =>
  generateEndUsers(count).map((user) => ({ ...user, mailid: user.mailid.replace('@example.com', '@company.domain') }));

/** The example filter, written out plainly: what it must keep. */
const exampleFilterKeeps = (user: CucmEndUser) =>
  user.department.toLowerCase() === 'support' &&
  user.telephoneNumber !== '' &&
  user.telephoneNumber >= '1000' &&
  user.telephoneNumber <= '1999' &&
  user.mailid.toLowerCase().endsWith('@company.domain');

const settings = (changes: Partial<typeof CUCM_IMPORT_DEFAULTS> = {}) => ({ ...CUCM_IMPORT_DEFAULTS, ...changes });

async function configure(api: SiteHarness, server: AxlServer): Promise<void> {
  await api.call('cucm.save', {
    draft: {
      settings: {
        ...CUCM_DEFAULTS,
        host: server.host,
        port: server.port,
        axlUser: server.user,
        timeoutSeconds: 30,
        trust: server.trust,
      },
      password: { action: 'set', value: server.password },
    },
  });
}

/** What a site holds that an import could change: users, the audit log, the imports, the saved filters. */
async function siteState(api: SiteHarness) {
  return {
    users: (await api.call<{ total: number }>('users.list', { limit: 1 })).total,
    audit: (await api.call<{ total: number }>('audit.list', {})).total,
    imports: await api.call<ImportRecord[]>('import.list', {}),
    settings: (await api.call<CucmImportSettingsView>('cucm.importSettings')).settings,
  };
}

/** The LIKE pattern that took a backtracking matcher exponential time on a run of 'a's. */
const PATHOLOGICAL = '%a%a%a%a%a%a%a%a%b';

/** As many pathological LIKEs as the SQL filter's length allows, ORed: each user gets tried against all of them. */
function pathologicalFilter(): string {
  const condition = `usr_Name LIKE '${PATHOLOGICAL}'`;
  const count = Math.floor((SQL_FILTER_MAX_LENGTH + 4) / (condition.length + 4));
  return Array.from({ length: count }, () => condition).join(' OR ');
}

const allRows = (api: SiteHarness, previewId: string, list: string) =>
  api.call<{ total: number; rows: CucmPreviewRow[] }>('cucm.previewList', { previewId, list, offset: 0, limit: 500 });

describe('the CUCM import through the contract, against the AXL test server', () => {
  let server: AxlServer;
  let api: SiteHarness;

  beforeAll(async () => {
    server = await startAxlServer({ users: 40_000 });
    server.setUsers(companyUsers(40_000));
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });
  afterEach(() => api?.close());

  it('says CUCM is not configured, and previews nothing, until Settings > CUCM names a publisher', async () => {
    api = await siteHarness({ file: 'cucm-import.roster', demo: true });
    const view = await api.call<CucmImportSettingsView>('cucm.importSettings');
    expect(view).toEqual({ settings: CUCM_IMPORT_DEFAULTS, publisher: null, useCucmAuthentication: false });
    const error = await api.refusal('cucm.preview', { settings: settings() });
    expect(error.code).toBe('CUCM_NOT_CONFIGURED');
  });

  it('refuses a malformed filter at its field, with the position, before reaching CUCM', async () => {
    api = await siteHarness({ file: 'cucm-import.roster', demo: true });
    await configure(api, server);
    server.requests.length = 0;
    const error = await api.refusal('cucm.preview', {
      settings: settings({ sqlFilter: "usr_Department = 'support' AND", xmlFilter: '<mailid>x</mailid>' }),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([
      {
        path: ['settings', 'xmlFilter'],
        message: 'cucmImport.xml.unknownElement',
        params: { name: 'mailid', elements: 'firstName, lastName, userid, department', position: 0 },
      },
      { path: ['settings', 'sqlFilter'], message: 'cucmImport.sql.expectedCondition', params: { position: 30 } },
    ]);
    expect(server.requests).toEqual([]);
  });

  it('reads 40,000 end users, keeps those the example SQL filter accepts, and imports them; the import can be undone', async () => {
    api = await siteHarness({ file: 'cucm-import.roster', demo: true });
    await configure(api, server);
    // Two shared lines among the users the filter keeps: one with a demo user's number, one between two of them.
    const original = [...server.users];
    const users = original.map((user) => ({ ...user }));
    const [first, second, third] = users.filter((user) => exampleFilterKeeps(user) && user.primaryExtension !== '');
    second!.primaryExtension = first!.primaryExtension;
    third!.primaryExtension = '1005';
    server.setUsers(users);
    onTestFinished(() => server.setUsers(original));
    const summary = await api.call<CucmPreviewSummary>('cucm.preview', { settings: settings({ sqlFilter: EXAMPLE_FILTER }) });
    const expected = server.users.filter(exampleFilterKeeps);
    expect(expected.length).toBeGreaterThan(100);
    expect(summary).toMatchObject({ publisher: server.host, fetched: 40_000, matched: expected.length });
    expect(summary.pages).toBeGreaterThan(1);
    const progress = api.events.filter((e) => e.event === 'cucm.progress').map((e) => e.payload as CucmImportProgress);
    // Every stage is shown: connecting, the pages read, filtering what was read, comparing what the filter kept.
    expect(progress[0]).toMatchObject({ phase: 'connecting' });
    expect(progress.find((p) => p.phase === 'filtering')).toMatchObject({ users: 40_000, pages: summary.pages });
    expect(progress.at(-1)).toMatchObject({ phase: 'comparing', users: summary.matched });
    expect(summary.read).toMatchObject({ complete: true, users: 40_000, pages: summary.pages });
    expect(progress.filter((p) => p.phase === 'fetching').map((p) => p.users)).toEqual(expect.arrayContaining([40_000]));

    const { add, problem, update, delete: deletes, conflict } = summary.counts;
    expect(update + deletes + conflict + problem).toBe(0);
    expect(add).toBe(expected.length);
    const added = await allRows(api, summary.previewId, 'add');
    expect(added.total).toBe(add);
    expect(added.rows.every((row) => expected.some((user) => user.userid === row.username))).toBe(true);
    // Shared lines (end users with the same primary extension) are imported, marked in the preview; once
    // applied, each marked user and a holder of its number are found by is:sharednumber.
    expect(summary.sharedNumbers).toBe(2);
    const before = await api.call<{ total: number }>('users.list', { limit: 1 });
    const result = await api.call<CucmImportResult>('cucm.apply', { previewId: summary.previewId });
    expect(result.record).toMatchObject({ source: 'cucm', label: server.host, created: add, rejected: problem });
    const after = await api.call<{ total: number; rows: UserRow[] }>('users.list', { limit: 1 });
    expect(after.total).toBe(before.total + add);
    const sharing = await api.call<{ total: number }>('users.list', { text: 'is:sharednumber', limit: 1 });
    // second shares with first, third with ashok.kumar: four holders.
    expect(sharing.total).toBe(4);
    expect(api.events.some((e) => e.event === 'site.changed')).toBe(true);
    // The preview is used up.
    expect((await api.refusal('cucm.previewList', { previewId: summary.previewId, list: 'add' })).message).toBe('cucmImport.previewGone');

    const undone = await api.call<ImportRecord>('import.undo', { id: result.record.id });
    expect(undone.undoneAt).not.toBeNull();
    expect((await api.call<{ total: number }>('users.list', { limit: 1 })).total).toBe(before.total);
  }, 120_000);

  it('sends the XML filter to CUCM as listUser searchCriteria, and deletes on the next import the users it no longer returns', async () => {
    api = await siteHarness({ file: 'cucm-import.roster', demo: true });
    await configure(api, server);
    const first = await api.call<CucmPreviewSummary>('cucm.preview', {
      settings: settings({ xmlFilter: '<searchCriteria><department>Finance</department><lastName>M%</lastName></searchCriteria>' }),
    });
    const listed = server.requests.filter((r) => r.action === 'listUser').at(-1)!;
    expect(listed.body).toContain('<searchCriteria><department>Finance</department><lastName>M%</lastName></searchCriteria>');
    const finance = server.users.filter((u) => u.department === 'Finance' && u.lastName.startsWith('M'));
    expect(first.fetched).toBe(finance.length);
    await api.call<CucmImportResult>('cucm.apply', { previewId: first.previewId });
    const saved = await api.call<CucmImportSettingsView>('cucm.importSettings');
    expect(saved.settings.xmlFilter).toContain('<department>Finance</department>');

    // Narrowed by the SQL filter: the Finance users called Meier stay; the others imported before go.
    const second = await api.call<CucmPreviewSummary>('cucm.preview', {
      settings: settings({ xmlFilter: saved.settings.xmlFilter, sqlFilter: "usr_LastName = 'meier'" }),
    });
    const deleted = await allRows(api, second.previewId, 'delete');
    const imported = (await api.call<{ total: number; rows: UserRow[] }>('users.list', { text: 'source:cucm', limit: 1000 })).rows;
    expect(deleted.rows.every((row) => row.username && imported.some((u) => u.username === row.username && u.lastName !== 'Meier'))).toBe(true);
    expect(second.counts.delete).toBe(imported.filter((u) => u.lastName !== 'Meier').length);
    expect(second.counts.delete).toBeGreaterThan(0);
    expect(second.counts.unchanged).toBeGreaterThan(0);
    // More than the threshold (10 % of the users imported from CUCM, or 50): only with the number typed.
    expect(second.deletion).toMatchObject({ threshold: 50, overThreshold: true });
    const untyped = await api.refusal('cucm.apply', { previewId: second.previewId });
    expect(untyped.issues).toEqual([expect.objectContaining({ path: ['removal', 'typedCount'], message: 'cucmImport.massDelete.typeCount' })]);
    const mistyped = await api.refusal('cucm.apply', { previewId: second.previewId, removal: { action: 'delete', typedCount: 50 } });
    expect(mistyped.issues?.[0]?.message).toBe('cucmImport.massDelete.wrongCount');
    const applied = await api.call<CucmImportResult>('cucm.apply', {
      previewId: second.previewId,
      removal: { action: 'delete', typedCount: second.counts.delete },
    });
    expect(applied.record.deleted).toBe(second.counts.delete);
    const deletedList = await api.call<{ total: number }>('users.list', { view: 'deleted', limit: 1 });
    expect(deletedList.total).toBe(second.counts.delete);
  }, 60_000);

  it('refuses to apply a preview made before the site changed', async () => {
    api = await siteHarness({ file: 'cucm-import.roster', demo: true });
    await configure(api, server);
    const preview = await api.call<CucmPreviewSummary>('cucm.preview', { settings: settings({ xmlFilter: '<lastName>Sato</lastName>' }) });
    await api.call('groups.save', { draft: { id: null, name: 'Added meanwhile', description: '' } });
    const error = await api.refusal('cucm.apply', { previewId: preview.previewId });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'cucmImport.stale' });
    expect(await api.call<ImportRecord[]>('import.list', {})).toEqual([]);
  });

  it('cancelled while reading, changes nothing', async () => {
    const slow = await startAxlServer({ users: 20_000, latencyMs: 400 });
    try {
      api = await siteHarness({ file: 'cucm-import.roster', demo: true });
      await configure(api, slow);
      const auditBefore = await api.call<{ total: number }>('audit.list', {});
      const usersBefore = await api.call<{ total: number }>('users.list', { limit: 1 });
      const running = api.dispatch('cucm.preview', { settings: settings({ sqlFilter: "usr_Department = 'sales'" }) });
      await expect.poll(() => slow.requests.filter((r) => r.action === 'listUser').length, { timeout: 10_000 }).toBeGreaterThan(0);
      // One preview at a time.
      expect(await api.refusal('cucm.preview', { settings: settings() })).toMatchObject({ code: 'CONFLICT', message: 'cucmImport.busy' });
      expect(await api.call('cucm.cancel')).toEqual({ cancelled: true });
      const result = await running;
      expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(await api.call('cucm.cancel')).toEqual({ cancelled: false });
      expect((await api.call<{ total: number }>('audit.list', {})).total).toBe(auditBefore.total);
      expect((await api.call<{ total: number }>('users.list', { limit: 1 })).total).toBe(usersBefore.total);
      expect(await api.call<ImportRecord[]>('import.list', {})).toEqual([]);
      expect((await api.call<CucmImportSettingsView>('cucm.importSettings')).settings).toEqual(CUCM_IMPORT_DEFAULTS);
    } finally {
      await slow.close();
    }
  });

  it('refuses an AXL answer of 20 MB of &amp; (CUCM never sends more than 8 MB) with a clear error, and changes nothing', async () => {
    const hostile = await startAxlServer({ users: 10, oversizedAnswer: { bytes: 20 * 1024 * 1024, announced: false } });
    try {
      api = await siteHarness({ file: 'cucm-import.roster', demo: true });
      await configure(api, hostile);
      const before = await siteState(api);
      const error = await api.refusal('cucm.preview', { settings: settings({ sqlFilter: "usr_LastName LIKE '%&%'" }) });
      expect(error).toMatchObject({ code: 'CUCM_PROTOCOL', message: 'cucm.error.answerTooLarge', params: { operation: 'listUser', megabytes: 9 } });
      const text = translate(english, error.message, error.params);
      expect(text).toContain('never sends more than 8 MB');
      expect(text).toContain('Check that this is the CUCM publisher');
      expect(JSON.stringify(error)).not.toContain(hostile.password);
      expect(await siteState(api)).toEqual(before);
      // Nothing is left running: the next preview is not refused as busy.
      expect((await api.refusal('cucm.preview', { settings: settings() })).message).toBe('cucm.error.answerTooLarge');
    } finally {
      await hostile.close();
    }
  });

  it('compares off main: with a pathological SQL filter over many long user IDs, other calls are answered meanwhile and cucm.cancel stops it', async () => {
    const manyA = await startAxlServer({ users: 1 });
    try {
      // Long user IDs of nothing but 'a': the input that made a backtracking LIKE take exponential time.
      manyA.setUsers(generateEndUsers(20_000).map((user, i) => ({ ...user, userid: `${'a'.repeat(500)}${i}` })));
      api = await siteHarness({ file: 'cucm-import.roster', demo: true });
      await configure(api, manyA);
      const before = await siteState(api);
      const order: string[] = [];
      const running = api.dispatch('cucm.preview', { settings: settings({ sqlFilter: pathologicalFilter() }) }).then((result) => {
        order.push('preview answered');
        return result;
      });
      // 'filtering' is told as the worker starts the SQL filter (the slow part here); 'comparing' only once it is done.
      const filtering = () => api.events.some((e) => e.event === 'cucm.progress' && (e.payload as CucmImportProgress).phase === 'filtering');
      await expect.poll(filtering, { timeout: 60_000 }).toBe(true);
      order.push('filtering');

      // Main answers while the filter runs: users.list, and one preview at a time.
      await api.call('users.list', { limit: 1 });
      order.push('users.list answered');
      expect((await api.refusal('cucm.preview', { settings: settings() })).message).toBe('cucmImport.busy');
      expect(await api.call('cucm.cancel')).toEqual({ cancelled: true });
      order.push('cancelled');
      expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: 'cucm.error.cancelled' } });
      expect(order).toEqual(['filtering', 'users.list answered', 'cancelled', 'preview answered']);

      expect(await api.call('cucm.cancel')).toEqual({ cancelled: false });
      expect(await siteState(api)).toEqual(before);
    } finally {
      await manyA.close();
    }
  }, 120_000);
});
