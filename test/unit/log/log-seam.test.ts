import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import type { Handlers } from '../../../electron/api/dispatch';
import { createDispatch } from '../../../electron/api/dispatch';
import { describeError } from '../../../electron/services/log/error-cause';
import { log, setLogSink } from '../../../electron/services/log/log';
import type { LogRecord } from '../../../electron/services/log/log';
import { LOG_FILE_NAME, LOG_KEPT_FILES, LOG_MAX_BYTES, openLogFile } from '../../../electron/services/log/log-file';
import { osLogFolder } from '../../../electron/services/log/log-folder';
import { readLogTail } from '../../../electron/services/log/log-tail';
import { REDACTED, redact } from '../../../electron/services/log/redact';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('roster-log-');

/** Lines go to an array for the test, and nowhere after it. */
function captured(): LogRecord[] {
  const records: LogRecord[] = [];
  setLogSink((record) => records.push(record));
  return records;
}
afterEach(() => setLogSink(null));

describe('the log folder', () => {
  const home = '/home/ada';
  it("is the operating system's folder for an application's logs", () => {
    expect(osLogFolder('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Logs/Roster');
    expect(osLogFolder('win32', { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, home)).toBe(
      join('C:\\Users\\ada\\AppData\\Local', 'Roster', 'logs'),
    );
    expect(osLogFolder('linux', {}, home)).toBe('/home/ada/.local/state/roster/logs');
    expect(osLogFolder('linux', { XDG_STATE_HOME: '/var/state/ada' }, home)).toBe('/var/state/ada/roster/logs');
  });
  it('is ROSTER_LOG_DIR where that is set', () => {
    expect(osLogFolder('linux', { ROSTER_LOG_DIR: '/tmp/roster-logs' }, home)).toBe('/tmp/roster-logs');
  });
});

describe('redaction, the second line of defence', () => {
  it('replaces the value of every secret-looking key, however deep, and keeps counts and codes', () => {
    const fields = {
      code: 'IO',
      rows: 3,
      password: 'Hunter2!',
      draft: { pin: '4711', initialPassword: { value: 'Welcome-9' }, bindPassword: 'Bind-Secret', axlPassword: 'Axl-Secret' },
      sessionId: 'abc',
      token: 'tok',
      list: [{ clientSecret: 's' }],
      key: 'base64key',
    };
    const safe = redact(fields);
    expect(safe).toEqual({
      code: 'IO',
      rows: 3,
      password: REDACTED,
      draft: { pin: REDACTED, initialPassword: REDACTED, bindPassword: REDACTED, axlPassword: REDACTED },
      sessionId: REDACTED,
      token: REDACTED,
      list: [{ clientSecret: REDACTED }],
      key: REDACTED,
    });
  });

  it('applies to every line the seam writes', () => {
    const records = captured();
    log.info('user.saved', { userId: 7, pin: '4711' });
    expect(records).toEqual([{ level: 'info', event: 'user.saved', fields: { userId: 7, pin: REDACTED } }]);
  });
});

describe('errors keep their cause', () => {
  it('records errno, syscall and the chain of causes', () => {
    const errno = Object.assign(new Error("EACCES: permission denied, open '/srv/site.roster'"), { code: 'EACCES', errno: -13, syscall: 'open' });
    const refusal = new RosterError('IO', 'error.site.unwritable', { path: '/srv/site.roster' }).causedBy(errno);
    const described = describeError(refusal);
    expect(described).toMatchObject({
      name: 'RosterError',
      message: 'IO: error.site.unwritable',
      cause: { code: 'EACCES', errno: -13, syscall: 'open' },
    });
    expect(described.cause?.message).toContain('permission denied');
  });

  it('never sends the cause across the contract', () => {
    const refusal = new RosterError('IO', 'error.site.unwritable', { path: '/x' }).causedBy(new Error('EACCES'));
    expect(refusal.toContractError()).toEqual({ code: 'IO', message: 'error.site.unwritable', params: { path: '/x' } });
  });
});

describe('operations', () => {
  it('log one line at the start and one at the end with the counts and the time taken', () => {
    const records = captured();
    const operation = log.operation('import.run', { file: 'people.csv' });
    operation.end({ created: 2 });
    expect(records.map((r) => r.event)).toEqual(['import.run.start', 'import.run.end']);
    expect(records[1]!.fields).toMatchObject({ file: 'people.csv', created: 2, ms: expect.any(Number) });
  });

  it('log a failure with its code', () => {
    const records = captured();
    log.operation('site.open').fail(new RosterError('IO', 'error.site.damaged'));
    expect(records[1]).toMatchObject({ level: 'warn', event: 'site.open.failed', fields: { code: 'IO' } });
  });
});

describe('the dispatch', () => {
  const handlers = {
    'app.info': () => {
      throw new Error('boom');
    },
    'prefs.get': () => {
      throw new RosterError('IO', 'error.site.unwritable', { path: '/srv/a.roster' }).causedBy(Object.assign(new Error('EROFS'), { code: 'EROFS' }));
    },
  } as unknown as Handlers;

  it('logs a refusal with its channel, code, message key and cause, and an unexpected error with its stack', async () => {
    const records = captured();
    const dispatch = createDispatch(handlers);
    expect(await dispatch('prefs.get', {})).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(await dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(records[0]).toMatchObject({
      level: 'warn',
      event: 'contract.refused',
      fields: { channel: 'prefs.get', code: 'IO', message: 'error.site.unwritable', cause: { code: 'EROFS' } },
    });
    expect(records[1]).toMatchObject({ level: 'error', event: 'contract.failed', fields: { channel: 'app.info', error: { message: 'boom' } } });
    expect((records[1]!.fields.error as { stack: string }).stack).toContain('log-seam.test.ts');
  });

  it('logs a refused input by the paths and rules of its issues, never its values', async () => {
    const records = captured();
    const dispatch = createDispatch(handlers);
    await dispatch('prefs.setColorScheme', { colorScheme: 'Hunter2-secret' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      event: 'contract.refused',
      fields: { channel: 'prefs.setColorScheme', code: 'VALIDATION', issues: [{ path: 'colorScheme' }] },
    });
    expect(JSON.stringify(records)).not.toContain('Hunter2');
  });
});

describe('the log file', () => {
  it('is roster.log in the folder given, one line per record, rotated by size at 5 MB keeping three old files', () => {
    expect(LOG_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(LOG_KEPT_FILES).toBe(3);
    const folder = tempDir();
    const path = openLogFile({ folder, maxBytes: 2000 });
    expect(path).toBe(join(folder, LOG_FILE_NAME));
    for (let i = 0; i < 200; i++) log.info('bulk.apply.end', { i, changed: 12 });
    const current = readFileSync(path, 'utf8');
    expect(current).toMatch(/^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] \[info\] +bulk\.apply\.end \{"i":\d+,"changed":12\}$/m);
    for (let n = 1; n <= LOG_KEPT_FILES; n++) expect(existsSync(join(folder, `roster.${n}.log`))).toBe(true);
    expect(existsSync(join(folder, `roster.${LOG_KEPT_FILES + 1}.log`))).toBe(false);
    // The newest line is in the current file, and the tail reads it.
    expect(readLogTail(path, 1)[0]).toContain('"i":199');
  });

  it('is read from its end for its last lines, a partial first line dropped', () => {
    const path = join(tempDir(), 'roster.log');
    expect(readLogTail(path, 5)).toEqual([]);
    writeFileSync(path, Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n') + '\n');
    expect(readLogTail(path, 3)).toEqual(['line 7', 'line 8', 'line 9']);
  });
});
