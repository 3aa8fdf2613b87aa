import type { Application, Language } from './index.js';
import type { Privileges } from './privileges.js';

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

/** The fields an administrator edits; shared by the editor, the contract and (later) imports. */
export interface UserFields {
  username: string;
  authentication: Authentication;
  alwaysPromptPin: boolean;
  firstName: string;
  lastName: string;
  department: string;
  vip: number;
  email: string;
  language: Language;
  mobile: string;
  pager: string;
  phone: string;
  number: string;
  aliases: string[];
  showInDirectory: boolean;
  enabled: boolean;
  phantom: boolean;
  privileges: Privileges;
  voiceRecording: VoiceRecordingOptions;
  applications: Application[];
  internalContactsGroupId: number | null;
  externalContactsGroupId: number | null;
  voicemail: VoicemailNotifications;
  fax: FaxNotifications;
  groupIds: number[];
}

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

/** One row of the user list: only what the list shows. */
export interface UserRow {
  id: number;
  username: string;
  lastName: string;
  firstName: string;
  department: string;
  vip: number;
  phone: string;
  mobile: string;
  number: string;
  email: string;
  language: Language;
  source: UserSource;
  enabled: boolean;
  deletedAt: string | null;
  /** When the user's contact photo was fetched (the avatar's cache key); null when none is cached. */
  photoFetchedAt: string | null;
}
