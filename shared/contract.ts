import type { z } from 'zod';
import type { SiteInfo } from './index.js';
import type { Result } from './result.js';
import { appChannels } from './channels/app.js';
import { auditChannels } from './channels/audit.js';
import { bulkChannels } from './channels/bulk.js';
import type { BulkProgress } from './channels/bulk.js';
import { cucmChannels } from './channels/cucm.js';
import type { CucmTestReport } from './channels/cucm.js';
import { defaultsChannels } from './channels/defaults.js';
import { endUserChannels } from './channels/end-user.js';
import { exportChannels } from './channels/export.js';
import { groupsChannels } from './channels/groups.js';
import { importChannels } from './channels/import.js';
import type { ImportProgress } from './channels/import.js';
import { ldapChannels } from './channels/ldap.js';
import type { LdapTestReport } from './channels/ldap.js';
import { photosChannels } from './channels/photos.js';
import { poolChannels } from './channels/pool.js';
import { prefsChannels } from './channels/prefs.js';
import type { ColorScheme, LanguageChoice } from './channels/prefs.js';
import { searchChannels } from './channels/search.js';
import { securityChannels } from './channels/security.js';
import { siteChannels } from './channels/site.js';
import { userListChannels } from './channels/user-list.js';
import { usersChannels } from './channels/users.js';
import type { CucmImportProgress } from './cucm/cucm-import-preview.js';

/**
 * The one contract between the renderer and the main process: every channel, one file per namespace under
 * channels/. Each channel has an input schema (parsed in main before any service sees the value) and an
 * output type. Electron IPC and browser mode both carry exactly these channels; a handler missing from the
 * table, or of the wrong type, does not compile.
 */
export const contract = {
  ...appChannels,
  ...prefsChannels,
  ...siteChannels,
  ...usersChannels,
  ...groupsChannels,
  ...defaultsChannels,
  ...poolChannels,
  ...securityChannels,
  ...endUserChannels,
  ...auditChannels,
  ...ldapChannels,
  ...cucmChannels,
  ...photosChannels,
  ...searchChannels,
  ...bulkChannels,
  ...userListChannels,
  ...importChannels,
  ...exportChannels,
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from main to the renderer. */
type MenuCommand = 'newSite' | 'openSite' | 'openRecent' | 'saveCopy' | 'closeSite' | 'newUser' | 'colorScheme' | 'language';

export interface EventMap {
  /** The open site changed (opened, closed, created, key reset) or its data changed from elsewhere. */
  'site.changed': { site: SiteInfo | null };
  /** A command chosen in the native menu (Electron only); the renderer carries it out. */
  'menu.command': { command: MenuCommand; path?: string; colorScheme?: ColorScheme; language?: LanguageChoice };
  /** A running LDAP connection test's steps so far (the screen shows them live). */
  'ldap.testProgress': { report: LdapTestReport };
  /** A running CUCM connection test's steps so far. */
  'cucm.testProgress': { report: CucmTestReport };
  /** How far a bulk change (or its undo) on a large selection has got. */
  'bulk.progress': BulkProgress;
  /** How far a running import preview or import has got. */
  'import.progress': ImportProgress;
  /** How far a CUCM import preview has got reading from CUCM. */
  'cucm.progress': CucmImportProgress;
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'site.changed',
  'menu.command',
  'ldap.testProgress',
  'cucm.testProgress',
  'bulk.progress',
  'import.progress',
  'cucm.progress',
];

/** What the preload (Electron) or the browser shim exposes as window.roster: nothing else. */
export interface RosterBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  /**
   * Where a file dropped on the window lives on disk (Electron: the preload asks webUtils). null where the
   * page cannot know it (browser mode: a browser never reveals a dropped file's path).
   */
  pathForFile(file: File): string | null;
}
