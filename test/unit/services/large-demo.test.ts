import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteInfo } from '@shared/domain';
import { userDraftSchema } from '@shared/rules/user-rules';
import { LARGE_DEMO_MAX, LARGE_DEMO_NAME, largeDemoSite } from '../../../resources/demo/large-demo';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { fillSite } from '../../../electron/services/site/site-content';
import type { SiteContent } from '../../../electron/services/site/site-content';
import { createHarness } from '../../support/contract-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

const count = (site: OpenSite, sql: string) => site.db.prepare(sql).pluck().get() as number;

describe('large demo site', () => {
  it(`site.create with demoSize ${LARGE_DEMO_MAX} makes exactly that many users, unique names and numbers`, async () => {
    const dir = tempDir();
    const api = createHarness(dir);
    const started = performance.now();
    const info = await api.call<SiteInfo>('site.create', { path: join(dir, 'large.roster'), name: 'ignored', demo: true, demoSize: LARGE_DEMO_MAX });
    // Printed, not asserted: the figure depends on the machine.
    console.log(`creating the ${LARGE_DEMO_MAX.toLocaleString('en')}-user demo site took ${Math.round(performance.now() - started)} ms`);
    expect(info.name).toBe(LARGE_DEMO_NAME);
    const listed = await api.call<{ total: number; rows: { username: string }[] }>('users.list', { limit: 3 });
    expect(listed.total).toBe(LARGE_DEMO_MAX);
    api.shutdown();

    const site = await OpenSite.open(join(dir, 'large.roster'), api.ctx.keyStore);
    try {
      expect(count(site, 'SELECT count(*) FROM users')).toBe(LARGE_DEMO_MAX);
      expect(count(site, 'SELECT count(DISTINCT lower(username)) FROM users')).toBe(LARGE_DEMO_MAX);
      expect(count(site, 'SELECT count(DISTINCT number) FROM users')).toBe(LARGE_DEMO_MAX);
      // Varied like a real directory: many departments, every source, some memberships, some disabled.
      expect(count(site, 'SELECT count(DISTINCT department) FROM users')).toBeGreaterThan(10);
      expect(count(site, 'SELECT count(DISTINCT source) FROM users')).toBe(4);
      expect(count(site, 'SELECT count(*) FROM group_members')).toBeGreaterThan(LARGE_DEMO_MAX / 4);
      expect(count(site, 'SELECT count(*) FROM users WHERE enabled = 0')).toBeGreaterThan(0);
      // The search index is filled too: a name finds its people.
      expect(count(site, 'SELECT count(*) FROM users_fts WHERE users_fts MATCH \'"zimmermann"\'')).toBeGreaterThan(100);
    } finally {
      site.close();
    }
  }, 120_000);

  it('is the same every time, and every generated user passes the editor rules', () => {
    const first = [...largeDemoSite(500).users];
    const second = [...largeDemoSite(500).users];
    expect(second).toEqual(first);
    expect(first).toHaveLength(500);
    for (const { groups: _groups, source: _source, ...fields } of first) {
      const draft = {
        ...fields,
        id: null,
        password: { action: 'keep' },
        pin: { action: 'keep' },
        groupIds: [],
        internalContactsGroupId: null,
        externalContactsGroupId: null,
      };
      const parsed = userDraftSchema.safeParse(draft);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${fields.username} ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('fills the site in one transaction: a failure part way leaves no user behind', async () => {
    const site = await OpenSite.create(join(tempDir(), 'failing.roster'), LARGE_DEMO_NAME, new MemoryKeyStore());
    try {
      const content = largeDemoSite(1000);
      const failing: SiteContent = {
        ...content,
        users: {
          *[Symbol.iterator]() {
            let made = 0;
            for (const user of content.users) {
              if (++made === 600) throw new Error('disk full');
              yield user;
            }
          },
        },
      };
      expect(() => fillSite(site, failing)).toThrow('disk full');
      expect(count(site, 'SELECT count(*) FROM users')).toBe(0);
      expect(count(site, 'SELECT count(*) FROM user_groups')).toBe(0);
    } finally {
      site.close();
    }
  });

  it('refuses a size above the maximum at the contract', async () => {
    const dir = tempDir();
    const api = createHarness(dir);
    const error = await api.refusal('site.create', { path: join(dir, 'too-large.roster'), name: 'x', demo: true, demoSize: LARGE_DEMO_MAX + 1 });
    expect(error.code).toBe('VALIDATION');
    api.shutdown();
  });
});
