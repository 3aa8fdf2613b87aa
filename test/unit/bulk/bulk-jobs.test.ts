import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import { largeDemoSite } from '../../../resources/demo/large-demo';
import { ImportJobs } from '../../../electron/services/importing/import-jobs';
import { SiteJobs } from '../../../electron/services/jobs/site-jobs';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { fillSite } from '../../../electron/services/site/site-content';
import { makeTempDir } from '../../support/temp-dir';
import { count, usersState } from './bulk-fixtures';

// Heavy operations in the worker (SiteJobs with no inline limit, so even a small site's change goes there):
// a cancel leaves the site as it was, and a second operation while one runs is refused, naming the first.

const dir = makeTempDir('roster-bulk-jobs-');
const keyStore = new MemoryKeyStore();
let site: OpenSite;
let ids: number[];

beforeAll(async () => {
  site = await OpenSite.create(join(dir.path, 'jobs.roster'), 'Jobs', keyStore);
  fillSite(site, largeDemoSite(300));
  ids = site.db.prepare('SELECT id FROM users ORDER BY id').pluck().all() as number[];
});

afterAll(() => {
  site.close();
  dir.remove();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
};

describe('heavy operations in the worker', () => {
  it('applies and undoes a bulk change in the worker, exactly', async () => {
    const jobs = new SiteJobs(new ImportJobs(), keyStore, 0);
    const before = usersState(site);
    const progress: unknown[] = [];
    const { change } = await jobs.applyBulk(site, ids, { action: 'disable' }, (p) => progress.push(p));
    expect(change?.userCount).toBeGreaterThan(0);
    expect(count(site, 'SELECT count(*) FROM users WHERE enabled = 1 AND deleted_at IS NULL')).toBe(0);
    expect(count(site, 'SELECT count(*) FROM audit_log WHERE bulk_change_id = ? AND entity = ?', change!.id, 'user')).toBe(change!.userCount);
    const undone = await jobs.undoBulk(site, change!.id, () => undefined);
    expect(undone.restored).toBe(change!.userCount);
    expect(usersState(site)).toEqual(before);
  });

  it('a cancelled bulk change leaves the site as it was', async () => {
    const jobs = new SiteJobs(new ImportJobs(), keyStore, 0);
    const before = usersState(site);
    const changes = count(site, 'SELECT count(*) FROM bulk_changes');
    const entries = count(site, 'SELECT count(*) FROM audit_log');
    const running = jobs.applyBulk(site, ids, { action: 'setPrivilege', privilege: 'sms' }, () => undefined);
    expect(jobs.cancel()).toBe(true);
    const error = await refusal(running);
    expect(error.code).toBe('CANCELLED');
    expect(usersState(site)).toEqual(before);
    expect(count(site, 'SELECT count(*) FROM bulk_changes')).toBe(changes);
    expect(count(site, 'SELECT count(*) FROM audit_log')).toBe(entries);
    expect(jobs.current).toBeNull();
  });

  it('a second heavy operation while one runs is refused, naming the first, and the first completes', async () => {
    const jobs = new SiteJobs(new ImportJobs(), keyStore, 0);
    const first = jobs.applyBulk(site, ids, { action: 'expirePassword' }, () => undefined);
    expect(jobs.current).toBe('bulkApply');
    const second = await refusal(jobs.applyBulk(site, ids, { action: 'disable' }, () => undefined));
    expect(second.code).toBe('CONFLICT');
    expect(second.messageKey).toBe('job.busy.bulkApply');
    const exportRefused = await refusal(
      jobs.exportUsers(site, { ids: null, layout: 'callisto', includeCredentials: false, target: { path: join(dir.path, 'x.csv'), replace: true } }),
    );
    expect(exportRefused.messageKey).toBe('job.busy.bulkApply');
    const result = await first;
    expect(jobs.current).toBeNull();
    // The first one is whole: recorded, and undone whole.
    if (result.change) await jobs.undoBulk(site, result.change.id, () => undefined);
  });

  it('a crash of the worker leaves the site as it was', async () => {
    const jobs = new SiteJobs(new ImportJobs(), keyStore, 0);
    const before = usersState(site);
    const running = jobs.applyBulk(site, ids, { action: 'disable' }, () => undefined);
    await jobs.kill();
    await refusal(running);
    expect(usersState(site)).toEqual(before);
  });

  it('exports in the worker', async () => {
    const jobs = new SiteJobs(new ImportJobs(), keyStore, 0);
    const { rows } = await jobs.exportUsers(site, {
      ids: null,
      layout: 'callisto',
      includeCredentials: false,
      target: { path: join(dir.path, 'all.csv'), replace: true },
    });
    expect(rows).toBe(count(site, 'SELECT count(*) FROM users WHERE deleted_at IS NULL'));
  });
});
