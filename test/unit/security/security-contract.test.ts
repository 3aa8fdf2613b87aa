import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecuritySettings } from '@shared/rules/security-rules';
import type { SecurityState } from '@shared/channels/security';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import type { SiteInfo, User, UserDraft, UserRow } from '@shared/index';
import type { SecretServer } from '@shared/rules/secret-endpoint';
import type { ContractError } from '@shared/result';
import { recallCredentials, rememberCredentials } from '../../../electron/services/secrets/credential-memory';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { createSite, siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

let api: SiteHarness;
let keyStore: MemoryKeyStore;

beforeEach(async () => {
  keyStore = new MemoryKeyStore();
  api = await siteHarness({ keyStore });
});
afterEach(() => api.close());

const refusal = (channel: string, input: unknown): Promise<ContractError> => api.refusal(channel, input);

/** The server the administrator LDAP test dialog is about to test. */
const server: SecretServer = { host: 'dc1.customer-a.example', port: 389, tls: 'startTls', trust: { caPem: '', pinned: [] } };
const recall = (on: SecretServer = server) => api.call('security.recallCredentials', { purpose: 'ldap.adminAuth', server: on });

const saveSettings = (changes: Partial<SecuritySettings>) =>
  api.call<SecurityState>('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, ...changes } });

async function userByName(username: string): Promise<User> {
  const { rows } = await api.call<{ rows: UserRow[] }>('users.list', { text: username });
  return api.call<User>('users.get', { id: rows.find((r) => r.username === username)!.id });
}

/** Saves an existing user with a new password and/or PIN. */
async function setSecrets(username: string, secrets: { password?: string; pin?: string }): Promise<{ ok: boolean; error?: ContractError }> {
  const {
    id,
    password: _p,
    pin: _n,
    lockedUntil: _l,
    failedAttempts: _f,
    passwordSetAt: _ps,
    passwordExpired: _pe,
    pinSetAt: _ns,
    pinExpired: _ne,
    source: _s,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    ...fields
  } = await userByName(username);
  const draft: UserDraft = {
    ...fields,
    id,
    password: secrets.password === undefined ? { action: 'keep' } : { action: 'set', value: secrets.password, confirmation: secrets.password },
    pin: secrets.pin === undefined ? { action: 'keep' } : { action: 'set', value: secrets.pin, confirmation: secrets.pin },
  };
  const result = await api.dispatch('users.save', { draft });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

const auditActions = () => dbRows('SELECT entity, entity_label AS label, action, changes FROM audit_log ORDER BY id');
let dbRows: (sql: string) => { entity: string; label: string; action: string; changes: string }[];

describe('security settings and the secret policy through the contract', () => {
  beforeEach(async () => {
    // The audit log is read straight from the file: what an auditor would find there.
    const Database = (await import('better-sqlite3')).default;
    dbRows = (sql) => {
      const db = new Database(api.sitePath, { readonly: true });
      try {
        return db.prepare(sql).all() as ReturnType<typeof dbRows>;
      } finally {
        db.close();
      }
    };
  });

  it('starts with no rule in force and refuses invalid settings at their fields', async () => {
    const state = await api.call<SecurityState>('security.get');
    expect(state).toEqual({ settings: DEFAULT_SECURITY_SETTINGS, nonCompliant: [] });
    const error = await refusal('security.save', {
      settings: { ...DEFAULT_SECURITY_SETTINGS, ssoUrl: 'http://sso.example.com', passwordExpiryDays: 0, lockoutMinutes: null },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['settings', 'ssoUrl'], message: 'rule.url.https' }),
        expect.objectContaining({ path: ['settings', 'passwordExpiryDays'], message: 'security.rule.days' }),
      ]),
    );
  });

  it('refuses PIN 1234 with POLICY at the field while secure PINs are on, and accepts a secure PIN', async () => {
    expect((await setSecrets('hans.meier', { pin: '1234' })).ok).toBe(true);
    await saveSettings({ securePins: true });
    const refused = await setSecrets('fred.bloggs', { pin: '1234' });
    expect(refused.error).toMatchObject({ code: 'POLICY', issues: [{ path: ['pin', 'value'], message: 'policy.pin.run' }] });
    expect((await userByName('fred.bloggs')).pin.set).toBe(false);
    expect((await setSecrets('fred.bloggs', { pin: '7391' })).ok).toBe(true);
    expect((await userByName('fred.bloggs')).pin.set).toBe(true);
  });

  it('refuses a password containing the username, and a weak initial password of the defaults', async () => {
    await saveSettings({ securePasswords: true });
    const refused = await setSecrets('hans.meier', { password: 'xHANS.MEIER-1' });
    expect(refused.error).toMatchObject({ code: 'POLICY', issues: [{ path: ['password', 'value'], message: 'policy.password.username' }] });
    const defaults = await api.call<Record<string, unknown>>('defaults.get');
    const { initialPassword: _i, pin: _p, ...fields } = defaults;
    const error = await refusal('defaults.save', {
      draft: { ...fields, initialPassword: { action: 'set', value: 'welcome', confirmation: 'welcome' }, pin: { action: 'keep' } },
    });
    expect(error).toMatchObject({ code: 'POLICY', issues: [{ path: ['initialPassword', 'value'], message: 'policy.password.length' }] });
  });

  it('lists who no longer complies when a rule is turned on, from the stored facts', async () => {
    await setSecrets('hans.meier', { pin: '3885', password: 'password' });
    await setSecrets('fred.bloggs', { pin: '7391', password: 'Str0ng!pass' });
    const state = await saveSettings({ securePins: true, securePasswords: true });
    expect(state.nonCompliant.map(({ username, secret, rule }) => ({ username, secret, rule }))).toEqual([
      { username: 'hans.meier', secret: 'password', rule: 'upper' },
      { username: 'hans.meier', secret: 'pin', rule: 'sameNeighbour' },
    ]);
    expect(
      auditActions()
        .filter((e) => e.entity === 'settings')
        .map((e) => [e.label, e.action]),
    ).toEqual([['security', 'update']]);
  });

  it('refuses "expire all" without expiry days, and expires every password once they are set', async () => {
    await setSecrets('hans.meier', { password: 'Str0ng!pass' });
    await setSecrets('fred.bloggs', { password: 'Str0ng!pass' });
    const error = await refusal('security.expireAll', { secret: 'password' });
    expect(error).toMatchObject({ code: 'POLICY', message: 'security.expireAll.needsDays' });
    expect((await api.call<{ rows: UserRow[] }>('users.list', { state: 'passwordExpired' })).rows).toEqual([]);

    await saveSettings({ passwordExpiryDays: 90 });
    expect(await api.call('security.expireAll', { secret: 'password' })).toEqual({ count: 2 });
    const expired = await api.call<{ rows: UserRow[] }>('users.list', { state: 'passwordExpired' });
    expect(expired.rows.map((r) => r.username)).toEqual(['fred.bloggs', 'hans.meier']);
    expect((await userByName('hans.meier')).passwordExpired).toBe(true);
    expect(auditActions().at(-1)).toMatchObject({ entity: 'settings', action: 'expireAllPasswords' });
    expect((await refusal('security.expireAll', { secret: 'pin' })).message).toBe('security.expireAll.needsPinDays');
  });

  it('counts a password older than the expiry days as expired in the list filter', async () => {
    await setSecrets('hans.meier', { password: 'Str0ng!pass' });
    await saveSettings({ passwordExpiryDays: 30 });
    expect((await api.call<{ rows: UserRow[] }>('users.list', { state: 'passwordExpired' })).rows).toEqual([]);
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(api.sitePath);
    db.prepare("UPDATE users SET password_set_at = '2020-01-01T00:00:00.000Z' WHERE username = 'hans.meier'").run();
    db.close();
    expect((await api.call<{ rows: UserRow[] }>('users.list', { state: 'passwordExpired' })).rows.map((r) => r.username)).toEqual(['hans.meier']);
  });

  it('unlocks, resets failed attempts and expires one user, each with an audit entry', async () => {
    await setSecrets('hans.meier', { pin: '7391' });
    const { id } = await userByName('hans.meier');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(api.sitePath);
    db.prepare("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z', failed_attempts = 5 WHERE id = ?").run(id);
    db.close();
    expect((await api.call<{ rows: UserRow[] }>('users.list', { state: 'locked' })).rows.map((r) => r.username)).toEqual(['hans.meier']);

    const unlocked = await api.call<User>('security.unlockUser', { id });
    expect(unlocked).toMatchObject({ lockedUntil: null, failedAttempts: 0 });
    expect((await api.call<{ rows: UserRow[] }>('users.list', { state: 'locked' })).rows).toEqual([]);
    const pinExpired = await api.call<User>('security.expireUserSecret', { id, secret: 'pin' });
    expect(pinExpired.pinExpired).toBe(true);
    expect((await refusal('security.expireUserSecret', { id, secret: 'password' })).message).toBe('account.noPassword');
    expect(
      auditActions()
        .filter((e) => e.label === 'hans.meier')
        .map((e) => e.action),
    ).toEqual(expect.arrayContaining(['unlock', 'expirePin']));
  });

  it('turning "remember credentials" off deletes the ones remembered on this site from the keychain', async () => {
    const siteA = (await api.call<SiteInfo>('site.current')).id;
    await saveSettings({ rememberCredentials: true });
    rememberCredentials(keyStore, { siteId: siteA, purpose: 'ldap.adminAuth', server }, { username: 'tech', password: 's3cret' });
    // Another site's entry, which this site's "forget all" must leave alone.
    const elsewhere = { siteId: 'another-site-id', purpose: 'ldap.adminAuth', server };
    rememberCredentials(keyStore, elsewhere, { username: 'other', password: 'other-s3cret' });
    expect(await recall()).toEqual({ username: 'tech', passwordRemembered: true });
    await saveSettings({ rememberCredentials: false });
    expect(recallCredentials(keyStore, { siteId: siteA, purpose: 'ldap.adminAuth', server })).toBeNull();
    expect(await recall()).toBeNull();
    expect(recallCredentials(keyStore, elsewhere)).toEqual({ username: 'other', password: 'other-s3cret' });
  });

  it('offers nothing remembered on another site, or for another server, and checks what the dialog sends', async () => {
    const siteA = (await api.call<SiteInfo>('site.current')).id;
    await saveSettings({ rememberCredentials: true });
    rememberCredentials(keyStore, { siteId: siteA, purpose: 'ldap.adminAuth', server }, { username: 'tech', password: 's3cret' });
    expect(await recall({ ...server, host: 'DC1.CUSTOMER-A.example' })).toEqual({ username: 'tech', passwordRemembered: true });
    expect(await recall({ ...server, host: 'dc1.customer-b.example' })).toBeNull();
    expect(await recall({ ...server, tls: 'none' })).toBeNull();

    await createSite(api, { file: 'customer-b.roster', name: 'Customer B', demo: false });
    await saveSettings({ rememberCredentials: true });
    expect(await recall()).toBeNull();

    const error = await refusal('security.recallCredentials', { purpose: 'ldap.adminAuth', server: { ...server, host: 'not a host', port: 0 } });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path.join('.'))).toEqual(['server.host', 'server.port']);
    expect((await refusal('security.recallCredentials', { purpose: 'ldap.adminAuth' })).code).toBe('VALIDATION');
  });
});
