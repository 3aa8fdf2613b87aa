import * as initial from './001-initial';

export interface Migration {
  /** The user_version the file has once this migration ran. */
  version: number;
  sql: string;
}

/** Every migration in order. Imported (not read from disk) so the bundler ships them with the app. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
