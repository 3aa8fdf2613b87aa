import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, parse } from 'node:path';
import electronLog from 'electron-log/node';
import type { LogFile as ElectronLogFile } from 'electron-log';
import { formatRecord, setLogSink } from './log';
import type { LogRecord } from './log';

/** The log's file name in its folder; rotated copies are roster.1.log (newest) to roster.<KEPT>.log. */
export const LOG_FILE_NAME = 'roster.log';
/** Rotation: a file over this size is moved aside before the next line. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;
/** How many rotated files are kept besides the current one. */
export const LOG_KEPT_FILES = 3;

export interface LogFileOptions {
  /** The folder: Electron's app.getPath('logs'), browser mode's OS log folder (log-folder.ts). */
  folder: string;
  /** Errors also go to stderr (a terminal or CI shows them at once). */
  errorsToConsole?: boolean;
  maxBytes?: number;
}

let current: string | null = null;

/** The file this process writes, or null where none was opened (a unit test, a worker). */
export function currentLogFile(): string | null {
  return current;
}

/**
 * Opens the workstation's log file and makes it the seam's sink. electron-log's file transport writes each
 * line synchronously (a crash loses nothing written before it) and rotates by size; its own rotation keeps
 * one old file, so archive() shifts a few numbered ones instead.
 */
export function openLogFile({ folder, errorsToConsole = false, maxBytes = LOG_MAX_BYTES }: LogFileOptions): string {
  const path = join(folder, LOG_FILE_NAME);
  const logger = electronLog.create({ logId: 'roster' });
  const file = logger.transports.file;
  // Set so electron-log never has to guess an app name from a package.json (it throws without one).
  file.setAppName('Roster');
  file.resolvePathFn = () => path;
  file.maxSize = maxBytes;
  file.format = '[{iso}] [{level}] {text}';
  file.archiveLogFn = archive;
  logger.transports.console.level = errorsToConsole ? 'error' : false;
  current = path;
  setLogSink((record: LogRecord) => logger[record.level](formatRecord(record)));
  return path;
}

/** Shifts roster.log to roster.1.log, roster.1.log to roster.2.log, ..., dropping the oldest. */
function archive(file: ElectronLogFile): void {
  const { dir, name, ext } = parse(file.path);
  const numbered = (n: number) => join(dir, `${name}.${n}${ext}`);
  try {
    rmSync(numbered(LOG_KEPT_FILES), { force: true });
    for (let n = LOG_KEPT_FILES - 1; n >= 1; n--) {
      if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
    }
    renameSync(file.path, numbered(1));
  } catch {
    // A file another program holds open (Windows) cannot be moved: start it afresh rather than grow forever.
    file.clear();
  }
}
