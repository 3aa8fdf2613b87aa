import type Database from 'better-sqlite3';
import type { BulkProgress } from '@shared/channels/bulk';
import { RosterError } from '@shared/result';
import type { CancelCheck } from '../bulk/bulk-progress';
import { largeDemoSite } from '../../../resources/demo/large-demo';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createExtensionPoolRepository } from '../site/extension-pool-repository';
import { createGroupsRepository } from '../site/groups-repository';
import { fillSite } from '../site/site-content';
import { createUsersRepository } from '../site/users-repository';
import { UserWriteBatch } from './user-write-batch';

/** Users between two progress events: a few per second at the demo's largest size. */
const PROGRESS_EVERY = 2_000;

/** What the page says after a cancel: the demo was not created (main removes the new file). */
const CANCELLED = 'welcome.largeDemo.cancelled';

/**
 * Fills a freshly created site with the generated demo of `size` users, in the worker (up to 100,000 users
 * would hold main for seconds): one transaction, the search index written in bulk as an import writes it,
 * progress as "done of total users". A cancel (checked with each progress step), a failure or a killed
 * worker leaves the new site empty, and main discards it.
 */
export function fillDemo(
  db: Database.Database,
  size: number,
  progress: (progress: BulkProgress) => void,
  cancelled: CancelCheck = () => false,
): { users: number } {
  const content = largeDemoSite(size);
  db.exec('BEGIN IMMEDIATE');
  try {
    const searchIndex = new UserWriteBatch(db);
    const site = {
      db,
      defaults: createDefaultsRepository(db),
      pool: createExtensionPoolRepository(db),
      groups: createGroupsRepository(db),
      users: createUsersRepository(db),
    };
    progress({ done: 0, total: size });
    fillSite(site, content, (id, done) => {
      searchIndex.created(id);
      if (done % PROGRESS_EVERY !== 0) return;
      // Thrown inside the transaction: it rolls back.
      if (cancelled()) throw new RosterError('CANCELLED', CANCELLED);
      progress({ done, total: size });
    });
    searchIndex.finish();
    // The last point to stop, so a cancel asked near the end is still honoured.
    if (cancelled()) throw new RosterError('CANCELLED', CANCELLED);
    db.exec('COMMIT');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
  // The pages go into the site file here, not at main's next commit (see runImport).
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { users: size };
}
