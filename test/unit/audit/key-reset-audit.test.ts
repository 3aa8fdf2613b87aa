import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@shared/channels/audit';
import type { UserDraft } from '@shared/index';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { useTempDirs } from '../../support/temp-dir';
import { createHarness } from '../../support/contract-harness';

const tempDir = useTempDirs();

describe('a site key reset in the audit log', () => {
  it('names the secrets lost with the old key by owner and name, in the transaction of the reset', async () => {
    const dir = tempDir();
    const path = join(dir, 'demo.roster');
    const first = createHarness(dir, new MemoryKeyStore());
    await first.call('site.create', { path, name: 'Demo site', demo: true });
    const fred = (await first.call<{ rows: { id: number; username: string }[] }>('users.list', { text: 'fred' })).rows[0]!;
    const user = await first.call<UserDraft>('users.get', { id: fred.id });
    await first.call('users.save', {
      draft: { ...user, password: { action: 'keep' }, pin: { action: 'set', value: '97315', confirmation: '97315' } },
    });
    first.shutdown();

    // Another workstation: its keychain lacks the site key.
    const second = createHarness(dir, new MemoryKeyStore());
    await second.call('site.open', { path });
    await second.call('site.resetKey', { confirm: true });
    const rows = (await second.call<{ rows: AuditRecord[] }>('audit.list', { filter: { entity: 'site' } })).rows;
    second.shutdown();

    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity: 'site',
      entityLabel: 'Demo site',
      action: 'resetKey',
      changes: [{ field: 'user fred.bloggs: pin', secret: true, cleared: true }],
    });
    expect(JSON.stringify(rows)).not.toContain('97315');
  });
});
