import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { errorFields, log } from '../log/log';

/** Sites remembered: the most recently closed ones (a workstation opens a handful). */
const MAX_REMEMBERED = 20;

const stampSchema = z.object({ path: z.string(), size: z.number(), mtimeMs: z.number() });
type Stamp = z.infer<typeof stampSchema>;

/**
 * The site files this workstation's Roster closed cleanly, each with its size and modification time as it
 * left them. A file found exactly so when it is opened again has not been written by anyone since Roster
 * checked it, used it and closed it: SQLite's page-by-page check (0.7 s for 100,000 users) need not run
 * again. Any change (another program, a copy over it, a crash while open, a WAL left beside it) makes the
 * file unknown, and it is checked. A stamp is forgotten as soon as its site is opened, so a site left open
 * by a killed process is checked next time.
 *
 * Kept in the workstation's config folder (closed-sites.json); a missing or unreadable file means every
 * site is checked.
 */
export class ClosedSites {
  private readonly file: string;

  constructor(configDir: string) {
    this.file = join(configDir, 'closed-sites.json');
  }

  /** True when `path` is exactly as Roster left it when it last closed it here. */
  unchanged(path: string): boolean {
    const stamp = this.read().find((entry) => entry.path === path);
    if (!stamp || existsSync(`${path}-wal`)) return false;
    const now = stampOf(path);
    return now !== null && now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
  }

  /** Call once the site's connection is closed (its WAL copied into the file). */
  remember(path: string): void {
    const stamp = stampOf(path);
    if (stamp) this.write([stamp, ...this.others(path)].slice(0, MAX_REMEMBERED));
  }

  /** Call when the site is opened: from now on it may change, and only a clean close vouches for it again. */
  forget(path: string): void {
    if (this.read().some((entry) => entry.path === path)) this.write(this.others(path));
  }

  private others(path: string): Stamp[] {
    return this.read().filter((entry) => entry.path !== path);
  }

  private read(): Stamp[] {
    try {
      return z.array(stampSchema).parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return [];
    }
  }

  private write(stamps: Stamp[]): void {
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      const temporary = `${this.file}.tmp`;
      writeFileSync(temporary, JSON.stringify(stamps));
      renameSync(temporary, this.file);
    } catch (error) {
      // Without the record every site is checked on open: slower, never less safe.
      log.warn('closedSites.write', errorFields(error));
    }
  }
}

function stampOf(path: string): Stamp | null {
  try {
    const stat = statSync(path);
    return { path, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}
