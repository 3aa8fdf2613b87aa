import Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import type { ImportJobs } from './import-jobs';

/** Channels that close or replace the open site, or re-key it: never while an import or preview runs on it. */
const SITE_SWITCHING = new Set(['site.open', 'site.create', 'site.close', 'site.resetKey']);

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

type Handler = (input: never) => unknown;

/**
 * Wraps every handler so that, while an import writes to the site, a change refused by SQLite's lock comes
 * back as CONFLICT "an import is running" (at once: ImportJobs sets main's busy timeout to zero meanwhile)
 * rather than as an internal error; and the site cannot be switched under a running import.
 */
export function refuseWritesDuringImport<H extends Record<string, Handler>>(handlers: H, jobs: ImportJobs): H {
  const guarded: Record<string, Handler> = {};
  for (const [channel, handler] of Object.entries(handlers)) {
    guarded[channel] = (async (input: never) => {
      if (jobs.busy && SITE_SWITCHING.has(channel)) throw new RosterError('CONFLICT', jobs.writing ? 'import.running' : 'import.busy');
      try {
        return await handler(input);
      } catch (error) {
        if (jobs.writing && isBusy(error)) throw new RosterError('CONFLICT', 'import.running').causedBy(error);
        throw error;
      }
    }) as Handler;
  }
  return guarded as H;
}
