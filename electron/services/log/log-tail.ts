import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** At most this much of the file's end is read for its last lines: enough for a few hundred lines. */
const TAIL_BYTES = 256 * 1024;

/** The last `count` lines of a log file ([] when there is none yet). */
export function readLogTail(path: string, count: number): string[] {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer
      .toString('utf8')
      .split(/\r?\n/)
      .filter((line) => line.length > 0);
    // A cut at the start of the window leaves a partial first line: dropped.
    if (length < size) lines.shift();
    return lines.slice(-count);
  } finally {
    closeSync(fd);
  }
}
