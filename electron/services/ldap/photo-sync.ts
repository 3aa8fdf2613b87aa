import type Database from 'better-sqlite3';
import { PHOTO_LIST_LIMIT } from '@shared/channels/photos';
import type { PhotoMatch, PhotoSkip, PhotoSyncProgress, PhotoSyncResult } from '@shared/channels/photos';
import { RosterError } from '@shared/result';
import { photoAttributesOf } from '@shared/rules/ldap-rules';
import { recordChange } from '../audit/audit-log';
import { createPhotoCache, staleBefore } from './photo-cache';
import { judgePhoto } from './photo-image';
import type { PhotoMimeType } from './photo-image';
import { createPhotoMatcher } from './photo-matcher';
import type { EntryValues } from './photo-matcher';

/** Where the photos are read: the saved contact-photo settings without the connection details. */
export interface PhotoSearch {
  baseDn: string;
  /** The settings' filter, sent as it was validated; never assembled from other text. */
  filter: string;
  photoAttribute: string;
  scope: 'sub' | 'one';
  cacheDays: number;
}

export interface DirectoryEntry {
  dn: string;
  values: EntryValues;
}

/** A bound connection to the directory. */
export interface PhotoDirectory {
  /** The entries, page by page (a paged search); `binary` attributes come back as bytes. */
  pages(request: { baseDn: string; filter: string; scope: 'sub' | 'one'; attributes: string[]; binary: string[] }): AsyncIterable<DirectoryEntry[]>;
  close(): Promise<void>;
}

export interface PhotoSyncOptions {
  db: Database.Database;
  /** Connects and binds; honours the signal (a cancelled connect rejects). */
  connect(signal: AbortSignal): Promise<PhotoDirectory>;
  search: PhotoSearch;
  match: PhotoMatch;
  signal: AbortSignal;
  onProgress?(progress: PhotoSyncProgress): void;
  now?(): Date;
}

const cancelled = () => new RosterError('CANCELLED', 'error.photos.cancelled');

/**
 * One photo sync: a paged search under the base DN, each entry tied to a user by the match rule, each photo
 * judged (an image of an allowed type, at most 100 KB), and every new or stale photo written in ONE
 * transaction at the end, with the run's record and its audit entry. Until that transaction nothing in the
 * site changes, so a cancelled or failed sync leaves the cache exactly as it was.
 *
 * Photos to write wait in a TEMP table of the same connection (never part of the site file) rather than in
 * memory: a directory of tens of thousands of people can hold a gigabyte of thumbnails.
 */
export async function syncPhotos(options: PhotoSyncOptions): Promise<PhotoSyncResult> {
  const { db, search, match, signal } = options;
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedAt = started.toISOString();
  const report = (phase: PhotoSyncProgress['phase'], entries: number) => options.onProgress?.({ phase, entries, startedAt });

  const cache = createPhotoCache(db);
  const matcher = createPhotoMatcher(db, match);
  const fetchedAt = cache.fetchedAtByUser();
  const freshSince = staleBefore(started, search.cacheDays);

  const counts = { entries: 0, matched: 0, stored: 0, refreshed: 0, kept: 0, withoutPhoto: 0, tooLarge: 0, notImage: 0, sameUser: 0, unmatched: 0 };
  const skipped: PhotoSkip[] = [];
  const unmatchedDns: string[] = [];
  const seenUsers = new Set<number>();

  report('connecting', 0);
  if (signal.aborted) throw cancelled();
  const directory = await options.connect(signal).catch((error: unknown) => {
    throw signal.aborted ? cancelled() : error;
  });

  db.exec(`CREATE TEMP TABLE IF NOT EXISTS photo_staging (user_id INTEGER PRIMARY KEY, photo BLOB NOT NULL, mime_type TEXT NOT NULL, source_dn TEXT NOT NULL);
           DELETE FROM temp.photo_staging;`);
  const stage = db.prepare('INSERT OR REPLACE INTO temp.photo_staging (user_id, photo, mime_type, source_dn) VALUES (?, ?, ?, ?)');
  const stagePage = db.transaction((rows: [number, Buffer, PhotoMimeType, string][]) => {
    for (const row of rows) stage.run(...row);
  });
  // thumbnailPhoto falls back to jpegPhoto for an entry without one, as the contact photos test reads them.
  const photoAttributes = photoAttributesOf(search.photoAttribute);
  const photoKeys = photoAttributes.map((a) => a.toLowerCase());

  try {
    report('searching', 0);
    const pages = directory.pages({
      baseDn: search.baseDn,
      filter: search.filter,
      scope: search.scope,
      attributes: [...new Set([...matcher.attributes, ...photoAttributes])],
      binary: photoAttributes,
    });
    for await (const page of pages) {
      if (signal.aborted) throw cancelled();
      const toStage: [number, Buffer, PhotoMimeType, string][] = [];
      for (const { dn, values: entry } of page) {
        counts.entries++;
        const user = matcher.match(entry);
        if (!user) {
          counts.unmatched++;
          if (unmatchedDns.length < PHOTO_LIST_LIMIT) unmatchedDns.push(dn);
          continue;
        }
        counts.matched++;
        const value = photoKeys.map((key) => entry.get(key)?.[0]).find((v) => v !== undefined);
        const skip = (reason: PhotoSkip['reason'], bytes: number) => {
          counts[reason]++;
          if (skipped.length < PHOTO_LIST_LIMIT) skipped.push({ dn, reason, bytes, username: user.username });
        };
        if (seenUsers.has(user.userId)) {
          skip('sameUser', value === undefined ? 0 : value.length);
          continue;
        }
        seenUsers.add(user.userId);
        if (value === undefined) {
          counts.withoutPhoto++;
          continue;
        }
        // A value that was valid UTF-8 arrives as text; its bytes are the same, and it is no image anyway.
        const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
        const verdict = judgePhoto(bytes);
        if (!verdict.ok) {
          skip(verdict.reason, bytes.length);
          continue;
        }
        const cachedAt = fetchedAt.get(user.userId);
        if (cachedAt !== undefined && cachedAt >= freshSince) {
          counts.kept++;
          continue;
        }
        counts[cachedAt === undefined ? 'stored' : 'refreshed']++;
        toStage.push([user.userId, bytes, verdict.mimeType, dn]);
      }
      stagePage(toStage);
      report('searching', counts.entries);
    }
    // The site may have been closed while the directory answered: then there is nothing to write into.
    if (signal.aborted || !db.open) throw cancelled();

    report('storing', counts.entries);
    const finished = now();
    const result: PhotoSyncResult = {
      startedAt,
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - started.getTime(),
      match,
      ...counts,
      skipped,
      unmatchedDns,
      truncated: skipped.length < counts.tooLarge + counts.notImage + counts.sameUser || unmatchedDns.length < counts.unmatched,
    };
    commit(db, result);
    return result;
  } catch (error) {
    throw signal.aborted ? cancelled() : error;
  } finally {
    if (db.open) db.exec('DROP TABLE IF EXISTS temp.photo_staging');
    await directory.close().catch(() => undefined);
  }
}

/** Writes the staged photos, the run's record and the audit entry: all of them or none. */
function commit(db: Database.Database, result: PhotoSyncResult): void {
  const cache = createPhotoCache(db);
  db.transaction(() => {
    // A user purged while the sync ran is left out rather than failing the whole sync on its foreign key.
    db.prepare(
      `INSERT INTO photo_cache (user_id, photo, mime_type, byte_size, source_dn, fetched_at)
       SELECT s.user_id, s.photo, s.mime_type, length(s.photo), s.source_dn, ? FROM temp.photo_staging s
       WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)
       ON CONFLICT (user_id) DO UPDATE SET photo = excluded.photo, mime_type = excluded.mime_type,
         byte_size = excluded.byte_size, source_dn = excluded.source_dn, fetched_at = excluded.fetched_at`,
    ).run(result.finishedAt);
    cache.recordRun(result);
    recordChange(db, {
      entity: 'site',
      entityId: null,
      entityLabel: 'contactPhotos',
      action: 'photoSync',
      changes: [
        { field: 'photos.stored', before: null, after: result.stored },
        { field: 'photos.refreshed', before: null, after: result.refreshed },
      ],
    });
  })();
}
