import { z } from 'zod';
import type { DefaultValues, ExtensionRange, RecentSite, SiteInfo, User, UserDraft, UserGroup, UserRow } from './index.js';
import { defaultsDraftSchema, extensionPoolSchema, groupDraftSchema, userDraftSchema } from './rules/index.js';
import { plainText } from './rules/text.js';
import type { FieldIssue, Result } from './result.js';

/**
 * The one contract between the renderer and the main process. Each channel has an input schema (parsed in
 * main before any service sees the value) and an output type. Electron IPC and browser mode both carry
 * exactly these channels; a handler missing from the table, or of the wrong type, does not compile.
 */

import { out } from './channels/channel.js';
import { auditChannels } from './channels/audit.js';
import { bulkChannels } from './channels/bulk.js';
import type { BulkProgress } from './channels/bulk.js';
import { endUserChannels } from './channels/end-user.js';
import { ldapChannels } from './channels/ldap.js';
import type { LdapTestReport } from './channels/ldap.js';
import { cucmChannels } from './channels/cucm.js';
import type { CucmTestReport } from './channels/cucm.js';
import { photosChannels } from './channels/photos.js';
import { searchChannels } from './channels/search.js';
import { securityChannels, USER_STATE_FILTERS } from './channels/security.js';
import { importChannels } from './channels/import.js';
import type { ImportProgress } from './channels/import.js';
import { cucmImportChannels } from './channels/cucm-import.js';
import type { CucmImportProgress } from './channels/cucm-import.js';

const ids = z.object({ ids: z.array(z.number().int().positive()).min(1).max(100_000) });
const id = z.object({ id: z.number().int().positive() });
const sitePath = z.string().trim().min(1, { error: 'rule.path.required' }).max(4096);

import { USER_LIST_COLUMNS, userListChannels } from './channels/user-list.js';
import type { UserListColumn } from './channels/user-list.js';
export { USER_LIST_COLUMNS };
export type { UserListColumn };

export const userListQuerySchema = z.object({
  /** Free text, matched by the one search function of the main process (swappable for the operator language). */
  text: z.string().max(500).default(''),
  groupId: z.number().int().positive().nullable().default(null),
  /** Only users in this account state (expired password or PIN, locked); null: any state. */
  state: z.enum(USER_STATE_FILTERS).nullable().default(null),
  view: z.enum(['active', 'deleted']).default('active'),
  sort: z
    .object({ column: z.enum(USER_LIST_COLUMNS), direction: z.enum(['asc', 'desc']) })
    .default({ column: 'username', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type UserListQuery = z.input<typeof userListQuerySchema>;

export const colorSchemeSchema = z.enum(['auto', 'light', 'dark']);
export type ColorScheme = z.infer<typeof colorSchemeSchema>;

export interface AppInfo {
  mode: 'electron' | 'browser';
  version: string;
  platform: string;
  /** 'os' when secrets are protected by the OS keychain; 'memory' when none could be reached. */
  keychain: 'os' | 'memory';
  /** Where new sites are suggested. */
  sitesFolder: string;
}

export interface Preferences {
  colorScheme: ColorScheme;
  recentSites: RecentSite[];
}

export const contract = {
  'app.info': { input: z.object({}), output: out<AppInfo>() },
  /**
   * The site file the operating system asked to open (a double-click on a .roster file) before the page was
   * ready, or null; later requests arrive as the menu command 'openRecent'. Always null in browser mode.
   */
  'app.takeSiteToOpen': { input: z.object({}), output: out<{ path: string | null }>() },
  'prefs.get': { input: z.object({}), output: out<Preferences>() },
  'prefs.setColorScheme': { input: z.object({ colorScheme: colorSchemeSchema }), output: out<Preferences>() },

  'site.current': { input: z.object({}), output: out<SiteInfo | null>() },
  'site.create': {
    input: z.object({
      path: sitePath,
      name: plainText(100).refine((v) => v.length > 0, { error: 'rule.site.name.required' }),
      demo: z.boolean(),
      /** With demo: a generated demo of this many users (for performance trials) instead of the six-user one. */
      demoSize: z.number().int().min(1).max(100_000).optional(),
    }),
    output: out<SiteInfo>(),
  },
  'site.open': { input: z.object({ path: sitePath }), output: out<SiteInfo>() },
  'site.close': { input: z.object({}), output: out<null>() },
  /** A copy with its own identity and key; an existing file is replaced only with overwrite (browser mode asks). */
  'site.saveCopy': { input: z.object({ path: sitePath, overwrite: z.boolean().default(false) }), output: out<{ path: string }>() },
  'site.forgetRecent': { input: z.object({ path: sitePath }), output: out<Preferences>() },
  /** Native file dialog; UNSUPPORTED in browser mode, where the renderer asks for a path instead. */
  'site.pickPath': {
    input: z.object({ purpose: z.enum(['open', 'create', 'saveCopy']), suggestedName: z.string().max(200).optional() }),
    output: out<{ path: string | null }>(),
  },
  /** Starts over with a new site key when the old one is lost: unreadable secrets are cleared. */
  'site.resetKey': { input: z.object({ confirm: z.literal(true) }), output: out<SiteInfo>() },

  'users.list': { input: userListQuerySchema, output: out<{ total: number; rows: UserRow[] }>() },
  'users.get': { input: id, output: out<User>() },
  /** A new user's starting values: the defaults plus the first free number of the extension pool. */
  'users.newDraft': { input: z.object({}), output: out<UserDraft>() },
  /** Uniqueness of username and number, for validation as you type (field rules run in the renderer). */
  'users.checkUnique': {
    input: z.object({ id: z.number().int().positive().nullable(), username: z.string().max(64), number: z.string().max(15) }),
    output: out<{ issues: FieldIssue[] }>(),
  },
  'users.save': { input: z.object({ draft: userDraftSchema }), output: out<User>() },
  'users.delete': { input: ids, output: out<{ count: number }>() },
  'users.restore': { input: ids, output: out<{ count: number }>() },
  'users.purge': { input: ids, output: out<{ count: number }>() },

  'groups.list': { input: z.object({}), output: out<UserGroup[]>() },
  'groups.save': { input: z.object({ draft: groupDraftSchema }), output: out<UserGroup>() },
  'groups.delete': { input: id, output: out<{ removedMemberships: number }>() },

  'defaults.get': { input: z.object({}), output: out<DefaultValues>() },
  'defaults.save': { input: z.object({ draft: defaultsDraftSchema }), output: out<DefaultValues>() },

  'pool.get': { input: z.object({}), output: out<{ ranges: ExtensionRange[]; nextFree: string | null }>() },
  'pool.save': {
    input: z.object({ ranges: extensionPoolSchema }),
    output: out<{ ranges: ExtensionRange[]; nextFree: string | null }>(),
  },

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
  ...cucmImportChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from main to the renderer. */
export const MENU_COMMANDS = ['newSite', 'openSite', 'openRecent', 'saveCopy', 'closeSite', 'newUser', 'colorScheme'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventMap {
  /** The open site changed (opened, closed, created, key reset) or its data changed from elsewhere. */
  'site.changed': { site: SiteInfo | null };
  /** A command chosen in the native menu (Electron only); the renderer carries it out. */
  'menu.command': { command: MenuCommand; path?: string; colorScheme?: ColorScheme };
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
export const EVENT_NAMES: readonly EventName[] = ['site.changed', 'menu.command', 'ldap.testProgress', 'cucm.testProgress', 'bulk.progress', 'import.progress', 'cucm.progress'];

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
