import type { photosChannels } from '@shared/channels/photos';
import type { PhotoSyncOutcome } from '@shared/channels/photos';
import { RosterError } from '@shared/result';
import { explainFailure } from '../../services/ldap/failure-explanation';
import { createPhotoCache } from '../../services/ldap/photo-cache';
import { connectPhotoDirectory, PhotoDirectoryFailure } from '../../services/ldap/photo-directory';
import { readPhotoSource } from '../../services/ldap/photo-source';
import { syncPhotos } from '../../services/ldap/photo-sync';
import { PhotoSyncJob } from '../../services/ldap/photo-sync-job';
import { errorFields, log } from '../../services/log/log';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function photosHandlers(session: SiteSession): Pick<Handlers, keyof typeof photosChannels> {
  const job = new PhotoSyncJob();

  return {
    'photos.sync': ({ match }) => {
      const site = session.require();
      const source = readPhotoSource(site);
      if (!source.configured) throw new RosterError('POLICY', 'error.photos.notConfigured');
      const connection = source.connection();
      return job.run(site.path, async (signal, onProgress): Promise<PhotoSyncOutcome> => {
        try {
          const result = await syncPhotos({
            db: site.db,
            connect: (abort) => connectPhotoDirectory(connection, abort),
            search: source.search,
            match,
            signal,
            onProgress,
          });
          return { result, problem: null };
        } catch (error) {
          if (!(error instanceof PhotoDirectoryFailure)) throw error;
          // The outcome explains the failure on screen; the directory's own error is kept for support.
          log.warn('photos.sync.directoryFailed', { step: error.step, ...errorFields(error.cause.cause ?? error.cause) });
          const context = {
            step: error.step,
            host: connection.host,
            address: connection.host,
            port: connection.port,
            timeoutSeconds: connection.timeoutMs / 1000,
            baseDn: source.search.baseDn,
          };
          return { result: null, problem: explainFailure(error.cause, context) };
        }
      });
    },
    'photos.cancel': () => ({ cancelled: job.cancel() }),
    'photos.status': () => {
      const site = session.require();
      const source = readPhotoSource(site);
      const cache = createPhotoCache(site.db);
      return {
        running: job.progress(site.path),
        lastOutcome: job.lastOutcome(site.path),
        lastRun: cache.lastRun(),
        ...cache.counts(new Date(), source.cacheDays),
        cacheDays: source.cacheDays,
        configured: source.configured,
      };
    },
    'photos.get': ({ userId }) => createPhotoCache(session.require().db).get(userId),
  };
}
