import type { UserFieldName, UserFields } from '../user-record/user-fields.js';

export const AUTHENTICATIONS = ['local', 'ldap', 'cucm'] as const;
export type Authentication = (typeof AUTHENTICATIONS)[number];

export const USER_SOURCES = ['manual', 'csv', 'cucm', 'ldap'] as const;
export type UserSource = (typeof USER_SOURCES)[number];

export interface VoiceRecordingOptions {
  inbound: boolean;
  outbound: boolean;
  userCanDelete: boolean;
}

export interface VoicemailNotifications {
  forwardToEmail: boolean;
  markAsRead: boolean;
  smsOnNew: boolean;
}

export interface FaxNotifications extends VoicemailNotifications {
  outboundConfirmation: boolean;
}

/** The fields an administrator edits, read off their declaration (shared/user-record/user-fields.ts). */
export type { UserFields } from '../user-record/user-fields.js';

/** What the renderer may know of a secret: whether it is set, never its value. */
export interface SecretStatus {
  set: boolean;
  /** Set but unreadable on this workstation (the site key is missing from its keychain). */
  unreadable: boolean;
}

/** A stored user as the renderer sees it. */
export interface User extends UserFields {
  id: number;
  password: SecretStatus;
  pin: SecretStatus;
  lockedUntil: string | null;
  /** Why an administrator locked the account; '' when locked by failed attempts or not locked. */
  lockReason: string;
  failedAttempts: number;
  passwordSetAt: string | null;
  passwordExpired: boolean;
  pinSetAt: string | null;
  pinExpired: boolean;
  source: UserSource;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * One row of the user list: the fields declared as list columns (shared/user-record/list-columns.ts; those
 * the list's code reads by name are typed here, the others are shown as text) and the account's columns.
 */
export type UserRow = Pick<
  UserFields,
  'username' | 'lastName' | 'firstName' | 'department' | 'vip' | 'phone' | 'mobile' | 'number' | 'email' | 'language'
> &
  Partial<Record<UserFieldName, unknown>> & {
    id: number;
    source: UserSource;
    enabled: boolean;
    /** A phantom account (a placeholder, not a person): shown in the State column. */
    phantom: boolean;
    /** Locked until then (ISO time; the far end of time for "until unlocked"); null or past when not locked. */
    lockedUntil: string | null;
    createdAt: string;
    deletedAt: string | null;
    /** When the user's contact photo was fetched (the avatar's cache key); null when none is cached. */
    photoFetchedAt: string | null;
  };
