import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { largeDemoSite } from '../../resources/demo/large-demo';
import { applyBulkChange } from '../../electron/services/bulk/apply-bulk-change';
import { exportUsers } from '../../electron/services/exporting/export-users';
import { undoBulkChange } from '../../electron/services/bulk/undo-bulk-change';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { fillSite } from '../../electron/services/site/site-content';
import { makeTempDir } from '../support/temp-dir';

// Bulk change speed: each action on all 100,000 users of a generated site, then its undo, each one
// transaction. Goal: seconds, not minutes. Prints the figures; asserts nothing.

const USERS = 100_000;
const dir = makeTempDir('roster-bulk-bench-');
let site: OpenSite;
let ids: number[];
let groupId: number;

beforeAll(async () => {
  site = await OpenSite.create(join(dir.path, 'bulk.roster'), 'Bulk bench', new MemoryKeyStore());
  fillSite(site, largeDemoSite(USERS));
  ids = site.db.prepare('SELECT id FROM users ORDER BY id').pluck().all() as number[];
  groupId = site.groups.insert('Bench group', '', new Date().toISOString());
});

afterAll(() => {
  site.close();
  dir.remove();
});

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

it(`bulk actions on ${USERS.toLocaleString('en')} users`, async () => {
  const changes: BulkChange[] = [
    { action: 'setPrivilege', privilege: 'sms' },
    { action: 'clearPrivilege', privilege: 'sms' },
    { action: 'addToGroup', groupId },
    { action: 'removeFromGroup', groupId },
    { action: 'disable' },
    { action: 'delete' },
  ];
  for (const change of changes) {
    // Removing needs members: everyone joins first (outside the measured time).
    if (change.action === 'removeFromGroup')
      site.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) SELECT ?, id FROM users').run(groupId);
    const applying = performance.now();
    const { change: recorded } = applyBulkChange(site, ids, change);
    const applied = ms(applying);
    const undoing = performance.now();
    if (recorded) undoBulkChange(site, recorded.id);
    console.log(
      `${change.action}${'privilege' in change ? ` ${change.privilege}` : ''}: ${recorded?.userCount ?? 0} users changed in ${applied}, undone in ${ms(undoing)}`,
    );
  }
  const exporting = performance.now();
  const { rows } = await exportUsers(site, {
    ids,
    layout: 'callisto',
    bom: true,
    includeCredentials: false,
    target: { path: join(dir.path, 'users.csv'), replace: true },
  });
  console.log(`export of ${rows} users to a CSV file (Callisto layout): ${ms(exporting)}`);
});
