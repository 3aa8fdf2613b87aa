export const SITE_EXTENSION = '.roster';

/**
 * The largest site Roster is built for: a request that names users (a selection, an export, select all)
 * names at most this many, and the large demo site has this many.
 */
export const MAX_SITE_USERS = 100_000;

/** The path a new site or a copy is written to: the one typed, with the site extension added if missing. */
export function withSiteExtension(path: string): string {
  return path.toLowerCase().endsWith(SITE_EXTENSION) ? path : `${path}${SITE_EXTENSION}`;
}

/** A secret stored in the site that this workstation cannot decrypt (its key is not in the keychain). */
export interface UnreadableSecret {
  owner: 'user' | 'defaults' | 'settings';
  /** The username for a user's secret; empty for the defaults and settings. */
  ownerLabel: string;
  /** 'password' or 'pin' for users and defaults; for settings a dotted path whose first part is the section. */
  name: string;
}

/**
 * The settings sections of a site, each one JSON document in its settings table. The main process declares
 * each one's schema and defaults (settings-sections.ts); the renderer names them on screen.
 */
export const SETTINGS_SECTIONS = [
  'security',
  'endUser',
  'presence',
  'contactPhotos',
  'adminLdap',
  'cucm',
  'cucmImport',
  'userList',
  'importMappings',
  'numbering',
] as const;
export type SettingsSectionName = (typeof SETTINGS_SECTIONS)[number];

/**
 * A stored settings section that could not be read as it was: some values no longer validate (reset to their
 * defaults), or the document is not readable at all (the whole section reads as its defaults, and a copy of
 * the document is kept in the site for support). Saving the section again stores the values in use now.
 */
export interface SettingsProblem {
  section: SettingsSectionName;
  /** Dotted paths of the fields whose stored values were replaced by their defaults or dropped. */
  resetFields: string[];
  unreadable: boolean;
}

export interface SiteInfo {
  path: string;
  name: string;
  id: string;
  userCount: number;
  /** False when the keychain of this workstation does not hold the site's key. */
  keyAvailable: boolean;
  unreadableSecrets: UnreadableSecret[];
  /** Settings sections found damaged when the site was opened, until each is saved again. */
  settingsProblems: SettingsProblem[];
}

export interface RecentSite {
  path: string;
  name: string;
  openedAt: string;
}
