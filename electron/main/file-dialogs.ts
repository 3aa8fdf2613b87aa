import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { SITE_EXTENSION } from '@shared/domain/site';
import type { Platform } from '../api/context';

const SITE_FILTERS = [{ name: 'Roster site', extensions: [SITE_EXTENSION.slice(1)] }];

/** Platform.pickPath of the Electron app: the native open / save dialogs, limited to *.roster files. */
export function sitePathPicker(sitesFolder: string, currentWindow: () => BrowserWindow | null): NonNullable<Platform['pickPath']> {
  return async (purpose, suggestedName) => {
    // The suggested folder is created on first use so the dialog does not open somewhere unrelated.
    await mkdir(sitesFolder, { recursive: true }).catch(() => undefined);
    const window = currentWindow();
    if (purpose === 'open') {
      const options = { title: 'Open site', defaultPath: sitesFolder, filters: SITE_FILTERS, properties: ['openFile' as const] };
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    }
    const base = (suggestedName ?? 'New site').replace(/[\\/:*?"<>|]/g, '_');
    const options = {
      title: purpose === 'create' ? 'New site' : 'Save a copy',
      defaultPath: join(sitesFolder, base.endsWith(SITE_EXTENSION) ? base : base + SITE_EXTENSION),
      filters: SITE_FILTERS,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (picked.canceled || !picked.filePath) return null;
    // Linux dialogs do not always add the extension of the chosen filter.
    return picked.filePath.toLowerCase().endsWith(SITE_EXTENSION) ? picked.filePath : picked.filePath + SITE_EXTENSION;
  };
}
