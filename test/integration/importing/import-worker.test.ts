import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress, ImportSummary } from '@shared/channels/import';
import { importOptionsSchema } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import type { Result } from '@shared/result';
import { ImportJobs } from '../../../electron/services/importing/import-jobs';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { fillSite } from '../../../electron/services/site/site-content';
import { saveUser } from '../../../electron/services/site/save-user';
import { DEMO_SITE } from '../../../resources/demo/demo-site';
import { useTempDirs } from '../../support/temp-dir';
import { draftFor } from '../../unit/services/site-fixtures';
import { optionsFor, useImportSites } from './import-fixtures';
import type { ImportSite } from './import-fixtures';
import { PEOPLE_MAPPING, writePeople } from './people-files';

// The run in its worker thread: one transaction that a cancel or a crash leaves as if it never began, while
// main keeps answering (reads as usual, writes refused at once with a clear message).

const newSite = useImportSites();
const tempDir = useTempDirs();
const ROWS = 60_000;

/** Resolves when the harness has seen an import.progress event of this phase. */
async function progressOf(site: ImportSite, phase: ImportProgress['phase']): Promise<void> {
  while (!site.api.events.some((e) => e.event === 'import.progress' && (e.payload as ImportProgress).phase === phase)) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function largeFile(site: ImportSite): string {
  const path = join(site.api.dir, 'large.csv');
  writePeople(path, ROWS);
  return path;
}

describe('the import worker', () => {
  it('is cancelled mid-run and leaves the site exactly as it was', async () => {
    const site = await newSite();
    const path = largeFile(site);
    const before = site.state();
    const running = site.api.dispatch('import.run', optionsFor(path, [...PEOPLE_MAPPING]));
    await progressOf(site, 'writing');
    expect(await site.api.call('import.cancel')).toEqual({ cancelled: true });
    const result = await running;
    expect(result).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'import.cancelled' } });
    expect(site.state()).toBe(before);
    expect(await site.api.call('import.cancel')).toEqual({ cancelled: false });
  });

  it('keeps main answering while it writes: reads as usual, writes and site switches refused at once', async () => {
    const site = await newSite();
    const path = largeFile(site);
    const running = site.api.dispatch('import.run', optionsFor(path, [...PEOPLE_MAPPING]));
    await progressOf(site, 'writing');
    const list = await site.api.call<{ total: number }>('users.list', { limit: 10 });
    expect(list.total).toBe(6);
    const draft = await site.api.call<Record<string, unknown>>('users.newDraft');
    expect(await site.api.refusal('users.save', { draft: { ...draft, username: 'during.import' } })).toEqual({
      code: 'CONFLICT',
      message: 'import.running',
    });
    expect(await site.api.refusal('groups.save', { draft: { id: null, name: 'During', description: '' } })).toEqual({
      code: 'CONFLICT',
      message: 'import.running',
    });
    expect(await site.api.refusal('site.close', {})).toEqual({ code: 'CONFLICT', message: 'import.running' });
    expect(await site.api.refusal('import.preview', optionsFor(path, [...PEOPLE_MAPPING]))).toEqual({ code: 'CONFLICT', message: 'import.busy' });

    const result = (await running) as Result<ImportSummary>;
    expect(result.ok && result.value.record.created).toBe(ROWS);
    // Once it is done, writes go through again (and wait on the lock as before).
    await site.api.call('users.save', { draft: { ...draft, username: 'after.import' } });
    expect(site.userId('after.import')).not.toBeNull();
    expect(
      site.api.events.some((e) => e.event === 'site.changed' && (e.payload as { site: { userCount: number } }).site.userCount === ROWS + 6),
    ).toBe(true);
  });

  it('refuses a mapping without a username, and one field mapped twice, before starting', async () => {
    const site = await newSite();
    const path = site.file('people.csv', 'Username,Mail,Mail2\r\na,a@example.com,b@example.com\r\n');
    expect(await site.api.refusal('import.preview', optionsFor(path, [null, 'email', 'email']))).toEqual({
      code: 'VALIDATION',
      message: 'error.VALIDATION',
      issues: [
        { path: ['mapping', 2], message: 'import.mapping.twice', params: { column: '2' } },
        { path: ['mapping'], message: 'import.mapping.usernameMissing' },
        { path: ['duplicates', 'match', 0], message: 'import.match.notMapped' },
      ],
    });
  });
});

describe('a crash of the worker', () => {
  it('leaves the site as it was, and the lock free for main', async () => {
    const dir = tempDir();
    const site = await OpenSite.create(join(dir, 'crash.roster'), DEMO_SITE.name, new MemoryKeyStore());
    fillSite(site, DEMO_SITE);
    const file = join(dir, 'large.csv');
    writePeople(file, ROWS);
    const state = () => JSON.stringify([site.db.prepare('SELECT * FROM users ORDER BY id').all(), site.db.prepare('SELECT * FROM imports').all()]);
    const before = state();
    const jobs = new ImportJobs();
    let killed = false;
    const options = importOptionsSchema.parse(optionsFor(file, [...PEOPLE_MAPPING]));
    const outcome = await jobs
      .run(site, new MemoryKeyStore(), options, (progress) => {
        if (progress.phase === 'writing' && !killed) {
          killed = true;
          void jobs.kill();
        }
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(killed).toBe(true);
    expect(outcome).toBeInstanceOf(RosterError);
    expect(outcome).toMatchObject({ code: 'INTERNAL', messageKey: 'import.worker.failed' });
    expect(state()).toBe(before);
    expect(jobs.busy).toBe(false);
    // The dead thread's transaction is gone with it: main writes at once.
    saveUser(site, draftFor(site, { username: 'after.crash' }));
    expect(site.db.prepare("SELECT count(*) FROM users WHERE username = 'after.crash'").pluck().get()).toBe(1);
    expect(site.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    site.close();
  });
});
