import type Database from 'better-sqlite3';
import { photoMatchSchema } from '@shared/channels/photos';
import type { CachedPhoto, PhotoMatch, PhotoSyncRun } from '@shared/channels/photos';
import type { PhotoMimeType } from './photo-image';
import { PHOTO_MIME_TYPES, photoDataUrl } from './photo-image';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which a cached photo counts as stale. */
export function staleBefore(now: Date, cacheDays: number): string {
  return new Date(now.getTime() - cacheDays * DAY_MS).toISOString();
}

/** The contact photo cache of one site file (table photo_cache, migration 4). */
export function createPhotoCache(db: Database.Database) {
  const selectPhoto = db.prepare('SELECT photo, mime_type AS mimeType, fetched_at AS fetchedAt FROM photo_cache WHERE user_id = ?');
  const selectFetched = db.prepare('SELECT user_id AS userId, fetched_at AS fetchedAt FROM photo_cache');
  const counts = db.prepare('SELECT count(*) AS cached, count(*) FILTER (WHERE fetched_at < ?) AS stale FROM photo_cache');
  const insertRun = db.prepare(
    `INSERT INTO photo_sync_runs (started_at, finished_at, match_by, entries, matched, stored, refreshed, kept,
       without_photo, too_large, not_image, unmatched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectLastRun = db.prepare(
    `SELECT started_at AS startedAt, finished_at AS finishedAt, match_by AS matchBy, entries, matched, stored, refreshed,
       kept, too_large AS tooLarge, not_image AS notImage, unmatched FROM photo_sync_runs ORDER BY id DESC LIMIT 1`,
  );

  return {
    /** One user's photo as the renderer shows it; a row with an unexpected type is treated as none. */
    get(userId: number): CachedPhoto | null {
      const row = selectPhoto.get(userId) as { photo: Buffer; mimeType: string; fetchedAt: string } | undefined;
      if (!row || !(PHOTO_MIME_TYPES as readonly string[]).includes(row.mimeType)) return null;
      return { dataUrl: photoDataUrl(row.mimeType as PhotoMimeType, row.photo), fetchedAt: row.fetchedAt };
    },

    /** When each cached photo was fetched, by user id. */
    fetchedAtByUser(): Map<number, string> {
      const rows = selectFetched.all() as { userId: number; fetchedAt: string }[];
      return new Map(rows.map((r) => [r.userId, r.fetchedAt]));
    },

    counts(now: Date, cacheDays: number): { cached: number; stale: number } {
      return counts.get(staleBefore(now, cacheDays)) as { cached: number; stale: number };
    },

    recordRun(run: PhotoSyncRun & { withoutPhoto: number }): void {
      insertRun.run(
        run.startedAt,
        run.finishedAt,
        JSON.stringify(run.match),
        run.entries,
        run.matched,
        run.stored,
        run.refreshed,
        run.kept,
        run.withoutPhoto,
        run.tooLarge,
        run.notImage,
        run.unmatched,
      );
    },

    lastRun(): PhotoSyncRun | null {
      const row = selectLastRun.get() as (Omit<PhotoSyncRun, 'match'> & { matchBy: string }) | undefined;
      if (!row) return null;
      const { matchBy, ...counts } = row;
      return { ...counts, match: parseMatch(matchBy) };
    },
  };
}

/** The match rule a run was made with; one this version cannot read shows as the default. */
function parseMatch(json: string): PhotoMatch {
  try {
    const parsed = photoMatchSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the default
  }
  return photoMatchSchema.parse({});
}
