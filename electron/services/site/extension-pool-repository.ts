import type Database from 'better-sqlite3';
import type { ExtensionRange } from '@shared/domain';

export interface ExtensionPoolRepository {
  ranges(): ExtensionRange[];
  replace(ranges: readonly ExtensionRange[]): void;
  /** The lowest number of the pool that no active user holds, or null when the pool is empty or full. */
  nextFree(): string | null;
}

export function createExtensionPoolRepository(db: Database.Database): ExtensionPoolRepository {
  const statements = {
    ranges: db.prepare('SELECT first, last FROM extension_pool ORDER BY first'),
    clear: db.prepare('DELETE FROM extension_pool'),
    insert: db.prepare('INSERT INTO extension_pool (first, last) VALUES (?, ?)'),
    // Numbers are digit strings; only their canonical form (no leading zero) can equal a pool number.
    usedInRange: db
      .prepare(
        `SELECT number FROM users WHERE deleted_at IS NULL AND number <> '' AND length(number) <= 15
           AND CAST(number AS INTEGER) BETWEEN ? AND ?`,
      )
      .pluck(),
  };

  const ranges = () => statements.ranges.all() as ExtensionRange[];

  return {
    ranges,
    replace(list) {
      db.transaction(() => {
        statements.clear.run();
        for (const range of list) statements.insert.run(range.first, range.last);
      })();
    },
    nextFree() {
      for (const range of ranges()) {
        const used = new Set(statements.usedInRange.all(range.first, range.last) as string[]);
        // At most used.size + 1 candidates are looked at before a free one turns up.
        for (let n = range.first; n <= range.last; n++) {
          if (!used.has(String(n))) return String(n);
        }
      }
      return null;
    },
  };
}
