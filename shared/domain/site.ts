export const SITE_EXTENSION = '.roster';

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

export interface SiteInfo {
  path: string;
  name: string;
  id: string;
  userCount: number;
  /** False when the keychain of this workstation does not hold the site's key. */
  keyAvailable: boolean;
  unreadableSecrets: UnreadableSecret[];
}

export interface RecentSite {
  path: string;
  name: string;
  openedAt: string;
}
