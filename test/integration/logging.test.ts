import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostics } from '@shared/channels/app';
import type { ImportSummary } from '@shared/channels/import';
import type { BulkResult } from '@shared/channels/bulk';
import type { LdapTestReport } from '@shared/channels/ldap';
import type { CucmTestReport } from '@shared/channels/cucm';
import { ADMIN_LDAP_DEFAULTS, CONTACT_PHOTOS_DEFAULTS } from '@shared/rules/ldap-rules';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import { setLogSink } from '../../electron/services/log/log';
import { openLogFile } from '../../electron/services/log/log-file';
import { siteHarness } from '../support/contract-harness';
import type { SiteHarness } from '../support/contract-harness';

// Secrets planted through every way the contract takes one, operations run (some failing), then the log
// file is read as a support engineer would: every operation and refusal is there with its cause, no secret.

const SECRETS = {
  userPassword: 'Usr-Pa55word-Xq81!',
  userPin: '739164',
  defaultsPassword: 'Dflt-Pa55word-Kz27!',
  bindPassword: 'Bind-Secret-Lm93!',
  axlPassword: 'Axl-Secret-Rt46!',
  ldapTestPassword: 'Ldap-Test-Secret-Vb52!',
  axlTestPassword: 'Axl-Test-Secret-Hn18!',
  importPassword: 'Imp-Pa55word-Wd64!',
  importPin: '582047',
  refusedPassword: 'Refused-Pa55word-Qy09!',
  // A value hand-edited into a stored settings section: the log says which field was reset, not what it held.
  settingsValue: 'Hand-Edited-Settings-Value-Jc35',
};

let api: SiteHarness;
let logFile: string;
let logText: string;
/** Every line of the log as [event, fields]. */
let lines: { level: string; event: string; fields: Record<string, unknown> }[];

/** A port on 127.0.0.1 where nothing listens: a connection test fails there at once. */
const CLOSED_PORT = 1;

beforeAll(async () => {
  api = await siteHarness({ file: 'logged.roster', name: 'Logged site' });
  logFile = openLogFile({ folder: join(api.dir, 'logs') });

  // The open site, closed and opened again, so its open is logged too; in between, a settings section is
  // damaged by hand, so the open resets one of its fields.
  await api.call('site.close');
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(api.sitePath);
  const security = { ...DEFAULT_SECURITY_SETTINGS, ssoUrl: `http://${SECRETS.settingsValue}.example` };
  db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json').run(
    'security',
    JSON.stringify(security),
  );
  db.close();
  await api.call('site.open', { path: api.sitePath });

  // A user with a password and a PIN, the defaults' initial password.
  const draft = await api.call<Record<string, unknown>>('users.newDraft');
  const user = await api.call<{ id: number }>('users.save', {
    draft: {
      ...draft,
      username: 'grace.hopper',
      firstName: 'Grace',
      lastName: 'Hopper',
      password: { action: 'set', value: SECRETS.userPassword, confirmation: SECRETS.userPassword },
      pin: { action: 'set', value: SECRETS.userPin, confirmation: SECRETS.userPin },
    },
  });
  const defaults = await api.call<Record<string, unknown>>('defaults.get');
  const { initialPassword: _p, pin: _n, ...fields } = defaults;
  await api.call('defaults.save', {
    draft: {
      ...fields,
      initialPassword: { action: 'set', value: SECRETS.defaultsPassword, confirmation: SECRETS.defaultsPassword },
      pin: { action: 'keep' },
    },
  });
  // A refused save that carries a password: the log keeps the issues' paths only.
  await api.refusal('users.save', {
    draft: { ...draft, username: '', password: { action: 'set', value: SECRETS.refusedPassword, confirmation: 'different' } },
  });

  // The LDAP bind password and the AXL password, stored.
  const contactPhotos = {
    ...CONTACT_PHOTOS_DEFAULTS,
    enabled: true,
    host: '127.0.0.1',
    port: CLOSED_PORT,
    baseDn: 'DC=example,DC=test',
    bindUser: 'CN=roster,DC=example,DC=test',
    timeoutSeconds: 1,
  };
  await api.call('ldap.save', {
    draft: { contactPhotos, bindPassword: { action: 'set', value: SECRETS.bindPassword }, adminLdap: ADMIN_LDAP_DEFAULTS },
  });
  const cucm = { ...CUCM_DEFAULTS, host: '127.0.0.1', port: CLOSED_PORT, axlUser: 'axl-admin', timeoutSeconds: 1 };
  await api.call('cucm.save', { draft: { settings: cucm, password: { action: 'set', value: SECRETS.axlPassword } } });

  // Failing connection tests with passwords typed in.
  const ldapReport = await api.call<LdapTestReport>('ldap.testContactPhotos', {
    testId: 'log-ldap-1',
    settings: contactPhotos,
    bindPassword: { action: 'set', value: SECRETS.ldapTestPassword },
  });
  expect(ldapReport.ok).toBe(false);
  const cucmReport = await api.call<CucmTestReport>('cucm.testConnection', {
    testId: 'log-cucm-1',
    settings: cucm,
    password: { action: 'set', value: SECRETS.axlTestPassword },
  });
  expect(cucmReport.ok).toBe(false);
  // A photo sync and a CUCM preview against servers that are not there.
  await api.call('photos.sync', { match: {} });
  await api.dispatch('cucm.preview', { settings: await api.call<{ settings: unknown }>('cucm.importSettings').then((view) => view.settings) });

  // An import with passwords and PINs, previewed, run and undone (in the import worker).
  const csv = join(api.dir, 'people.csv');
  writeFileSync(csv, `username,firstName,lastName,password,pin\r\nada.lovelace,Ada,Lovelace,${SECRETS.importPassword},${SECRETS.importPin}\r\n`);
  const options = {
    reading: { path: csv },
    mapping: ['username', 'firstName', 'lastName', 'password', 'pin'],
    duplicates: { match: ['username'], action: 'skip' },
    includeCredentials: true,
  };
  await api.call('import.preview', options);
  const summary = await api.call<ImportSummary>('import.run', options);
  await api.call('import.undo', { id: summary.record.id });
  // A file that is not there: refused with the errno kept.
  await api.refusal('import.inspect', { path: join(api.dir, 'missing.csv') });

  // A bulk change and its undo.
  const bulk = await api.call<BulkResult>('bulk.apply', { ids: [user.id], change: { action: 'disable' } });
  await api.call('bulk.undo', { id: bulk.change!.id });

  // An export with the credentials, and one into a folder that does not exist (an errno).
  await api.call('export.users', {
    ids: null,
    layout: 'callisto',
    bom: true,
    includeCredentials: true,
    path: join(api.dir, 'with-credentials.csv'),
    overwrite: false,
  });
  expect(readFileSync(join(api.dir, 'with-credentials.csv'), 'utf8')).toContain(SECRETS.userPin);
  await api.refusal('export.users', {
    ids: null,
    layout: 'callisto',
    bom: true,
    includeCredentials: false,
    path: join(api.dir, 'no-such-folder', 'out.csv'),
    overwrite: false,
  });
  // A site "file" that is a folder: the read fails with an errno.
  mkdirSync(join(api.dir, 'folder.roster'));
  await api.refusal('site.open', { path: join(api.dir, 'folder.roster') });

  // A copy, a key reset, a file that is not a site, and the close.
  await api.call('site.saveCopy', { path: join(api.dir, 'copy.roster') });
  await api.call('site.resetKey', { confirm: true });
  mkdirSync(join(api.dir, 'junk'), { recursive: true });
  writeFileSync(join(api.dir, 'junk', 'not-a-site.roster'), 'hello');
  await api.refusal('site.open', { path: join(api.dir, 'junk', 'not-a-site.roster') });
  await api.call('site.close');

  logText = readFileSync(logFile, 'utf8');
  lines = logText
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^\[[^\]]+\] \[(\w+)\] +(\S+)(?: (.*))?$/.exec(line);
      if (!match) throw new Error(`not a log line: ${line}`);
      return { level: match[1]!, event: match[2]!, fields: match[3] ? (JSON.parse(match[3]) as Record<string, unknown>) : {} };
    });
}, 120_000);

afterAll(() => {
  setLogSink(null);
  api?.close();
});

const line = (event: string, fields: Record<string, unknown> = {}) =>
  lines.find((l) => l.event === event && Object.entries(fields).every(([k, v]) => JSON.stringify(l.fields[k]) === JSON.stringify(v)));

describe('the log of a workstation', () => {
  it('holds no secret that went through the contract, nor a copy of one in a rotated file', () => {
    const all = readdirSync(join(api.dir, 'logs'))
      .map((name) => readFileSync(join(api.dir, 'logs', name), 'utf8'))
      .join('\n');
    expect(all).toBe(logText);
    for (const [name, secret] of Object.entries(SECRETS)) expect(all.includes(secret), `${name} is in the log`).toBe(false);
  });

  it.each([
    ['site.open', { users: 6 }],
    ['site.saveCopy', { file: 'copy.roster' }],
    ['site.resetKey', {}],
    ['site.close', {}],
    ['import.preview', { rows: 1, create: 1 }],
    ['import.run', { created: 1, source: 'csv' }],
    ['import.undo', {}],
    ['bulk.apply', { action: 'disable', changed: 1 }],
    ['bulk.undo', { restored: 1 }],
    ['export.users', { rows: 7, includeCredentials: true }],
    ['ldap.testContactPhotos', { ok: false }],
    ['cucm.testConnection', { ok: false }],
  ])('has the start and the end of %s with its counts and duration', (operation, counts) => {
    expect(line(`${operation}.start`)).toBeDefined();
    const end = line(`${operation}.end`, counts);
    expect(end, JSON.stringify(lines.filter((l) => l.event.startsWith(operation)))).toBeDefined();
    expect(end!.fields.ms).toEqual(expect.any(Number));
  });

  it('has the import worker’s own lines, posted to main', () => {
    expect(line('worker.preview.end')).toBeDefined();
    expect(line('worker.run.end')).toBeDefined();
  });

  it('has every refusal with its code, message key and cause', () => {
    expect(line('contract.refused', { channel: 'users.save', code: 'VALIDATION' })!.fields.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'draft.username' })]),
    );
    const missing = line('contract.refused', { channel: 'import.inspect', code: 'IO', message: 'import.file.notFound' })!;
    expect(missing.fields.cause).toMatchObject({ code: 'ENOENT', syscall: 'stat' });
    expect(line('contract.refused', { channel: 'export.users', code: 'IO', message: 'export.error.noFolder' })).toBeDefined();
    const unreadable = line('contract.refused', { channel: 'site.open', code: 'IO', message: 'error.site.unreadable' })!;
    expect(unreadable.fields.cause).toMatchObject({ code: 'EISDIR', syscall: 'read' });
    expect(line('contract.refused', { channel: 'site.open', code: 'IO', message: 'error.site.notSqlite' })).toBeDefined();
    expect(line('site.open.failed', { code: 'IO' })).toBeDefined();
    expect(lines.some((l) => l.event === 'photos.sync.end' || l.event === 'photos.sync.failed')).toBe(true);
    expect(lines.some((l) => l.event === 'cucm.preview.failed')).toBe(true);
  });

  it('keeps the network error behind a failed CUCM preview and photo sync', () => {
    expect(line('contract.refused', { channel: 'cucm.preview', code: 'CUCM_UNREACHABLE' })!.fields.cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(line('photos.sync.directoryFailed')!.fields.error).toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('has a settings field reset as the site opened: section, field and rule, not the value', () => {
    expect(line('settings.fieldReset', { section: 'security', field: 'ssoUrl' })!.fields.reason).toContain('rule.url.https');
  });

  it('answers the diagnostics channel with versions, the log file and its last lines, and no secret', async () => {
    const { text, logFile: file } = await api.call<Diagnostics>('app.diagnostics');
    expect(file).toBe(logFile);
    expect(text).toContain('Roster 0.0.0-test (browser)');
    expect(text).toContain(`Log file: ${logFile}`);
    expect(text).toContain('Keychain: memory');
    expect(text).toContain('import.run.end');
    for (const secret of Object.values(SECRETS)) expect(text.includes(secret)).toBe(false);
  });

  it('refuses to show the log file in browser mode, where no file manager can be opened', async () => {
    expect(await api.refusal('app.showLog', {})).toMatchObject({ code: 'UNSUPPORTED' });
  });
});
