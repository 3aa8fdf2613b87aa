import Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import type { SiteJobs } from './site-jobs';

/** Channels that close or replace the open site, or re-key it: never while a heavy operation runs on it. */
const SITE_SWITCHING = new Set(['site.open', 'site.create', 'site.close', 'site.resetKey']);

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

type Handler = (input: never) => unknown;

/**
 * Wraps every handler so that, while a heavy operation writes in its worker, a change refused by SQLite's
 * lock comes back at once as CONFLICT naming what runs (SiteJobs sets main's busy timeout to zero meanwhile)
 * rather than as an internal error; and the site cannot be switched under it.
 */
export function refuseWritesDuringJobs<H extends Record<string, Handler>>(handlers: H, jobs: SiteJobs): H {
  const guarded: Record<string, Handler> = {};
  for (const [channel, handler] of Object.entries(handlers)) {
    guarded[channel] = (async (input: never) => {
      const running = jobs.current;
      if (running && SITE_SWITCHING.has(channel)) throw new RosterError('CONFLICT', `job.busy.${running}`);
      try {
        return await handler(input);
      } catch (error) {
        const now = jobs.current;
        if (now && isBusy(error)) throw new RosterError('CONFLICT', `job.busy.${now}`).causedBy(error);
        throw error;
      }
    }) as Handler;
  }
  return guarded as H;
}
