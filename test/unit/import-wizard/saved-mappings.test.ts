import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@shared/channels/audit';
import type { SavedMapping } from '@shared/channels/import';
import { siteHarness } from '../../support/contract-harness';

const HR: SavedMapping = {
  name: 'HR export',
  columns: [
    { header: 'Nachname', field: 'lastName' },
    { header: 'Vorname', field: 'firstName' },
    { header: 'Kostenstelle', field: null },
  ],
};

describe('saved import mappings', () => {
  it('are kept in the site by name, sorted, replaced by a save under the same name in another case, and deleted', async () => {
    const api = await siteHarness();
    try {
      expect(await api.call('import.mappings')).toEqual([]);
      await api.call('import.saveMapping', HR);
      const second: SavedMapping = { name: 'CUCM dump', columns: [{ header: 'USER ID', field: 'username' }] };
      expect(await api.call('import.saveMapping', second)).toEqual([second, HR]);

      const replaced: SavedMapping = { name: 'hr EXPORT', columns: [{ header: 'Nachname', field: 'lastName' }] };
      expect(await api.call('import.saveMapping', replaced)).toEqual([second, replaced]);
      expect(await api.call('import.deleteMapping', { name: 'CUCM dump' })).toEqual([replaced]);
      // Deleting a name that is not there changes nothing.
      expect(await api.call('import.deleteMapping', { name: 'nope' })).toEqual([replaced]);

      // The site file keeps them: a new session on the same file reads them back.
      await api.call('site.close');
      await api.call('site.open', { path: api.sitePath });
      expect(await api.call('import.mappings')).toEqual([replaced]);
    } finally {
      api.close();
    }
  });

  it('are audited like other settings, saying which columns map to which fields', async () => {
    const api = await siteHarness();
    try {
      await api.call('import.saveMapping', HR);
      await api.call('import.saveMapping', HR); // unchanged: nothing to record
      await api.call('import.deleteMapping', { name: 'HR export' });
      const { rows } = await api.call<{ rows: AuditRecord[] }>('audit.list', { filter: { entity: 'settings' } });
      expect(rows.map((r) => [r.entityLabel, r.action])).toEqual([
        ['importMappings', 'delete'],
        ['importMappings', 'update'],
      ]);
      expect(rows[1]!.changes).toEqual([{ field: 'HR export', before: null, after: ['Nachname: Last name', 'Vorname: First name'] }]);
      expect(rows[0]!.changes).toEqual([{ field: 'HR export', before: ['Nachname: Last name', 'Vorname: First name'], after: null }]);
    } finally {
      api.close();
    }
  });

  it('refuse a mapping without a name at its field, and an unknown field', async () => {
    const api = await siteHarness();
    try {
      const unnamed = await api.refusal('import.saveMapping', { name: '  ', columns: [] });
      expect(unnamed.issues).toEqual([expect.objectContaining({ path: ['name'], message: 'rule.import.mappingName.required' })]);
      const unknown = await api.refusal('import.saveMapping', { name: 'x', columns: [{ header: 'a', field: 'salary' }] });
      expect(unknown.code).toBe('VALIDATION');
    } finally {
      api.close();
    }
  });
});
