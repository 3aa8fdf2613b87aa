import { resolve } from 'node:path';
import type { FileRole } from './file-rules';

/** Enough for a long session of imports and exports; the oldest choices are forgotten first. */
const MAX_CHOICES = 200;

/** Windows and macOS file systems ignore case by default: the same file may come back spelled otherwise. */
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

/** A choice for one role is no choice for another: a file opened to import is not one to overwrite. */
function keyOf(path: string, purpose: FileRole): string {
  const full = resolve(path);
  return `${purpose}\u0000${caseInsensitive ? full.toLowerCase() : full}`;
}

/**
 * The files the administrator chose in this process's life, recorded by main as they were chosen: from a
 * native open or save dialog, or a file dropped on the window (the preload tells main). In the desktop app a
 * path that is not here was made up by the page and is refused, whatever it says.
 */
export class ChosenFiles {
  private readonly chosen = new Set<string>();

  record(path: string, purpose: FileRole): void {
    const key = keyOf(path, purpose);
    this.chosen.delete(key);
    this.chosen.add(key);
    if (this.chosen.size > MAX_CHOICES) {
      const oldest = this.chosen.values().next().value;
      if (oldest !== undefined) this.chosen.delete(oldest);
    }
  }

  has(path: string, purpose: FileRole): boolean {
    return this.chosen.has(keyOf(path, purpose));
  }
}
