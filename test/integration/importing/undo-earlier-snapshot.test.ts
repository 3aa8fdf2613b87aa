import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { User, UserDraft } from '@shared/index';
import { optionsFor, useImportSites } from './import-fixtures';

const newSite = useImportSites();

// An import made before version 11 kept its users' snapshots without what 11 added: the notes and lock reason
// columns, the phones. Undoing it after the upgrade puts back what the snapshot holds and leaves the rest as
// it is now, instead of failing or emptying those fields.
describe('undo of an import recorded by an earlier version', () => {
  it('restores what the snapshot holds and keeps the notes, lock reason and phones it did not know', async () => {
    const site = await newSite();
    const ashok = await site.user('ashok.kumar');
    const phones = [{ device: 'SEP001EBE90DFAD', model: 'Cisco 8851', line: 1 }];
    const draft = { ...ashok, notes: 'Desk by the window', phones, password: { action: 'keep' }, pin: { action: 'keep' } };
    await site.api.call<User>('users.save', { draft: draft as unknown as UserDraft });

    const path = site.file('move.csv', 'Username,Department\r\nashok.kumar,Night desk\r\n');
    const { record } = await site.run(
      optionsFor(path, ['username', 'department'], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }),
    );
    expect(record.updated).toBe(1);

    // The snapshot as version 10 wrote it: no notes, lock_reason, device_text column, no phones.
    const db = new Database(site.api.sitePath);
    try {
      const before = JSON.parse(db.prepare('SELECT before FROM import_rows WHERE import_id = ?').pluck().get(record.id) as string) as {
        row: Record<string, unknown>;
        phones?: unknown;
      };
      expect(before.row.department).toBe(ashok.department);
      for (const column of ['notes', 'lock_reason', 'device_text']) delete before.row[column];
      delete before.phones;
      db.prepare('UPDATE import_rows SET before = ? WHERE import_id = ?').run(JSON.stringify(before), record.id);
    } finally {
      db.close();
    }

    await site.api.call('import.undo', { id: record.id });
    expect(await site.user('ashok.kumar')).toMatchObject({ department: ashok.department, notes: 'Desk by the window', phones });
  });
});
