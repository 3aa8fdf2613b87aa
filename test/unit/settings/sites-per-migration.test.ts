import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { SettingsSectionName } from '@shared/domain';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { LATEST_VERSION } from '../../../electron/services/site/migrations';
import { OpenSite } from '../../../electron/services/site/open-site';
import { searchUsers } from '../../../electron/services/site/user-search';
import { readUserListSettings } from '../../../electron/services/user-list/user-list-settings';
import { useTempDirs } from '../../support/temp-dir';

// Site files as each released schema version left them (built by test/fixtures/sites/make-sites.ts), opened
// with today's Roster: migrated on a copy, with every user, group and setting they held.

const tempDir = useTempDirs();
const SITES = join(__dirname, '../../fixtures/sites');
const sites = readdirSync(SITES)
  .filter((file) => file.endsWith('.roster'))
  .sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1)));

function storedSections(path: string): { section: SettingsSectionName; json: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT section, json FROM settings').all() as { section: SettingsSectionName; json: string }[];
  } finally {
    db.close();
  }
}

describe('site files of every earlier schema version', () => {
  it('has one per version before the current one', () => {
    expect(sites).toEqual(Array.from({ length: LATEST_VERSION - 1 }, (_, i) => `v${i + 1}.roster`));
  });

  it.each(sites)('opens %s with its data and settings', async (file) => {
    const path = join(tempDir(), file);
    copyFileSync(join(SITES, file), path);
    const site = await OpenSite.open(path, new MemoryKeyStore());
    try {
      expect(site.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(site.info()).toMatchObject({ name: `Site ${file.replace('.roster', '')}`, userCount: 2, settingsProblems: [] });
      expect(
        site.groups
          .list()
          .map((group) => group.name)
          .sort(),
      ).toEqual(['Night shift', 'Sales']);
      const hans = site.users.get(1)!;
      expect(hans).toMatchObject({ username: 'hans.meier', lastName: 'Meier', department: 'Support', number: '4101', vip: 2, aliases: ['hmeier'] });
      // The search indexes rebuilt by later migrations hold the users written before them.
      const found = (text: string) => searchUsers(site.db, userListQuerySchema.parse({ text })).rows.map((row) => row.username);
      expect(found('meier')).toEqual(['hans.meier']);
      expect(found('hmeier')).toEqual(['hans.meier']);
      expect(found('dept:sales')).toEqual(['anna.rossi']);

      for (const { section, json } of storedSections(join(SITES, file))) {
        expect(site.settings.read(section), section).toMatchObject(JSON.parse(json) as object);
      }
      if (file === 'v6.roster') {
        expect(readUserListSettings(site).views.map((view) => view.text)).toEqual(['is:locked', 'meier group:"Night shift"']);
      }
    } finally {
      site.close();
    }
  });
});
