import { describe, expect, it } from 'vitest';
import { describeChange } from '@shared/audit/change-words';
import { originWords } from '@shared/audit/operation-words';
import type { AuditRecord } from '@shared/channels/audit';
import { english, translate } from '@shared/i18n/en';
import { userHistory } from '../../../electron/services/audit/audit-query';
import { undoImport } from '../../../electron/services/importing/import-ledger';
import { useTempDirs } from '../../support/temp-dir';
import { endUser } from '../cucm-import/end-users';
import { importOnce } from '../cucm-import/cucm-fixtures';
import { demoSite, userIdByName } from '../services/site-fixtures';

const tempDir = useTempDirs();
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(english, key, params);
const inWords = (record: AuditRecord) => [
  record.action,
  originWords(record, t),
  record.changes.map((change) => describeChange(record, change, { t }).text),
];

describe("a CUCM import in the users' histories", () => {
  it('gives each created, updated and deleted user an entry under the import, and each an entry of the undo', async () => {
    const site = await demoSite(tempDir());
    try {
      await importOnce(site, [endUser({ userid: 'alice.cucm', firstName: 'Alice', department: 'Support' }), endUser({ userid: 'bob.cucm' })]);
      const alice = userIdByName(site, 'alice.cucm');
      const bob = userIdByName(site, 'bob.cucm');
      const history = (id: number) => userHistory(site.db, id, null, 50).rows;
      expect(history(alice).map(inWords)).toEqual([
        [
          'create',
          'CUCM import from cucm-pub.example.com',
          expect.arrayContaining(['Username: alice.cucm', 'First name: Alice', 'Department: Support']),
        ],
      ]);

      const second = await importOnce(site, [endUser({ userid: 'alice.cucm', firstName: 'Alice', department: 'Field support' })]);
      expect(second.record).toMatchObject({ updated: 1, deleted: 1 });
      expect(inWords(history(alice)[0]!)).toEqual(['update', 'CUCM import from cucm-pub.example.com', ['Department: Support → Field support']]);
      expect(inWords(history(bob)[0]!)).toEqual(['delete', 'CUCM import from cucm-pub.example.com', []]);

      undoImport(site.db, second.record.id);
      expect(inWords(history(alice)[0]!)).toEqual(['undo', 'CUCM import from cucm-pub.example.com', ['Department: Field support → Support']]);
      expect(inWords(history(bob)[0]!)).toEqual(['restore', 'CUCM import from cucm-pub.example.com', []]);
      expect(history(alice)[0]).toMatchObject({ importId: second.record.id, operation: { kind: 'import', source: 'cucm', id: second.record.id } });
    } finally {
      site.close();
    }
  });
});
