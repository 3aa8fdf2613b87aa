import { RosterError } from '@shared/result';
import type { FileAccess } from '../services/file-access/file-access';
import type { FileRole } from '../services/file-access/file-rules';
import type { PickPurpose, Platform } from './context';

/** The native file dialog as the channels offer it: the chosen path, or null when the administrator cancelled. */
export type PathPicker = (purpose: PickPurpose, suggestedName?: string) => Promise<{ path: string | null }>;

/** What a dialog's answer may then be used for. */
const ROLE_OF: Record<PickPurpose, FileRole> = {
  open: 'siteOpen',
  create: 'siteCreate',
  saveCopy: 'siteCopy',
  importCsv: 'importSource',
  exportCsv: 'csvTarget',
  errorReport: 'csvTarget',
};

/**
 * Shows the native dialog (UNSUPPORTED in browser mode, where the page asks for a typed path) and records
 * the answer as the administrator's choice, so the channel that then uses the path accepts it.
 */
export function createPathPicker(platform: Platform, files: FileAccess): PathPicker {
  return async (purpose, suggestedName) => {
    if (!platform.pickPath) throw new RosterError('UNSUPPORTED', 'error.UNSUPPORTED');
    const path = await platform.pickPath(purpose, suggestedName);
    if (path !== null) files.recordChoice(path, ROLE_OF[purpose]);
    return { path };
  };
}
