import { open } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { SITE_EXTENSION } from '@shared/domain/site';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { errorFields, log } from '../log/log';

/**
 * What each kind of file Roster touches may be, whoever names it. These rules hold in both modes; in the
 * desktop app a path must also have been chosen by the administrator (see ChosenFiles).
 */
export type FileRole = 'siteOpen' | 'siteCreate' | 'siteCopy' | 'importSource' | 'csvTarget';

/** Files the import reads: what spreadsheets and other systems write as delimited text. */
const IMPORT_EXTENSIONS = ['.csv', '.txt', '.tsv'] as const;
/** Files an export or an error report writes: a spreadsheet or a PBX opens them as CSV. */
const CSV_TARGET_EXTENSIONS = ['.csv', '.txt'] as const;

/** A refusal at the path field of the request (`field` names it as in the input, e.g. ['reading', 'path']). */
export function fileRefusal(field: (string | number)[], message: MessageKey, params?: MessageParams): RosterError {
  return new RosterError('FILE_NOT_CHOSEN', message, params, [{ path: field, message, ...(params ? { params } : {}) }]);
}

const hasExtension = (path: string, extensions: readonly string[]) => extensions.includes(extname(path).toLowerCase());

/**
 * The absolute path a request may use for `role`, or a refusal that says what to do. Relative paths are
 * refused rather than resolved: they would land beside whatever process serves the contract.
 */
export function checkFileRules(path: string, role: FileRole, field: (string | number)[]): string {
  if (path.includes('\0') || !isAbsolute(path)) throw fileRefusal(field, 'file.rule.absolute');
  const full = resolve(path);
  const file = basename(full);
  // A dotfile is a shell's or a tool's configuration (.bashrc, .npmrc, .ssh/...): never an import or export.
  if (file.startsWith('.')) throw fileRefusal(field, 'file.rule.hidden', { file });
  switch (role) {
    case 'siteOpen':
    case 'siteCreate':
    case 'siteCopy':
      if (!hasExtension(full, [SITE_EXTENSION])) throw fileRefusal(field, 'file.rule.siteExtension', { file });
      break;
    case 'importSource':
      if (!hasExtension(full, IMPORT_EXTENSIONS)) throw fileRefusal(field, 'file.rule.importExtension', { file });
      break;
    case 'csvTarget':
      if (!hasExtension(full, CSV_TARGET_EXTENSIONS)) throw fileRefusal(field, 'file.rule.csvExtension', { file });
      break;
  }
  return full;
}

/** Bytes looked at to tell a text file from anything else before it is replaced. */
const SNIFF_BYTES = 8192;

/**
 * Whether an existing file may be replaced by a CSV: it must itself be text (no NUL byte in its first
 * bytes), so that a typed name can never overwrite a program, an archive or a database.
 */
export async function isReplaceableText(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    // Unreadable counts as not text (never replaced); the log keeps why, since the refusal only says "not text".
    log.warn('file.textCheck.failed', errorFields(error));
    return false;
  }
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return !buffer.subarray(0, bytesRead).includes(0);
  } catch (error) {
    log.warn('file.textCheck.failed', errorFields(error));
    return false;
  } finally {
    await handle.close();
  }
}
