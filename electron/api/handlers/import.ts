import type { importChannels, ImportProgress } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { saveErrorReport } from '../../services/importing/error-report';
import { listImports, undoImport } from '../../services/importing/import-ledger';
import { inspectImportFile } from '../../services/importing/inspect-file';
import type { ImportJobs } from '../../services/importing/import-jobs';
import { deleteMapping, readSavedMappings, saveMapping } from '../../services/importing/saved-mappings';
import { exportUsers } from '../../services/exporting/export-users';
import type { AppContext, PickPurpose } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

/** The native file dialog of the Electron app; browser mode has none and the renderer asks for a path. */
async function pickPath(ctx: AppContext, purpose: PickPurpose, suggestedName?: string): Promise<{ path: string | null }> {
  if (!ctx.platform.pickPath) throw new RosterError('UNSUPPORTED', 'error.UNSUPPORTED');
  return { path: await ctx.platform.pickPath(purpose, suggestedName) };
}

export function importHandlers(ctx: AppContext, session: SiteSession, imports: ImportJobs): Pick<Handlers, keyof typeof importChannels> {
  const progress = (payload: ImportProgress) => ctx.events.emit('import.progress', payload);
  return {
    'import.pickFile': () => pickPath(ctx, 'importCsv'),
    'import.inspect': (reading) => inspectImportFile(reading),
    'import.preview': (options) => imports.preview(session.require(), ctx.keyStore, options, progress),
    'import.run': async (options) => {
      const summary = await imports.run(session.require(), ctx.keyStore, options, progress);
      session.announce();
      return summary;
    },
    'import.cancel': () => ({ cancelled: imports.cancel() }),
    'import.list': ({ limit }) => listImports(session.require().db, limit),
    'import.undo': ({ id }) => {
      const record = undoImport(session.require().db, id);
      session.announce();
      return record;
    },
    'import.saveErrorReport': ({ id, path, overwrite }) => saveErrorReport(session.require(), id, path, overwrite),
    'import.mappings': () => readSavedMappings(session.require()),
    'import.saveMapping': (mapping) => saveMapping(session.require(), mapping),
    'import.deleteMapping': ({ name }) => deleteMapping(session.require(), name),
    'export.pickPath': ({ suggestedName, purpose }) => pickPath(ctx, purpose === 'errorReport' ? 'errorReport' : 'exportCsv', suggestedName),
    'export.users': (request) => exportUsers(session.require(), request),
  };
}
