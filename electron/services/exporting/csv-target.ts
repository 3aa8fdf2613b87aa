import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { RosterError, fieldError } from '@shared/result';
import type { WritableTarget } from '../file-access/file-access';
import { encodeWindows1252 } from '../csv/windows-1252';

/**
 * The last checks on an export's or error report's target, made just before any row is read (the file rules
 * and the administrator's choice were checked at the contract, see FileAccess): not a folder, an existing
 * file only when it may be replaced, a folder that exists and can be written.
 */
export async function checkCsvTarget({ path: target, replace }: WritableTarget): Promise<string> {
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw fieldError('VALIDATION', [{ path: ['path'], message: 'export.path.folder' }]);
  if (existing && !replace) throw new RosterError('CONFLICT', 'file.exists', { file: basename(target) });
  let folderError: unknown;
  const folder = await stat(dirname(target)).catch((error: unknown) => {
    folderError = error;
    return null;
  });
  // ENOENT is the usual "no such folder"; EACCES on a parent would read the same, so the errno is kept.
  if (!folder?.isDirectory()) throw new RosterError('IO', 'export.error.noFolder', { folder: dirname(target) }).causedBy(folderError);
  await access(dirname(target), constants.W_OK).catch((error: unknown) => {
    throw new RosterError('IO', 'export.error.write', { file: basename(target) }).causedBy(error);
  });
  return target;
}

/**
 * A CSV file written in chunks: the rows go to a temporary file beside the target, renamed over it only
 * when complete, so a failure half-way never leaves a truncated file where the administrator expects one.
 * Each chunk is awaited, which lets the main process answer other requests between chunks.
 */
export class CsvFileWriter {
  private constructor(
    private readonly target: string,
    private readonly temporary: string,
    private readonly handle: FileHandle,
    private readonly encoding: 'utf-8' | 'windows-1252',
  ) {}

  /** Windows-1252 text must have been checked first (charactersNotInWindows1252): nothing is replaced. */
  static async create(target: string, { bom, encoding = 'utf-8' }: { bom: boolean; encoding?: 'utf-8' | 'windows-1252' }): Promise<CsvFileWriter> {
    const temporary = `${target}.${randomBytes(4).toString('hex')}.part`;
    const handle = await open(temporary, 'wx').catch((error: unknown) => {
      throw new RosterError('IO', 'export.error.write', { file: basename(target) }).causedBy(error);
    });
    const writer = new CsvFileWriter(target, temporary, handle, encoding);
    // A byte-order mark makes Excel read the file as UTF-8 (accents intact) instead of the local code page.
    if (bom) await writer.write('\uFEFF');
    return writer;
  }

  /** Appends text (whole lines, each with its line end). */
  async write(text: string): Promise<void> {
    try {
      if (this.encoding === 'windows-1252') await this.handle.write(encodeWindows1252(text));
      else await this.handle.write(text, null, 'utf8');
    } catch (error) {
      await this.abort();
      throw new RosterError('IO', 'export.error.write', { file: basename(this.target) }).causedBy(error);
    }
  }

  /** Closes the file and puts it in place of the target. */
  async commit(): Promise<void> {
    try {
      await this.handle.close();
      await rename(this.temporary, this.target);
    } catch (error) {
      await unlink(this.temporary).catch(() => undefined);
      throw new RosterError('IO', 'export.error.write', { file: basename(this.target) }).causedBy(error);
    }
  }

  /** Closes and removes the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temporary).catch(() => undefined);
  }
}

/** One CSV line from its cells (already quoted), with the CRLF line end spreadsheets expect unless told otherwise. */
export function csvLine(cells: readonly string[], delimiter: string, lineEnd = '\r\n'): string {
  return `${cells.join(delimiter)}${lineEnd}`;
}
