import { PrefsStore } from '../services/prefs/prefs-store';
import { ImportJobs } from '../services/importing/import-jobs';
import { SiteJobs } from '../services/jobs/site-jobs';
import { refuseWritesDuring } from '../services/jobs/write-guard';
import { FileAccess } from '../services/file-access/file-access';
import type { FileRole } from '../services/file-access/file-rules';
import type { AppContext } from './context';
import { createPathPicker } from './path-picker';
import { interfaceCatalog } from './interface-language';
import type { Channel } from '@shared/contract';
import type { Handlers } from './dispatch';
import { appHandlers } from './handlers/app';
import { defaultsHandlers } from './handlers/defaults';
import { groupHandlers } from './handlers/groups';
import { poolHandlers } from './handlers/pool';
import { SiteSession } from './handlers/site-session';
import { ClosedSites } from '../services/site/closed-sites';
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
  /**
   * Main records a file the administrator chose outside the page: dropped on the window (the preload reports
   * it; offered to the import) or opened from the operating system (a site).
   */
  recordChoice(path: string, role: FileRole): void;
}

/** The handler table over one site session; Electron and browser mode both build exactly this. */
export function createApp(ctx: AppContext): RosterApp {
  const prefs = new PrefsStore(ctx.paths.configDir);
  const session = new SiteSession(ctx.events, new ClosedSites(ctx.paths.configDir));
  // One import at a time; while it writes, other writes are refused at once instead of waiting on its lock.
  const imports = new ImportJobs();
  // Bulk changes and their undo, import undo, expire all, export: in a worker, one heavy operation at a time.
  const jobs = new SiteJobs(imports, ctx.keyStore);
  const files = new FileAccess({
    mode: ctx.platform.mode === 'electron' ? 'chosen' : 'typed',
    sitesFolder: ctx.paths.sitesFolder,
    recentSites: () => prefs.read().recentSites.map((site) => site.path),
  });
  const pickPath = createPathPicker(ctx.platform, files);
  const catalog = interfaceCatalog(() => prefs.read().language, ctx.platform);
  // What each kind of heavy work is called when it refuses a write or a site switch.
  const running = [
    {
      holding: () => (imports.busy ? (imports.writing ? 'import.running' : 'import.busy') : null),
      writing: () => (imports.writing ? 'import.running' : null),
    },
    {
      holding: () => (jobs.current ? (`job.busy.${jobs.current}` as const) : null),
      writing: () => (jobs.current ? (`job.busy.${jobs.current}` as const) : null),
    },
  ] as const;
  const handlers: Handlers = refuseWritesDuring(
    {
      ...appHandlers(ctx, session, prefs, files),
      ...siteHandlers(ctx, session, prefs, files, pickPath),
      ...userHandlers(session),
      ...groupHandlers(session),
      ...defaultsHandlers(session),
      ...poolHandlers(session),
      ...securityHandlers(ctx, session, jobs),
      ...endUserHandlers(ctx, session),
      ...auditHandlers(session, catalog),
      ...ldapHandlers(ctx, session),
      ...cucmHandlers(ctx, session),
      ...searchHandlers(ctx, session),
      ...bulkHandlers(ctx, session, jobs),
      ...photosHandlers(session),
      ...userListHandlers(session),
      ...importHandlers(ctx, session, imports, files, pickPath, jobs, catalog),
      ...cucmImportHandlers(ctx, session, imports),
    },
    running,
  );
  announcingSettingsRepairs(handlers, session);
  return {
    handlers,
    shutdown: () => session.shutdown(),
    recordChoice: (path, role) => files.recordChoice(path, role),
  };
}

type Handler = (input: never) => unknown;

/** After every call, the renderer hears of a settings section that a save (of any channel) repaired. */
function announcingSettingsRepairs(handlers: Handlers, session: SiteSession): void {
  const table = handlers as Record<Channel, Handler>;
  for (const [channel, handler] of Object.entries(table) as [Channel, Handler][]) {
    table[channel] = async (input) => {
      try {
        return await handler(input);
      } finally {
        session.announceSettingsRepairs();
      }
    };
  }
}
