import { stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import { withSiteExtension } from '@shared/domain/site';
import { RosterError } from '@shared/result';
import { ChosenFiles } from './chosen-files';
import { checkFileRules, fileRefusal, isReplaceableText } from './file-rules';
import type { FileRole } from './file-rules';

export interface FileAccessOptions {
  /**
   * 'chosen' (the desktop app): a path must come from the administrator's own choice, recorded by main.
   * 'typed' (browser mode): the person types paths, and the file rules alone apply.
   */
  mode: 'chosen' | 'typed';
  /** Roster's own folder for new sites: the demo and a new site's suggested place need no dialog. */
  sitesFolder: string;
  /** The recent sites, which the administrator opened before. */
  recentSites(): readonly string[];
}

/** A target the request may write, and whether an existing file there may be replaced. */
export interface WritableTarget {
  path: string;
  replace: boolean;
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
const samePath = (a: string, b: string) => (caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b);

function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * File access by the administrator's choice, not by the page's word: every channel that reads or writes a
 * file the request names asks here first. A compromised page (or anyone holding the browser-mode session)
 * can then neither read an arbitrary file nor write over one.
 */
export class FileAccess {
  private readonly chosen = new ChosenFiles();

  constructor(private readonly options: FileAccessOptions) {}

  get requiresChoice(): boolean {
    return this.options.mode === 'chosen';
  }

  /** Main records what the administrator chose in a native dialog or dropped on the window. */
  recordChoice(path: string, role: FileRole): void {
    this.chosen.record(path, role);
  }

  /** A site to open: chosen, recent, or in Roster's own sites folder. */
  siteToOpen(path: string): string {
    const full = checkFileRules(path, 'siteOpen', ['path']);
    const known = this.options.recentSites().some((recent) => samePath(resolve(recent), full));
    if (!known && !isInside(this.options.sitesFolder, full)) this.requireChosen(full, 'siteOpen', ['path'], 'file.notChosen.site');
    return full;
  }

  /** A new site file: chosen, or in Roster's own sites folder. A name typed without .roster gets it. */
  siteToCreate(path: string): string {
    const full = checkFileRules(withSiteExtension(path), 'siteCreate', ['path']);
    if (!isInside(this.options.sitesFolder, full)) this.requireChosen(full, 'siteCreate', ['path'], 'file.notChosen.site');
    return full;
  }

  /** Where a copy of the open site goes; an existing file is replaced only once the administrator agreed. */
  async siteCopyTarget(path: string, overwrite: boolean): Promise<WritableTarget> {
    const full = checkFileRules(withSiteExtension(path), 'siteCopy', ['path']);
    const chosen = this.requireChosen(full, 'siteCopy', ['path'], 'file.notChosen.copy');
    const existing = await stat(full).catch(() => null);
    if (existing?.isDirectory()) throw fileRefusal(['path'], 'export.path.folder');
    // The save dialog asked before it returned an existing file; browser mode asks in the page.
    const replace = chosen || overwrite;
    if (existing && !replace) throw new RosterError('CONFLICT', 'file.exists', { file: basename(full) });
    return { path: full, replace };
  }

  /** A file to import: chosen or dropped in the desktop app; delimited text by its name in both modes. */
  importSource(path: string, field: (string | number)[] = ['path']): string {
    const full = checkFileRules(path, 'importSource', field);
    this.requireChosen(full, 'importSource', field, 'file.notChosen.import');
    return full;
  }

  /**
   * Where an export or an error report goes: a .csv or .txt file, never over a file that is not text, and
   * over an existing one only after a confirmation (the save dialog's, or in browser mode the page's).
   */
  async csvTarget(path: string, overwrite: boolean): Promise<WritableTarget> {
    const full = checkFileRules(path, 'csvTarget', ['path']);
    const chosen = this.requireChosen(full, 'csvTarget', ['path'], 'file.notChosen.export');
    const existing = await stat(full).catch(() => null);
    if (existing?.isFile() && !(await isReplaceableText(full))) {
      throw fileRefusal(['path'], 'file.rule.notText', { file: basename(full), folder: dirname(full) });
    }
    return { path: full, replace: chosen || overwrite };
  }

  /** In the desktop app, refuses a path the administrator did not choose; true when it was chosen. */
  private requireChosen(
    full: string,
    role: FileRole,
    field: (string | number)[],
    message: 'file.notChosen.site' | 'file.notChosen.copy' | 'file.notChosen.import' | 'file.notChosen.export',
  ): boolean {
    if (!this.requiresChoice) return false;
    if (!this.chosen.has(full, role)) throw fileRefusal(field, message, { file: basename(full) });
    return true;
  }
}
