import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { SITE_EXTENSION } from '@shared/domain/site';
import type { MessageKey } from '@shared/i18n/en';
import type { PickPurpose, Platform } from '../api/context';
import { nativeText as text } from './native-text';

const siteFilters = () => [{ name: text('native.dialog.siteFiles'), extensions: [SITE_EXTENSION.slice(1)] }];
/** CSV files first; *.txt too, because exports from other systems often carry that extension. */
const csvFilters = () => [
  { name: text('native.dialog.csvFiles'), extensions: ['csv', 'txt'] },
  { name: text('native.dialog.allFiles'), extensions: ['*'] },
];

type CsvPurpose = Extract<PickPurpose, 'importCsv' | 'exportCsv' | 'errorReport'>;
const CSV_TITLES: Record<CsvPurpose, MessageKey> = {
  importCsv: 'native.dialog.importTitle',
  exportCsv: 'native.dialog.exportTitle',
  errorReport: 'native.dialog.errorReportTitle',
};

const isCsvPurpose = (purpose: PickPurpose): purpose is CsvPurpose => purpose in CSV_TITLES;

async function showOpen(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

async function showSave(window: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const picked = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return picked.canceled || !picked.filePath ? null : picked.filePath;
}

/** The CSV dialogs: open a file to import (any folder), or save an export or an error report. */
async function pickCsv(window: BrowserWindow | null, purpose: CsvPurpose, suggestedName?: string): Promise<string | null> {
  const title = text(CSV_TITLES[purpose]);
  if (purpose === 'importCsv') return showOpen(window, { title, filters: csvFilters(), properties: ['openFile'] });
  const base = (suggestedName ?? 'users.csv').replace(/[\\/:*?"<>|]/g, '_');
  const path = await showSave(window, {
    title,
    defaultPath: join(app.getPath('documents'), base),
    filters: csvFilters(),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  // Linux dialogs do not always add the extension of the chosen filter.
  return path && extname(path) === '' ? `${path}.csv` : path;
}

/** Platform.pickPath of the Electron app: the native open / save dialogs for sites (*.roster) and CSV files. */
export function sitePathPicker(sitesFolder: string, currentWindow: () => BrowserWindow | null): NonNullable<Platform['pickPath']> {
  return async (purpose, suggestedName) => {
    const window = currentWindow();
    if (isCsvPurpose(purpose)) return pickCsv(window, purpose, suggestedName);
    // The suggested folder is created on first use so the dialog does not open somewhere unrelated; where it
    // cannot be, the dialog opens in the system's default folder, which is as good.
    await mkdir(sitesFolder, { recursive: true }).catch(() => undefined);
    if (purpose === 'open') {
      return showOpen(window, { title: text('site.path.title.open'), defaultPath: sitesFolder, filters: siteFilters(), properties: ['openFile'] });
    }
    const base = (suggestedName ?? text('site.new.title')).replace(/[\\/:*?"<>|]/g, '_');
    const path = await showSave(window, {
      title: text(purpose === 'create' ? 'site.new.title' : 'site.path.title.saveCopy'),
      defaultPath: join(sitesFolder, base.endsWith(SITE_EXTENSION) ? base : base + SITE_EXTENSION),
      filters: siteFilters(),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (!path) return null;
    // Linux dialogs do not always add the extension of the chosen filter.
    return path.toLowerCase().endsWith(SITE_EXTENSION) ? path : path + SITE_EXTENSION;
  };
}
