import Database from 'better-sqlite3';
import type { MessageKey } from '@shared/i18n/en';
import { RosterError } from '@shared/result';

/** Channels that close or replace the open site, or re-key it: never while heavy work runs on it. */
const SITE_SWITCHING = new Set(['site.open', 'site.create', 'site.close', 'site.resetKey']);

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');

type Handler = (input: never) => unknown;

/** Heavy work on the open site (an import, a site job), as the refusals name it; null while none runs. */
export interface RunningWork {
  /** Work that holds the site (a preview too): the site may not be switched under it. */
  holding(): MessageKey | null;
  /** Work that writes in its worker: main's busy timeout is zero meanwhile, so a write of main's fails at once. */
  writing(): MessageKey | null;
}

/**
 * Wraps every handler so that, while heavy work writes in its worker, a change refused by SQLite's lock comes
 * back at once as CONFLICT naming what runs, rather than as an internal error; and the site cannot be
 * switched under the work. One wrapper for every kind of work (imports, site jobs).
 */
export function refuseWritesDuring<H extends Record<string, Handler>>(handlers: H, works: readonly RunningWork[]): H {
  const first = (of: (work: RunningWork) => MessageKey | null) => works.map(of).find((message) => message !== null) ?? null;
  const guarded: Record<string, Handler> = {};
  for (const [channel, handler] of Object.entries(handlers)) {
    guarded[channel] = (async (input: never) => {
      const holding = SITE_SWITCHING.has(channel) ? first((work) => work.holding()) : null;
      if (holding) throw new RosterError('CONFLICT', holding);
      try {
        return await handler(input);
      } catch (error) {
        const writing = isBusy(error) ? first((work) => work.writing()) : null;
        if (writing) throw new RosterError('CONFLICT', writing).causedBy(error);
        throw error;
      }
    }) as Handler;
  }
  return guarded as H;
}
