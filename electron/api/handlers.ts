import { PrefsStore } from '../services/prefs/prefs-store';
import { ImportJobs } from '../services/importing/import-jobs';
import { refuseWritesDuringImport } from '../services/importing/write-guard';
import type { AppContext } from './context';
import type { Handlers } from './dispatch';
import { appHandlers } from './handlers/app';
import { defaultsHandlers } from './handlers/defaults';
import { groupHandlers } from './handlers/groups';
import { poolHandlers } from './handlers/pool';
import { SiteSession } from './handlers/site-session';
import { siteHandlers } from './handlers/site';
import { userHandlers } from './handlers/users';
import { securityHandlers } from './handlers/security';
import { endUserHandlers } from './handlers/end-user';
import { auditHandlers } from './handlers/audit';
import { ldapHandlers } from './handlers/ldap';
import { cucmHandlers } from './handlers/cucm';
import { searchHandlers } from './handlers/search';
import { bulkHandlers } from './handlers/bulk';
import { photosHandlers } from './handlers/photos';
import { userListHandlers } from './handlers/user-list';
import { importHandlers } from './handlers/import';
import { cucmImportHandlers } from './handlers/cucm-import';

export interface RosterApp {
  /** One handler per contract channel, for createDispatch. */
  handlers: Handlers;
  /** Closes the open site (checkpointing its WAL); call once when the process ends. */
  shutdown(): void;
}

/** The handler table over one site session; Electron and browser mode both build exactly this. */
export function createApp(ctx: AppContext): RosterApp {
  const prefs = new PrefsStore(ctx.paths.configDir);
  const session = new SiteSession(ctx.events);
  // One import at a time; while it writes, other writes are refused at once instead of waiting on its lock.
  const imports = new ImportJobs();
  const handlers: Handlers = refuseWritesDuringImport({
    ...appHandlers(ctx, prefs),
    ...siteHandlers(ctx, session, prefs),
    ...userHandlers(session),
    ...groupHandlers(session),
    ...defaultsHandlers(session),
    ...poolHandlers(session),
    ...securityHandlers(ctx, session),
    ...endUserHandlers(ctx, session),
    ...auditHandlers(ctx, session),
    ...ldapHandlers(ctx, session),
    ...cucmHandlers(ctx, session),
    ...searchHandlers(ctx, session),
    ...bulkHandlers(ctx, session),
    ...photosHandlers(session),
    ...userListHandlers(session),
    ...importHandlers(ctx, session, imports),
    ...cucmImportHandlers(ctx, session, imports),
  }, imports);
  return {
    handlers,
    shutdown: () => {
      if (session.current) session.current.close();
    },
  };
}

/** The handler table alone, for callers that manage shutdown through createApp elsewhere. */
export function createHandlers(ctx: AppContext): Handlers {
  return createApp(ctx).handlers;
}
