import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PickPurpose } from '../../../electron/api/context';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';
import { makeTempDir } from '../../support/temp-dir';

// The contract as an attacker calls it: a compromised page in the desktop app, or anyone holding the
// browser-mode session. Each refusal is asserted together with what did not happen (nothing read, nothing
// written, nothing recorded).

const CSV = 'username,firstName,lastName,number\r\nmax.muster,Max,Muster,2001\r\n';
const open: SiteHarness[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function browserMode(): Promise<SiteHarness> {
  const api = await siteHarness();
  open.push(api);
  return api;
}

/** The desktop app: what the native dialog "returns" is set by the test, as the administrator's choice. */
async function desktopApp(
  confirm: boolean | null = true,
): Promise<SiteHarness & { answer(path: string | null): void; asked: PickPurpose[]; confirmations: unknown[] }> {
  let next: string | null = null;
  const asked: PickPurpose[] = [];
  const confirmations: unknown[] = [];
  const api = await siteHarness({
    platform: {
      mode: 'electron',
      pickPath: (purpose) => {
        asked.push(purpose);
        return Promise.resolve(next);
      },
      ...(confirm === null
        ? {}
        : {
            confirmCredentialExport: (details) => {
              confirmations.push(details);
              return Promise.resolve(confirm);
            },
          }),
    },
  });
  open.push(api);
  return Object.assign(api, { answer: (path: string | null) => void (next = path), asked, confirmations });
}

const exportRequest = (path: string, extra: Record<string, unknown> = {}) => ({
  ids: null,
  layout: 'callisto',
  bom: true,
  includeCredentials: false,
  path,
  overwrite: false,
  ...extra,
});

describe('browser mode: the typed path is the person’s choice, within the file rules', () => {
  it('refuses to read a system file, a dotfile or a relative path for the import, and shows nothing of it', async () => {
    const api = await browserMode();
    for (const path of ['/etc/passwd', join(homedir(), '.bashrc'), 'users.csv', 'C:relative.csv']) {
      const error = await api.refusal('import.inspect', { path });
      expect(error.code).toBe('FILE_NOT_CHOSEN');
      expect(error.issues?.[0]?.path).toEqual(['path']);
      expect(JSON.stringify(error)).not.toContain('root:');
    }
    const hidden = join(api.dir, '.users.csv');
    writeFileSync(hidden, CSV);
    expect((await api.refusal('import.inspect', { path: hidden })).message).toBe('file.rule.hidden');
    // The preview and the run check the same way, at the reading's path.
    const preview = await api.refusal('import.preview', { reading: { path: '/etc/passwd' }, mapping: [], duplicates: {} });
    expect(preview).toMatchObject({ code: 'FILE_NOT_CHOSEN', issues: [{ path: ['reading', 'path'] }] });
    const csv = join(api.dir, 'users.csv');
    writeFileSync(csv, CSV);
    expect((await api.call<{ columns: unknown[] }>('import.inspect', { path: csv })).columns).toHaveLength(4);
  });

  it('writes an export only as .csv or .txt, never a dotfile, never relative, never over a file that is not text', async () => {
    const api = await browserMode();
    const bashrc = join(api.dir, '.bashrc');
    writeFileSync(bashrc, 'echo hello\n');
    const program = join(api.dir, 'tool.csv');
    writeFileSync(program, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    const cases: [string, string][] = [
      [bashrc, 'file.rule.hidden'],
      [join(api.dir, 'users.sh'), 'file.rule.csvExtension'],
      [join(api.dir, 'copy.roster'), 'file.rule.csvExtension'],
      ['users.csv', 'file.rule.absolute'],
      [program, 'file.rule.notText'],
    ];
    for (const [path, message] of cases) {
      const error = await api.refusal('export.users', exportRequest(path, { overwrite: true }));
      expect(error).toMatchObject({ code: 'FILE_NOT_CHOSEN', message, issues: [{ path: ['path'], message }] });
    }
    expect(readFileSync(bashrc, 'utf8')).toBe('echo hello\n');
    expect(readFileSync(program)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    expect(existsSync(join(process.cwd(), 'users.csv'))).toBe(false);
    expect(readdirSync(api.dir).filter((name) => /\.(csv|txt|sh|part)$/.test(name) || name.startsWith('copy'))).toEqual(['tool.csv']);
  });

  it('overwrites an existing CSV only after its own confirmation', async () => {
    const api = await browserMode();
    const target = join(api.dir, 'users.csv');
    writeFileSync(target, 'old export\r\n');
    expect(await api.refusal('export.users', exportRequest(target))).toMatchObject({ code: 'CONFLICT', message: 'file.exists' });
    expect(readFileSync(target, 'utf8')).toBe('old export\r\n');
    await api.call('export.users', exportRequest(target, { overwrite: true }));
    expect(readFileSync(target, 'utf8')).toContain('ashok.kumar');
  });

  it('saves a site copy only as a .roster file, opens only .roster files, and replaces a copy only when told to', async () => {
    const api = await browserMode();
    const notSite = join(api.dir, 'notes.txt');
    writeFileSync(notSite, 'keep');
    // Any name becomes a .roster file: the text file itself is never written.
    expect(await api.call('site.saveCopy', { path: notSite })).toEqual({ path: `${notSite}.roster` });
    expect(readFileSync(notSite, 'utf8')).toBe('keep');
    expect(await api.refusal('site.saveCopy', { path: 'relative.roster' })).toMatchObject({ code: 'FILE_NOT_CHOSEN', message: 'file.rule.absolute' });
    expect(await api.refusal('site.open', { path: notSite })).toMatchObject({ code: 'FILE_NOT_CHOSEN', message: 'file.rule.siteExtension' });
    const copy = join(api.dir, 'copy.roster');
    await api.call('site.saveCopy', { path: copy });
    expect(await api.refusal('site.saveCopy', { path: copy })).toMatchObject({ code: 'CONFLICT', message: 'file.exists' });
    expect(await api.call('site.saveCopy', { path: copy, overwrite: true })).toEqual({ path: copy });
  });
});

describe('the desktop app: a path the page invents is refused', () => {
  it('reads for import only a file chosen in the dialog or dropped on the window', async () => {
    const api = await desktopApp();
    const csv = join(api.dir, 'users.csv');
    writeFileSync(csv, CSV);
    const invented = await api.refusal('import.inspect', { path: csv });
    expect(invented).toMatchObject({ code: 'FILE_NOT_CHOSEN', message: 'file.notChosen.import', issues: [{ path: ['path'] }] });

    api.answer(csv);
    expect(await api.call('import.pickFile')).toEqual({ path: csv });
    expect(api.asked).toEqual(['importCsv']);
    expect((await api.call<{ fileName: string }>('import.inspect', { path: csv })).fileName).toBe('users.csv');

    const dropped = join(api.dir, 'dropped.csv');
    writeFileSync(dropped, CSV);
    expect((await api.refusal('import.inspect', { path: dropped })).code).toBe('FILE_NOT_CHOSEN');
    api.recordDroppedFile(dropped);
    expect((await api.call<{ fileName: string }>('import.inspect', { path: dropped })).fileName).toBe('dropped.csv');
  });

  it('writes an export only where the save dialog said, and a file chosen to read is not one to write', async () => {
    const api = await desktopApp();
    const chosenToRead = join(api.dir, 'users.csv');
    writeFileSync(chosenToRead, CSV);
    api.answer(chosenToRead);
    await api.call('import.pickFile');
    const error = await api.refusal('export.users', exportRequest(chosenToRead, { overwrite: true }));
    expect(error).toMatchObject({ code: 'FILE_NOT_CHOSEN', message: 'file.notChosen.export' });
    expect(readFileSync(chosenToRead, 'utf8')).toBe(CSV);
    const invented = join(api.dir, 'elsewhere.csv');
    expect((await api.refusal('export.users', exportRequest(invented))).code).toBe('FILE_NOT_CHOSEN');
    expect(existsSync(invented)).toBe(false);

    // The dialog asked before it returned an existing file: the chosen target is replaced.
    api.answer(chosenToRead);
    await api.call('export.pickPath', { suggestedName: 'users.csv' });
    await api.call('export.users', exportRequest(chosenToRead));
    expect(readFileSync(chosenToRead, 'utf8')).toContain('ashok.kumar');
  });

  it('opens and creates sites only where chosen, in Roster’s own folder or from the recent sites', async () => {
    const api = await desktopApp();
    const outside = makeTempDir();
    try {
      const elsewhere = join(outside.path, 'customer.roster');
      const created = await api.refusal('site.create', { path: elsewhere, name: 'Customer', demo: false });
      expect(created).toMatchObject({ code: 'FILE_NOT_CHOSEN', message: 'file.notChosen.site' });
      expect(existsSync(elsewhere)).toBe(false);
      api.answer(elsewhere);
      await api.call('site.pickPath', { purpose: 'create' });
      await api.call('site.create', { path: elsewhere, name: 'Customer', demo: false });
      await api.call('site.close');
      // Recent now: opened again without a dialog, as from the recent-sites list or the native menu.
      await api.call('site.open', { path: elsewhere });

      const copy = join(outside.path, 'copy.roster');
      expect((await api.refusal('site.saveCopy', { path: copy })).message).toBe('file.notChosen.copy');
      expect(existsSync(copy)).toBe(false);
      api.answer(copy);
      await api.call('site.pickPath', { purpose: 'saveCopy' });
      await api.call('site.saveCopy', { path: copy });
      expect(existsSync(copy)).toBe(true);
      await api.call('site.close');
      const other = join(outside.path, 'other.roster');
      mkdirSync(join(outside.path, 'sub'));
      expect((await api.refusal('site.open', { path: other })).message).toBe('file.notChosen.site');
    } finally {
      outside.remove();
    }
  });

  it('opens a site the operating system was asked to open (a double-click), and only that one', async () => {
    const outside = makeTempDir();
    const source = await browserMode();
    try {
      const doubleClicked = join(outside.path, 'customer.roster');
      await source.call('site.saveCopy', { path: doubleClicked });
      let waiting: string | null = doubleClicked;
      const takeSiteToOpen = () => {
        const path = waiting;
        waiting = null;
        return path;
      };
      const api = await siteHarness({ platform: { mode: 'electron', takeSiteToOpen } });
      open.push(api);
      const sibling = join(outside.path, 'sibling.roster');
      await source.call('site.saveCopy', { path: sibling });
      expect((await api.refusal('site.open', { path: doubleClicked })).code).toBe('FILE_NOT_CHOSEN');
      expect(await api.call('app.takeSiteToOpen')).toEqual({ path: doubleClicked });
      expect(await api.call('app.takeSiteToOpen')).toEqual({ path: null });
      await api.call('site.open', { path: doubleClicked });
      expect((await api.refusal('site.open', { path: sibling })).code).toBe('FILE_NOT_CHOSEN');
    } finally {
      outside.remove();
    }
  });

  it('exports passwords and PINs only after main’s own confirmation, and records the file in the audit log', async () => {
    const declined = await desktopApp(false);
    const target = join(declined.dir, 'with-credentials.csv');
    declined.answer(target);
    await declined.call('export.pickPath', { suggestedName: 'x.csv' });
    const refusal = await declined.refusal('export.users', exportRequest(target, { includeCredentials: true }));
    expect(refusal).toMatchObject({ code: 'CANCELLED', message: 'export.error.credentialsDeclined' });
    expect(declined.confirmations).toEqual([{ file: 'with-credentials.csv', folder: declined.dir, users: 6, site: 'Demo site' }]);
    expect(existsSync(target)).toBe(false);
    const audit = await declined.call<{ rows: { action: string }[] }>('audit.list', {});
    expect(audit.rows.filter((row) => row.action === 'export')).toEqual([]);

    const agreed = await desktopApp(true);
    const file = join(agreed.dir, 'with-credentials.csv');
    agreed.answer(file);
    await agreed.call('export.pickPath', { suggestedName: 'x.csv' });
    await agreed.call('export.users', exportRequest(file, { includeCredentials: true }));
    expect(existsSync(file)).toBe(true);
    const entries = await agreed.call<{ rows: { action: string; entityLabel: string; changes: { field: string; after: unknown }[] }[] }>(
      'audit.list',
      {},
    );
    const exported = entries.rows.find((row) => row.action === 'export')!;
    expect(exported.entityLabel).toBe('with-credentials.csv');
    expect(exported.changes).toEqual(
      expect.arrayContaining([
        { field: 'exportFile', before: null, after: file },
        { field: 'exportCredentials', before: null, after: true },
      ]),
    );
  });
});
