import type { cucmImportChannels } from '@shared/channels/cucm';
import { RosterError } from '@shared/result';
import { cucmConnectionOf } from '../../services/cucm/cucm-connection';
import { refuseForeignPreview } from '../../services/cucm/cucm-import-apply';
import { previewCucmImport } from '../../services/cucm/cucm-import-preview';
import type { EndUserSource } from '../../services/cucm/cucm-import-preview';
import { CucmPreviews } from '../../services/cucm/cucm-import-previews';
import { confirmRemoval } from '../../services/cucm/cucm-removal';
import { cucmImportSettingsView, saveCucmImportSettings } from '../../services/cucm/cucm-import-settings-store';
import { fetchEndUsers } from '../../services/cucm/fetch-end-users';
import type { ImportJobs } from '../../services/importing/import-jobs';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function cucmImportHandlers(ctx: AppContext, session: SiteSession, imports: ImportJobs): Pick<Handlers, keyof typeof cucmImportChannels> {
  const previews = new CucmPreviews();
  /** The preview reading from CUCM or comparing (in the import worker) now, if any: one at a time. */
  let running: AbortController | null = null;

  return {
    'cucm.importSettings': () => cucmImportSettingsView(session.require()),
    'cucm.saveImportSettings': ({ settings }) => saveCucmImportSettings(session.require(), settings),
    'cucm.preview': async ({ settings }) => {
      const site = session.require();
      if (running) throw new RosterError('CONFLICT', 'cucmImport.busy');
      // Refuses first (not configured, no password) before anything is read.
      const connection = cucmConnectionOf(site);
      const source: EndUserSource = (criteria, options) => fetchEndUsers(connection, criteria, options);
      const controller = new AbortController();
      running = controller;
      previews.replace(null);
      try {
        const preview = await previewCucmImport(() => session.require(), connection.host, settings, source, {
          signal: controller.signal,
          onProgress: (progress) => ctx.events.emit('cucm.progress', progress),
        });
        previews.replace(preview);
        return preview.summary;
      } finally {
        running = null;
      }
    },
    'cucm.previewList': ({ previewId, list, offset, limit }) => previews.page(previewId, list, offset, limit),
    'cucm.cancel': () => {
      // Stops the read at once, or terminates the worker comparing: nothing waits for a slow filter to end.
      if (!running) return { cancelled: false };
      running.abort();
      return { cancelled: true };
    },
    'cucm.apply': async ({ previewId, removal, sharedNumbers }) => {
      const site = session.require();
      const preview = previews.get(previewId);
      // Over the mass-deletion threshold without the typed count: refused, and the preview stays to answer again.
      const confirmed = { ...confirmRemoval(preview, removal), sharedNumbers };
      try {
        refuseForeignPreview(site, preview);
        // Written by the import worker on its own connection, in one transaction: main keeps answering.
        const result = await imports.applyCucm(site, ctx.keyStore, confirmed);
        session.announce();
        return result;
      } finally {
        // Applied, or refused as stale: either way this preview is done with.
        previews.replace(null);
      }
    },
  };
}
