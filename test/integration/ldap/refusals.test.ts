import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { english, translate } from '@shared/i18n';
import type { MessageKey } from '@shared/i18n';
import { connectPhotoDirectory, PhotoDirectoryFailure } from '../../../electron/services/ldap/photo-directory';
import { readNamingContexts } from '../../../electron/services/ldap/naming-contexts';
import { SAMBA_REFUSAL, startRefusalProxy } from '../../support/samba-refusal-proxy';
import type { RefusalProxy } from '../../support/samba-refusal-proxy';
import { slapdAvailable, startSilentListener, startSlapd } from '../../support/slapd';
import type { SilentListener, Slapd } from '../../support/slapd';
import { TEST_TIMEOUT_MS, adminSettings, photoSettings, runAuthTest, runPhotosTest, statuses, stepOf } from './ldap-fixtures';

const available = await slapdAvailable();

describe.skipIf(!available)('a directory that refuses anonymous search in its own words', () => {
  let slapd: Slapd;
  beforeAll(async () => {
    slapd = await startSlapd({ requireBind: true });
  });
  afterAll(async () => {
    await slapd?.stop();
  });

  test('the authentication test falls back to a direct bind by the result code, and shows what the server said', async () => {
    const anna = slapd.people[0]!;
    const report = await runAuthTest(adminSettings(slapd), anna.dn, anna.password);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped account:ok userBind:ok');
    const note = stepOf(report, 'account').notes.find((n) => n.key === 'ldap.note.anonymousRefused');
    expect(note?.params?.message).toBeTruthy();
  });

  test('a plain username cannot be looked up: the advice asks only for what the section has', async () => {
    const report = await runAuthTest(adminSettings(slapd), slapd.people[0]!.uid, slapd.people[0]!.password);
    const problem = stepOf(report, 'account').problem!;
    expect(problem.code).toBe('bindRequiredAdmin');
    expect(problem.serverMessage).toBeTruthy();
    const advice = translate(english, problem.advice.key as MessageKey, problem.advice.params);
    expect(advice).not.toMatch(/bind user/i);
  });

  test('the contact photos test without a bind user asks for one (its section has the field)', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { bindUser: '' }), '');
    expect(stepOf(report, 'search').problem?.code).toBe('bindRequired');
  });

  test('the naming contexts are read from the root entry all the same (it is open to anonymous reads)', async () => {
    const found = await readNamingContexts(adminSettings(slapd), new AbortController().signal, TEST_TIMEOUT_MS);
    if (found.problem) expect(found.problem.code).toBe('bindRequired');
    else expect(found.namingContexts).toEqual([slapd.baseDn]);
  });
});

describe.skipIf(!available)('Samba\'s wording of the same refusal: "00002020: Operation unavailable without authentication"', () => {
  let slapd: Slapd;
  let proxy: RefusalProxy;
  beforeAll(async () => {
    slapd = await startSlapd();
    proxy = await startRefusalProxy(slapd);
  });
  afterAll(async () => {
    await proxy?.stop();
    await slapd?.stop();
  });

  test("falls back to a direct bind like Active Directory's text does, and the server words are shown", async () => {
    const anna = slapd.people[0]!;
    const settings = adminSettings(slapd, { host: proxy.host, port: proxy.port });
    const report = await runAuthTest(settings, anna.dn, anna.password);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped account:ok userBind:ok');
    expect(stepOf(report, 'account').notes).toContainEqual({ key: 'ldap.note.anonymousRefused', params: { message: SAMBA_REFUSAL } });

    const plain = await runAuthTest(settings, anna.uid, anna.password);
    expect(stepOf(plain, 'account').problem).toMatchObject({ code: 'bindRequiredAdmin', serverMessage: SAMBA_REFUSAL });
  });
});

describe.skipIf(!available)('naming contexts and a silent server', () => {
  let slapd: Slapd;
  let silent: SilentListener;
  beforeAll(async () => {
    [slapd, silent] = await Promise.all([startSlapd(), startSilentListener()]);
  });
  afterAll(async () => {
    await Promise.all([slapd?.stop(), silent?.stop()]);
  });

  test('the root entry offers the naming contexts as base DNs, over LDAPS with the CA', async () => {
    const settings = { ...adminSettings(slapd), tls: 'ldaps' as const, port: slapd.ldapsPort, trust: { caPem: slapd.caPem, pinned: [] } };
    const found = await readNamingContexts(settings, new AbortController().signal, TEST_TIMEOUT_MS);
    expect(found.problem).toBeNull();
    expect(found.namingContexts).toEqual([slapd.baseDn]);
    expect(found.certificate?.trustedBy).toBe('ca');
  });

  test('an untrusted certificate stops the root entry read, explained as the test explains it', async () => {
    const found = await readNamingContexts(
      { ...adminSettings(slapd), tls: 'ldaps', port: slapd.ldapsPort },
      new AbortController().signal,
      TEST_TIMEOUT_MS,
    );
    expect(found.problem?.code).toBe('certUnknownIssuer');
  });

  test('photo sync on a silent server: the timeout is explained as the test explains it', async () => {
    const connection = {
      host: silent.host,
      port: silent.port,
      tls: 'none' as const,
      trust: { caPem: '', pinned: [] },
      bindUser: slapd.adminDn,
      password: 'x',
      timeoutMs: 400,
    };
    const failure = await connectPhotoDirectory(connection, new AbortController().signal).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PhotoDirectoryFailure);
    expect((failure as PhotoDirectoryFailure).problem.code).toBe('answerTimeoutPlain');
    const report = await runPhotosTest(photoSettings(slapd, { host: silent.host, port: silent.port }), 'x');
    expect(stepOf(report, 'bind').problem?.code).toBe('answerTimeoutPlain');
  });

  test('cancelling the photo sync closes its connection to a silent server at once', async () => {
    const before = silent.accepted;
    const connection = {
      host: silent.host,
      port: silent.port,
      tls: 'none' as const,
      trust: { caPem: '', pinned: [] },
      bindUser: slapd.adminDn,
      password: 'x',
      timeoutMs: 30_000,
    };
    const controller = new AbortController();
    const connecting = connectPhotoDirectory(connection, controller.signal).catch((error: unknown) => error);
    await expect.poll(() => silent.accepted).toBe(before + 1);
    controller.abort();
    const failure = await connecting;
    expect((failure as PhotoDirectoryFailure).problem.code).toBe('cancelled');
    await expect.poll(() => silent.open, { timeout: 1000 }).toBe(0);
  });
});
