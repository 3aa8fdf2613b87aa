import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CucmImportProgress, CucmImportResult, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import type { ImportRecord } from '@shared/channels/import';
import { english, translate } from '@shared/i18n/en';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import type { ContractError } from '@shared/result';
import { startAxlServer } from '../../support/axl-server';
import type { AxlServer } from '../../support/axl-server';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

// The AXL test server misbehaving on purpose, each time on a resync of a site that already holds every CUCM
// user: whatever CUCM does, the preview either reads every user (and deletes nobody) or refuses, naming the
// step, with the site unchanged. Never a preview that would delete users CUCM still has.

const USERS = 6_000;
/** Pages of about 1,300 users: several pages, and the client's first page (5,000 rows) is refused. */
const THROTTLE_BYTES = 1024 * 1024;

let server: AxlServer;
let api: SiteHarness;

async function configure(): Promise<void> {
  await api.call('cucm.save', {
    draft: {
      settings: { ...CUCM_DEFAULTS, host: server.host, port: server.port, axlUser: server.user, timeoutSeconds: 10, trust: server.trust },
      password: { action: 'set', value: server.password },
    },
  });
}

const preview = () => api.dispatch('cucm.preview', { settings: CUCM_IMPORT_DEFAULTS });
const progressOf = () => api.events.filter((e) => e.event === 'cucm.progress').map((e) => e.payload as CucmImportProgress);

/** What a resync could change. */
async function siteState() {
  return {
    active: (await api.call<{ total: number }>('users.list', { limit: 1 })).total,
    deleted: (await api.call<{ total: number }>('users.list', { view: 'deleted', limit: 1 })).total,
    imports: (await api.call<ImportRecord[]>('import.list', {})).length,
  };
}

/** A refusal as the administrator reads it. */
const text = (error: ContractError) => translate(english, error.message, error.params);

beforeAll(async () => {
  server = await startAxlServer({ users: USERS });
  process.env.ROSTER_CUCM_BUSY_SECONDS = '4';
}, 60_000);
afterAll(async () => {
  delete process.env.ROSTER_CUCM_BUSY_SECONDS;
  await server?.close();
});

beforeEach(async () => {
  server.misbehave({});
  api = await siteHarness({ file: 'cucm-resync.roster', demo: true });
  await configure();
  const first = await api.call<CucmPreviewSummary>('cucm.preview', { settings: CUCM_IMPORT_DEFAULTS });
  expect(first.read).toMatchObject({ complete: true, users: USERS });
  await api.call<CucmImportResult>('cucm.apply', { previewId: first.previewId });
  api.events.length = 0;
}, 60_000);
afterEach(() => api?.close());

/** A resync that must read everyone and delete nobody. */
async function expectCompleteResync(): Promise<CucmPreviewSummary> {
  const result = await preview();
  if (!result.ok) throw new Error(`the preview refused: ${text(result.error)}`);
  const summary = result.value as CucmPreviewSummary;
  expect(summary.read).toMatchObject({ complete: true, users: USERS });
  expect(summary.fetched).toBe(USERS);
  expect(summary.counts).toMatchObject({ add: 0, delete: 0 });
  return summary;
}

/** A resync that must refuse, leaving the site as it was. */
async function expectRefusedResync(): Promise<ContractError> {
  const before = await siteState();
  const result = await preview();
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('the preview was made');
  // Nothing to apply: the refused read left no preview behind.
  expect(await siteState()).toEqual(before);
  return result.error;
}

describe('a resync against a CUCM that misbehaves', () => {
  it('throttle faults counting the whole result: smaller pages, every user read, nobody deleted', async () => {
    server.misbehave({ throttleBytes: THROTTLE_BYTES, throttleTotal: 'result' });
    const summary = await expectCompleteResync();
    expect(summary.read.throttled).toBeGreaterThan(0);
    expect(summary.pages).toBeGreaterThan(USERS / 5000);
  });

  it('throttle faults counting only the page asked (the fault that read 5,000 of 40,000): every user read, nobody deleted', async () => {
    server.misbehave({ throttleBytes: THROTTLE_BYTES, throttleTotal: 'page' });
    const summary = await expectCompleteResync();
    expect(summary.read.throttled).toBeGreaterThan(0);
    // Pages grew back after the fault, carefully: never again to the size refused.
    const sizes = progressOf()
      .filter((p) => p.phase === 'fetching')
      .map((p) => p.pageSize);
    expect(Math.max(...sizes)).toBeLessThan(5000);
  });

  it('503 bursts with Retry-After: waited out as CUCM asks, shown in progress, every user read', async () => {
    server.misbehave({ throttleBytes: THROTTLE_BYTES, busy: { after: 1, length: 2, every: 4, kind: '503', retryAfterSeconds: 1 } });
    const summary = await expectCompleteResync();
    expect(server.busyAnswers).toBeGreaterThanOrEqual(2);
    expect(summary.read.busy).toBeGreaterThanOrEqual(2);
    const waits = progressOf().filter((p) => p.phase === 'waiting');
    expect(waits[0]).toMatchObject({ phase: 'waiting', reason: 'busy', seconds: 1, attempt: 1 });
    expect(translate(english, 'cucmImport.progress.waiting.busy', { seconds: 1, users: '1,300' })).toMatch(/CUCM is busy, retrying in 1 s/);
  });

  it('"Maximum AXL Memory Allocation Consumed": waited out with growing pauses, every user read', async () => {
    server.misbehave({ busy: { after: 0, length: 2, kind: 'memory' } });
    await expectCompleteResync();
    const waits = progressOf().filter((p) => p.phase === 'waiting');
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(new Set(waits.map((w) => w.phase === 'waiting' && w.reason))).toEqual(new Set(['memory']));
  }, 20_000);

  it('a CUCM that stays busy: the read is given up in bounded time with a clear error, the site unchanged', async () => {
    server.misbehave({ busy: { after: 2, length: Infinity, kind: '503', retryAfterSeconds: 1 } });
    const started = Date.now();
    const error = await expectRefusedResync();
    expect(error).toMatchObject({ code: 'CUCM_TIMEOUT', message: 'cucmImport.read.busy' });
    expect(text(error)).toMatch(
      /^Reading end users from CUCM stopped: CUCM stayed busy .* Nothing was changed and no preview was made\. Try again later/,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);

  it('a server that stops answering mid-read: a few tries, then a clear error, the site unchanged', async () => {
    server.misbehave({ throttleBytes: THROTTLE_BYTES, stopAfter: { pages: 2, how: 'close' } });
    const error = await expectRefusedResync();
    expect(error).toMatchObject({ code: 'CUCM_UNREACHABLE', message: 'cucmImport.read.stopped' });
    expect(text(error)).toMatch(/no longer answered after .* users in .* pages.*Nothing was changed.*Check that the publisher is running/);
  }, 30_000);

  it('a server that answers an empty page mid-read after telling the whole total: refused as short, the site unchanged', async () => {
    server.misbehave({ throttleBytes: THROTTLE_BYTES, throttleTotal: 'result', stopAfter: { pages: 2, how: 'empty' } });
    const error = await expectRefusedResync();
    expect(error.message).toMatch(/^cucmImport\.read\.(short|changed)$/);
    expect(text(error)).toContain('Nothing was changed and no preview was made');
  });

  it('a server that answers an empty page mid-read and never told the total: the mass deletion cannot be applied by a click', async () => {
    server.misbehave({ stopAfter: { pages: 1, how: 'empty' } });
    const result = await preview();
    if (!result.ok) return expect(result.error.message).toMatch(/^cucmImport\.read\./);
    // Indistinguishable from a CUCM whose users were deleted: shown, but held behind the typed count.
    const summary = result.value as CucmPreviewSummary;
    expect(summary.deletion.overThreshold).toBe(true);
    const before = await siteState();
    const refused = await api.refusal('cucm.apply', { previewId: summary.previewId });
    expect(refused.issues?.[0]).toMatchObject({ path: ['removal', 'typedCount'] });
    expect(await siteState()).toEqual(before);
    // Disabling instead keeps every user (and undo enables them again).
    const disabled = await api.call<CucmImportResult>('cucm.apply', {
      previewId: summary.previewId,
      removal: { action: 'disable', typedCount: null },
    });
    expect(disabled.record.deleted).toBe(0);
    expect((await siteState()).deleted).toBe(before.deleted);
    const off = await api.call<{ total: number }>('users.list', { text: 'source:cucm', limit: 1 });
    expect(off.total).toBe(USERS);
  });

  it('a server that answers garbage: a clear error naming the step, the site unchanged', async () => {
    server.misbehave({ stopAfter: { pages: 0, how: 'close' } });
    const error = await expectRefusedResync();
    expect(['CUCM_UNREACHABLE', 'CUCM_PROTOCOL']).toContain(error.code);
  });
});
