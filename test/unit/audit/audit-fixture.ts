import Database from 'better-sqlite3';
import type { AuditRecord } from '@shared/channels/audit';
import type { UserDraft } from '@shared/index';
import type { ContractError } from '@shared/result';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

export interface AuditFixture {
  api: SiteHarness;
  path: string;
  /** Every audit row as stored, oldest first (read from the file by a second connection). */
  rawRows(): Record<string, unknown>[];
  /** The log through the contract, newest first. */
  entries(filter?: object): Promise<AuditRecord[]>;
  refusal(channel: string, input: unknown): Promise<ContractError>;
  userId(username: string): number;
  /** A stored user as an editor draft that keeps its secrets. */
  draftOf(username: string): Promise<UserDraft>;
  close(): void;
}

/** The demo site opened through the contract, as the renderer reaches it. */
export async function auditFixture(): Promise<AuditFixture> {
  const api = await siteHarness();
  const path = api.sitePath;
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  const fixture: AuditFixture = {
    api,
    path,
    rawRows: () => reader.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[],
    async entries(filter = {}) {
      return (await api.call<{ rows: AuditRecord[] }>('audit.list', { filter, limit: 500 })).rows;
    },
    refusal: (channel, input) => api.refusal(channel, input),
    userId: (username) => reader.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number,
    async draftOf(username) {
      const user = await api.call<Record<string, unknown>>('users.get', { id: fixture.userId(username) });
      const {
        password: _password,
        pin: _pin,
        lockedUntil: _l,
        failedAttempts: _f,
        passwordSetAt: _ps,
        passwordExpired: _pe,
        pinSetAt: _ns,
        pinExpired: _ne,
        source: _s,
        createdAt: _c,
        updatedAt: _u,
        deletedAt: _d,
        ...fields
      } = user;
      return { ...(fields as unknown as UserDraft), password: { action: 'keep' }, pin: { action: 'keep' } };
    },
    close() {
      reader.close();
      api.close();
    },
  };
  return fixture;
}
