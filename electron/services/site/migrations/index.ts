import * as initial from './001-initial';
import * as settingsSecretsAndAudit from './002-settings-secrets-and-audit';
import * as security from './003-security';
import * as contactPhotos from './004-contact-photos';
import * as bulkChanges from './005-bulk-changes';
import * as searchIndexes from './006-search-indexes';
import * as searchText from './007-search-text';
import * as imports from './008-imports';
import * as shortSearchWords from './009-short-search-words';
import * as settingsRecovery from './010-settings-recovery';
import * as userRecord from './011-user-record';
import * as naturalUsernameOrder from './012-natural-username-order';
import * as searchCountIndexes from './013-search-count-indexes';
import * as sharedNumbers from './014-shared-numbers';
import * as listOrderIndex from './015-list-order-index';

export interface Migration {
  /** The user_version the file has once this migration ran. */
  version: number;
  sql: string;
}

/** Every migration in order. Imported (not read from disk) so the bundler ships them with the app. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  settingsSecretsAndAudit,
  security,
  contactPhotos,
  bulkChanges,
  searchIndexes,
  searchText,
  imports,
  shortSearchWords,
  settingsRecovery,
  userRecord,
  naturalUsernameOrder,
  searchCountIndexes,
  sharedNumbers,
  listOrderIndex,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
