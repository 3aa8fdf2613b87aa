import { describe, expect, it } from 'vitest';
import { recordChange } from '../../../electron/services/audit/audit-log';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { demoSite, draftFor } from '../services/site-fixtures';

const tempDir = useTempDirs();
const count = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

describe('audit rows share the fate of their change', () => {
  it('a transaction rolled back after its audit row leaves no audit row', async () => {
    const site = await demoSite(tempDir());
    expect(() =>
      site.db.transaction(() => {
        recordChange(site.db, { entity: 'user', entityId: 1, entityLabel: 'x', action: 'update', changes: [] });
        throw new Error('the change failed after its audit row');
      })(),
    ).toThrow('the change failed');
    expect(count(site.db)).toBe(0);
    site.close();
  });

  it('a user save that fails after writing (its secret cannot be sealed) leaves neither the user nor an audit row', async () => {
    const keyStore = new MemoryKeyStore();
    const dir = tempDir();
    const site = await demoSite(dir, keyStore);
    // Simulate a workstation without the site key: setting a secret is refused inside the transaction.
    Object.defineProperty(site.secrets, 'key', { value: null });
    expect(() =>
      saveUser(site, draftFor(site, { username: 'late.refusal', pin: { action: 'set', value: '97315', confirmation: '97315' } })),
    ).toThrow();
    expect(site.db.prepare("SELECT count(*) FROM users WHERE username = 'late.refusal'").pluck().get()).toBe(0);
    expect(count(site.db)).toBe(0);
    site.close();
  });
});
