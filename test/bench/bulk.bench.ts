import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { largeDemoSite } from '../../resources/demo/large-demo';
import { applyBulkChange } from '../../electron/services/bulk/apply-bulk-change';
import { exportUsers } from '../../electron/services/exporting/export-users';
import { undoBulkChange } from '../../electron/services/bulk/undo-bulk-change';
import { planOf } from '../../electron/services/bulk/bulk-plan';
import { userEntriesStatement } from '../../electron/services/bulk/user-entries';
import { chunksOf } from '../../electron/services/bulk/bulk-progress';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { fillSite } from '../../electron/services/site/site-content';
import { makeTempDir } from '../support/temp-dir';

// Bulk change speed: each action on all 100,000 users of a generated site, then its undo, each one
// transaction. Goal: seconds, not minutes. Each figure is also given as a ratio to the floor: one UPDATE of
// one column of the same users by the same id list, in one transaction (what any bulk change must at least
// do). Each change writes one audit entry per changed user (its history); the cost of those entries alone is
// measured apart, in a transaction rolled back. Prints the figures; asserts nothing.

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

/** The floor: one column of every selected user written in one transaction, by the same JSON id list. */
function floor(): number {
  const flip = site.db.prepare('UPDATE users SET phantom = 1 - phantom WHERE id IN (SELECT value FROM json_each(?))');
  const start = performance.now();
  site.db.transaction(() => flip.run(JSON.stringify(ids)))();
  const elapsed = performance.now() - start;
  site.db.transaction(() => flip.run(JSON.stringify(ids)))();
  return elapsed;
}

/** The per-user audit entries of a recorded change alone: written as the apply writes them, then rolled back. */
function auditCost(changeId: number, change: BulkChange): { entries: number; ms: number } {
  const statement = userEntriesStatement(site.db, planOf(change), 'apply');
  const bind = { change: changeId, now: new Date().toISOString(), actor: 'bench', groupName: 'groupId' in change ? 'Bench group' : null };
  let entries = 0;
  const start = performance.now();
  try {
    site.db.transaction(() => {
      for (const chunk of chunksOf(ids)) entries += statement.run({ ...bind, chunk }).changes;
      throw new Error('rollback');
    })();
  } catch {
    // Rolled back on purpose: the figure is the writing.
  }
  return { entries, ms: performance.now() - start };
}

it(`bulk actions on ${USERS.toLocaleString('en')} users`, async () => {
  const changes: BulkChange[] = [
    { action: 'setPrivilege', privilege: 'sms' },
    { action: 'clearPrivilege', privilege: 'sms' },
    { action: 'addToGroup', groupId },
    { action: 'removeFromGroup', groupId },
    { action: 'disable' },
    { action: 'delete' },
  ];
  const floors = [floor(), floor(), floor()];
  const floorMs = Math.min(...floors);
  console.log(`floor (one column of ${USERS.toLocaleString('en')} users, one transaction): ${Math.round(floorMs)} ms`);
  const ratio = (elapsed: number) => `${(elapsed / floorMs).toFixed(1)}x`;
  for (const change of changes) {
    // Removing needs members: everyone joins first (outside the measured time).
    if (change.action === 'removeFromGroup')
      site.db.prepare('INSERT OR IGNORE INTO group_members (group_id, user_id) SELECT ?, id FROM users').run(groupId);
    const applying = performance.now();
    const { change: recorded } = applyBulkChange(site, ids, change);
    const applied = performance.now() - applying;
    const audit = recorded ? auditCost(recorded.id, change) : { entries: 0, ms: 0 };
    const undoing = performance.now();
    if (recorded) undoBulkChange(site, recorded.id);
    const undone = performance.now() - undoing;
    console.log(
      `${change.action}${'privilege' in change ? ` ${change.privilege}` : ''}: ${recorded?.userCount ?? 0} users changed in ${Math.round(applied)} ms ` +
        `(${ratio(applied)} the floor), undone in ${Math.round(undone)} ms (${ratio(undone)}); ` +
        `of which ${audit.entries.toLocaleString('en')} per-user audit entries ${Math.round(audit.ms)} ms (${ratio(audit.ms)})`,
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
