import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { ImportField, ImportInspection, ImportOptions, ImportPreview, ImportSummary } from '@shared/channels/import';
import type { User } from '@shared/domain';
import { english, translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import type { ContractError } from '@shared/result';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

/** A demo site behind the whole contract, closed after each test. */
export function useImportSites(): () => Promise<ImportSite> {
  const open: SiteHarness[] = [];
  afterEach(() => {
    while (open.length) open.pop()!.close();
  });
  return async () => {
    const api = await siteHarness();
    open.push(api);
    return importSite(api);
  };
}

export interface ImportSite {
  api: SiteHarness;
  /** Writes a file into the site's folder and returns its path. */
  file(name: string, content: string | Buffer): string;
  inspect(path: string, reading?: Partial<ImportOptions['reading']>): Promise<ImportInspection>;
  preview(options: ImportOptions): Promise<ImportPreview>;
  run(options: ImportOptions): Promise<ImportSummary>;
  refusal(channel: 'import.inspect' | 'import.preview' | 'import.run', input: unknown): Promise<ContractError>;
  /** Every stored fact of users, memberships, aliases, secrets, imports and the audit log. */
  state(): string;
  user(username: string): Promise<User>;
  userId(username: string): number | null;
  activeUsernames(): string[];
}

function importSite(api: SiteHarness): ImportSite {
  const read = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(api.sitePath, { readonly: true, fileMustExist: true });
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  const userId = (username: string) =>
    read((db) => (db.prepare('SELECT id FROM users WHERE username = ? AND deleted_at IS NULL').pluck().get(username) as number | undefined) ?? null);
  return {
    api,
    file(name, content) {
      const path = join(api.dir, name);
      writeFileSync(path, content);
      return path;
    },
    inspect: (path, reading = {}) => api.call<ImportInspection>('import.inspect', { path, ...reading }),
    preview: (options) => api.call<ImportPreview>('import.preview', options),
    run: (options) => api.call<ImportSummary>('import.run', options),
    refusal: (channel, input) => api.refusal(channel, input),
    state: () =>
      read((db) => {
        const tables = [
          'users',
          'user_aliases',
          'group_members',
          'user_groups',
          'secrets',
          'imports',
          'import_rows',
          'import_rejects',
          'audit_log',
          'settings',
        ];
        return JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
      }),
    async user(username) {
      const id = userId(username);
      if (id === null) throw new Error(`no active user ${username}`);
      return api.call<User>('users.get', { id });
    },
    userId,
    activeUsernames: () =>
      read((db) => db.prepare('SELECT username FROM users WHERE deleted_at IS NULL ORDER BY username').pluck().all() as string[]),
  };
}

/** Options for a file with a mapping; duplicates by username, skipped, unless given. */
export function optionsFor(
  path: string,
  mapping: (ImportField | null)[],
  more: Partial<Omit<ImportOptions, 'reading' | 'mapping'>> & { reading?: Partial<ImportOptions['reading']> } = {},
): ImportOptions {
  return {
    reading: { path, ...more.reading },
    mapping,
    duplicates: more.duplicates ?? { match: ['username'], action: 'skip' },
    includeCredentials: more.includeCredentials ?? false,
    ...(more.createGroups === undefined ? {} : { createGroups: more.createGroups }),
  };
}

/** A message as the administrator reads it. */
export const say = (key: MessageKey, params?: MessageParams) => translate(english, key, params);

/** The problems of one line as [field, message] pairs. */
export const problemsOf = (preview: Pick<ImportPreview, 'problems'>, line: number) =>
  preview.problems.filter((p) => p.line === line).map((p) => [p.field, p.message]);
