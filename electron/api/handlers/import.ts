import type { exportChannels } from '@shared/channels/export';
import type { Catalog } from '@shared/i18n/en';
import type { importChannels, ImportProgress } from '@shared/channels/import';
import type { BulkProgress } from '@shared/channels/bulk';
import { saveErrorReport } from '../../services/importing/error-report';
import { listImports } from '../../services/importing/import-ledger';
import type { SiteJobs } from '../../services/jobs/site-jobs';
import { inspectImportFile } from '../../services/importing/inspect-file';
import type { ImportJobs } from '../../services/importing/import-jobs';
import { deleteMapping, readSavedMappings, saveMapping } from '../../services/importing/saved-mappings';
import type { FileAccess } from '../../services/file-access/file-access';
import { confirmCredentialExport } from '../credential-export';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { PathPicker } from '../path-picker';
import type { SiteSession } from './site-session';

export function importHandlers(
  ctx: AppContext,
  session: SiteSession,
  imports: ImportJobs,
  files: FileAccess,
  pickPath: PathPicker,
  jobs: SiteJobs,
  /** The interface language's catalog, for the error report's words. */
  catalog: () => Catalog,
): Pick<Handlers, keyof typeof importChannels | keyof typeof exportChannels> {
  const progress = (payload: ImportProgress) => ctx.events.emit('import.progress', payload);
  // An undo and an export are site jobs: their progress is the one the progress window follows ('bulk.progress').
  const jobProgress = (payload: BulkProgress) => ctx.events.emit('bulk.progress', payload);
  /** The import's options with the file checked against the administrator's choice. */
  const chosenSource = <T extends { reading: { path: string } }>(options: T): T => ({
    ...options,
    reading: { ...options.reading, path: files.importSource(options.reading.path, ['reading', 'path']) },
  });
  return {
    'import.pickFile': () => pickPath('importCsv'),
    'import.inspect': (reading) => inspectImportFile({ ...reading, path: files.importSource(reading.path) }),
    'import.preview': (options) => {
      jobs.refuseIfRunning();
      return imports.preview(session.require(), ctx.keyStore, chosenSource(options), progress);
    },
    'import.run': async (options) => {
      // Not under a bulk change, an undo or an export (each in its own worker).
      jobs.refuseIfRunning();
      const summary = await imports.run(session.require(), ctx.keyStore, chosenSource(options), progress);
      session.announce();
      return summary;
    },
    'import.cancel': () => ({ cancelled: imports.cancel() }),
    'import.list': ({ limit }) => listImports(session.require().db, limit),
    'import.undo': async ({ id }) => {
      const record = await jobs.undoImport(session.require(), id, jobProgress);
      session.announce();
      return record;
    },
    'import.saveErrorReport': async ({ id, path, overwrite }) =>
      saveErrorReport(session.require(), id, await files.csvTarget(path, overwrite), catalog()),
    'import.mappings': () => readSavedMappings(session.require()),
    'import.saveMapping': (mapping) => saveMapping(session.require(), mapping),
    'import.deleteMapping': ({ name }) => deleteMapping(session.require(), name),
    'export.pickPath': ({ suggestedName, purpose }) => pickPath(purpose === 'errorReport' ? 'errorReport' : 'exportCsv', suggestedName),
    'export.users': async (request) => {
      const site = session.require();
      const target = await files.csvTarget(request.path, request.overwrite);
      // Plain passwords and PINs leave the site only with a confirmation the page cannot give by itself.
      if (request.includeCredentials) await confirmCredentialExport(ctx.platform, site, request.ids, target.path);
      return jobs.exportUsers(site, { ...request, target }, jobProgress);
    },
  };
}
