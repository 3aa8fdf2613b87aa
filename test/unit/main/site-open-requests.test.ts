import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiteOpenRequests, siteFileInArgs } from '../../../electron/main/site-open-requests';

describe('a .roster file opened from the operating system', () => {
  it('is found on the command line, resolved against the folder the command ran in; switches and other files are not', () => {
    const cwd = resolve('/home/anna/Documents');
    expect(siteFileInArgs(['Roster.exe', 'Acme.roster'], cwd)).toBe(join(cwd, 'Acme.roster'));
    expect(siteFileInArgs(['/opt/Roster/roster', '--no-sandbox', '/srv/sites/ACME.ROSTER'], cwd)).toBe(resolve('/srv/sites/ACME.ROSTER'));
    // The development run: electron, the app folder, no file.
    expect(siteFileInArgs(['electron', '.'], cwd)).toBeNull();
    expect(siteFileInArgs(['Roster.exe', '--open=evil.roster', 'notes.txt'], cwd)).toBeNull();
    // The executable itself is never taken for a file, whatever its name.
    expect(siteFileInArgs(['x.roster'], cwd)).toBeNull();
  });

  it('waits for the page when it comes before the window is ready, and is handed over at once afterwards', () => {
    const requests = new SiteOpenRequests();
    requests.offer('/a/first.roster');
    requests.offer('/a/second.roster');
    const delivered: string[] = [];
    // Only the newest waiting request counts: the administrator double-clicked the second file last.
    expect(requests.take((path) => delivered.push(path))).toBe('/a/second.roster');
    expect(requests.take((path) => delivered.push(path))).toBeNull();
    requests.offer('/a/third.roster');
    expect(delivered).toEqual(['/a/third.roster']);
    // The window closed (macOS keeps running): the next request waits for the new page.
    requests.pageGone();
    requests.offer('/a/fourth.roster');
    expect(delivered).toEqual(['/a/third.roster']);
    expect(requests.take(() => undefined)).toBe('/a/fourth.roster');
  });
});
