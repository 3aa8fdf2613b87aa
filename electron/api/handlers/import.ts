import type { importChannels } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { listImports, undoImport } from '../../services/importing/import-ledger';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

// Placeholder for channels still being built; each is replaced by its real handler.
const notYet = () => {
  throw new RosterError('UNSUPPORTED', 'error.UNSUPPORTED');
};

export function importHandlers(ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof importChannels> {
  void ctx;
  return {
    'import.pickFile': notYet,
    'import.inspect': notYet,
    'import.preview': notYet,
    'import.run': notYet,
    'import.cancel': notYet,
    'import.list': ({ limit }) => listImports(session.require().db, limit),
    'import.undo': ({ id }) => {
      const record = undoImport(session.require().db, id);
      session.announce();
      return record;
    },
    'import.saveErrorReport': notYet,
    'import.mappings': notYet,
    'import.saveMapping': notYet,
    'import.deleteMapping': notYet,
    'export.pickPath': notYet,
    'export.users': notYet,
  };
}
