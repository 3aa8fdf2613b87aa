import { isAbsolute, resolve } from 'node:path';
import { SITE_EXTENSION } from '@shared/domain/site';

/**
 * The site file a command line names (Windows and Linux pass a double-clicked file as an argument, to the
 * first instance or, through 'second-instance', to the running one): the last argument that ends in .roster
 * and is not a switch, resolved against the folder the command ran in. Nothing else on the line is trusted.
 */
export function siteFileInArgs(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index--) {
    const arg = argv[index]!;
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(SITE_EXTENSION)) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(workingDirectory, arg);
  }
  return null;
}

/**
 * Site files the operating system asked Roster to open (a double-click, "Open with", a file dropped on the
 * dock icon). A request that comes before the window is ready waits for the page to ask; once the page has
 * asked, later requests are handed to it at once. Only the newest waiting request counts.
 */
export class SiteOpenRequests {
  private pending: string | null = null;
  private deliver: ((path: string) => void) | null = null;

  offer(path: string): void {
    if (this.deliver) this.deliver(path);
    else this.pending = path;
  }

  /** The page is ready: returns the waiting request, if any, and receives later ones through `deliver`. */
  take(deliver: (path: string) => void): string | null {
    this.deliver = deliver;
    const path = this.pending;
    this.pending = null;
    return path;
  }

  /** The window is gone: requests wait again until a new page asks. */
  pageGone(): void {
    this.deliver = null;
  }
}
