import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteInfo } from '@shared/domain';
import { ClosedSites } from '../../electron/services/site/closed-sites';
import { siteHarness } from '../support/contract-harness';
import type { SiteHarness } from '../support/contract-harness';

// A site this workstation closed cleanly and nobody wrote since opens without SQLite's page-by-page check
// (0.7 s at 100,000 users); any change to the file since, or a site left open by a killed process, is
// checked again, so a damaged file is still refused.

const open: SiteHarness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function closedSite(): Promise<SiteHarness> {
  const api = await siteHarness();
  open.push(api);
  await api.call('site.close', {});
  return api;
}

/** Garbage over the b-tree pages after the header page, keeping the file's size. */
function damage(path: string): void {
  const bytes = readFileSync(path);
  for (let i = 4096 + 16; i < bytes.length; i += 7) bytes[i] = 0xa5;
  writeFileSync(path, bytes);
}

describe('a site closed cleanly on this workstation', () => {
  it('is remembered with its size and time when closed, and forgotten once opened again', async () => {
    const api = await closedSite();
    const closed = new ClosedSites(api.ctx.paths.configDir);
    expect(closed.unchanged(api.sitePath)).toBe(true);
    await api.call<SiteInfo>('site.open', { path: api.sitePath });
    // Open, it may change at any moment: a crash now must not leave it vouched for.
    expect(closed.unchanged(api.sitePath)).toBe(false);
    await api.call('site.close', {});
    expect(closed.unchanged(api.sitePath)).toBe(true);
  });

  it('is checked page by page again once anything wrote to it, and refused when damaged', async () => {
    const api = await closedSite();
    damage(api.sitePath);
    const error = await api.refusal('site.open', { path: api.sitePath });
    expect(error).toMatchObject({ code: 'IO', message: 'error.site.damaged' });
  });

  it('counts as changed when only its time moved, or a WAL lies beside it', async () => {
    const api = await closedSite();
    const closed = new ClosedSites(api.ctx.paths.configDir);
    const { mtime } = statSync(api.sitePath);
    utimesSync(api.sitePath, mtime, new Date(mtime.getTime() + 5000));
    expect(closed.unchanged(api.sitePath)).toBe(false);
    await api.call<SiteInfo>('site.open', { path: api.sitePath });
    await api.call('site.close', {});
    expect(closed.unchanged(api.sitePath)).toBe(true);
    writeFileSync(`${api.sitePath}-wal`, '');
    expect(closed.unchanged(api.sitePath)).toBe(false);
  });

  it('reads a missing or unreadable record as "check every site"', async () => {
    const api = await closedSite();
    const record = join(api.ctx.paths.configDir, 'closed-sites.json');
    expect(existsSync(record)).toBe(true);
    writeFileSync(record, '{ not json');
    expect(new ClosedSites(api.ctx.paths.configDir).unchanged(api.sitePath)).toBe(false);
    expect((await api.call<SiteInfo>('site.open', { path: api.sitePath })).path).toBe(api.sitePath);
  });
});
