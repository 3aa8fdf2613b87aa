import { z } from 'zod';
import type { LdapProblem } from './ldap.js';
import { plainText } from '../rules/text.js';
import { out } from './channel.js';

/** How a directory entry is tied to a Roster user. */
export const PHOTO_MATCH_BY = ['username', 'email', 'attribute'] as const;
/** The Roster field a chosen directory attribute is compared with. */
export const PHOTO_MATCH_FIELDS = ['username', 'email', 'number'] as const;

/** An LDAP attribute description: a name (with options such as ;binary) or a numeric OID. */
const LDAP_ATTRIBUTE_PATTERN = /^(?:[A-Za-z][A-Za-z0-9-]*(?:;[A-Za-z0-9-]+)*|[0-9]+(?:\.[0-9]+)+)$/;

export const photoMatchSchema = z
  .object({
    by: z.enum(PHOTO_MATCH_BY).default('username'),
    /** With by = 'attribute': the directory attribute holding the value (e.g. employeeNumber). */
    attribute: plainText(100)
      .refine((v) => v === '' || LDAP_ATTRIBUTE_PATTERN.test(v), { error: 'rule.photos.attribute' })
      .default(''),
    /** With by = 'attribute': the Roster field it must equal (ignoring case). */
    field: z.enum(PHOTO_MATCH_FIELDS).default('username'),
  })
  .refine((m) => m.by !== 'attribute' || m.attribute !== '', { error: 'rule.photos.attributeRequired', path: ['attribute'] });
export type PhotoMatch = z.output<typeof photoMatchSchema>;

type PhotoSkipReason = 'tooLarge' | 'notImage' | 'sameUser';

/** A directory entry whose photo was not taken, with the reason. */
export interface PhotoSkip {
  dn: string;
  reason: PhotoSkipReason;
  /** The size of the value found in the directory. */
  bytes: number;
  /** The Roster user the entry matched. */
  username: string;
}

/** The outcome of one sync, with the entries an administrator may want to look at. */
export interface PhotoSyncResult {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  match: PhotoMatch;
  /** Every entry the search returned. */
  entries: number;
  /** Entries tied to a Roster user. */
  matched: number;
  /** Photos cached for users that had none. */
  stored: number;
  /** Cached photos older than the cache days, replaced. */
  refreshed: number;
  /** Cached photos still within the cache days, left as they were. */
  kept: number;
  /** Matched entries without a value in the photo attribute. */
  withoutPhoto: number;
  tooLarge: number;
  notImage: number;
  /** Entries that matched a user another entry had matched already. */
  sameUser: number;
  unmatched: number;
  skipped: PhotoSkip[];
  /** DNs of the entries no Roster user matched (the first PHOTO_LIST_LIMIT). */
  unmatchedDns: string[];
  /** True when skipped or unmatchedDns hold only the first PHOTO_LIST_LIMIT. */
  truncated: boolean;
}

/** At most this many skipped and unmatched entries are listed; the counts are always complete. */
export const PHOTO_LIST_LIMIT = 500;

/**
 * The largest photo the cache takes, in KB of 1024 bytes: bigger ones are reported and skipped (a thumbnail
 * is a few KB). The photo_cache table of a site checks the same size.
 */
export const PHOTO_MAX_KB = 100;

export interface PhotoSyncProgress {
  phase: 'connecting' | 'searching' | 'storing';
  /** Entries received so far. */
  entries: number;
  startedAt: string;
}

/** A completed sync as the site file remembers it (counts only). */
export interface PhotoSyncRun {
  startedAt: string;
  finishedAt: string;
  match: PhotoMatch;
  entries: number;
  matched: number;
  stored: number;
  refreshed: number;
  kept: number;
  tooLarge: number;
  notImage: number;
  unmatched: number;
}

export interface PhotoStatus {
  /** The sync under way, if any. */
  running: PhotoSyncProgress | null;
  /** The last sync of this session, with its lists or its failure (null after the site was reopened). */
  lastOutcome: PhotoSyncOutcome | null;
  /** The last completed sync recorded in the site file. */
  lastRun: PhotoSyncRun | null;
  /** Photos in the cache, and how many of them are older than the cache days. */
  cached: number;
  stale: number;
  cacheDays: number;
  /** Whether the saved contact-photo settings name a server and a base DN. */
  configured: boolean;
}

/**
 * What a sync came to: its result, or the directory's failure explained as the connection tests explain
 * it (with what to try). Either way nothing in the cache changed unless there is a result.
 */
export type PhotoSyncOutcome = { result: PhotoSyncResult; problem: null } | { result: null; problem: LdapProblem };

export interface CachedPhoto {
  /** data:image/...;base64 with the type detected from the bytes. */
  dataUrl: string;
  fetchedAt: string;
}

/** The photos channels of the contract (see shared/contract.ts). */
export const photosChannels = {
  /** Fetches the photos with the saved contact-photo settings; returns when done. Cancelled: CANCELLED. */
  'photos.sync': { input: z.object({ match: photoMatchSchema }), output: out<PhotoSyncOutcome>() },
  /** Stops the running sync; the cache stays as it was before it. */
  'photos.cancel': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  'photos.status': { input: z.object({}), output: out<PhotoStatus>() },
  /** One user's cached photo, or null. */
  'photos.get': { input: z.object({ userId: z.number().int().positive() }), output: out<CachedPhoto | null>() },
} as const;
