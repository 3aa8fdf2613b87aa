import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '@shared/channels/app';
import type { Preferences } from '@shared/channels/prefs';
import type { SiteInfo, UserGroup } from '@shared/index';
import type { ContractError } from '@shared/result';
import { createHarness, tempHarness } from '../../support/contract-harness';
import type { TempHarness } from '../../support/contract-harness';

let api: TempHarness;

beforeEach(() => {
  api = tempHarness();
});
afterEach(() => api.close());

const refusal = (channel: string, input: unknown): Promise<ContractError> => api.refusal(channel, input);

describe('site, groups, defaults and pool through the contract', () => {
  it('refuses site channels before a site is open, and reports the app', async () => {
    expect(await api.call('site.current')).toBeNull();
    expect((await refusal('users.list', {})).code).toBe('NO_SITE');
    expect((await refusal('groups.list', {})).code).toBe('NO_SITE');
    expect((await refusal('site.pickPath', { purpose: 'open' })).code).toBe('UNSUPPORTED');
    const info = await api.call<AppInfo>('app.info');
    expect(info).toMatchObject({ mode: 'browser', keychain: 'memory', platform: process.platform, sitesFolder: api.dir });
  });

  it('creates, closes, reopens and copies a site, remembering it and announcing each change', async () => {
    const path = join(api.dir, 'acme.roster');
    const created = await api.call<SiteInfo>('site.create', { path, name: 'ACME', demo: false });
    expect(created).toMatchObject({ name: 'ACME', userCount: 0, keyAvailable: true, unreadableSecrets: [] });
    expect((await refusal('site.create', { path, name: 'Again', demo: false })).code).toBe('CONFLICT');
    expect((await refusal('site.saveCopy', { path })).code).toBe('CONFLICT');
    const copy = join(api.dir, 'copy.roster');
    expect(await api.call('site.saveCopy', { path: copy })).toEqual({ path: copy });
    expect(existsSync(copy)).toBe(true);
    await api.call('site.close');
    expect(api.events.map((e) => (e.payload as { site: SiteInfo | null }).site?.name ?? null)).toEqual(['ACME', null]);
    const reopened = await api.call<SiteInfo>('site.open', { path: copy });
    // A copy is a site of its own: its own id, its own key.
    expect(reopened.id).not.toBe(created.id);
    expect(reopened.keyAvailable).toBe(true);
    const prefs = await api.call<Preferences>('prefs.get');
    expect(prefs.recentSites.map((s) => s.path)).toEqual([copy, path]);
    expect((await api.call<Preferences>('site.forgetRecent', { path })).recentSites).toHaveLength(1);
    expect((await api.call<Preferences>('prefs.setColorScheme', { colorScheme: 'dark' })).colorScheme).toBe('dark');
  });

  it('refuses a group name that exists, at the name, and a referenced group delete with a clear message', async () => {
    await api.call('site.create', { path: join(api.dir, 'demo.roster'), name: 'x', demo: true });
    const error = await refusal('groups.save', { draft: { id: null, name: 'night SHIFT', description: '' } });
    expect(error).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['name'], message: 'rule.group.name.taken' }] });
    const groups = await api.call<UserGroup[]>('groups.list');
    const management = groups.find((g) => g.name === 'Management')!;
    expect(await refusal('groups.delete', { id: management.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'error.group.referenced',
      params: { group: 'Management', count: 1, usernames: 'fred.bloggs' },
    });
    const created = await api.call<UserGroup>('groups.save', { draft: { id: null, name: 'Sales', description: 'Field sales' } });
    expect(created).toMatchObject({ name: 'Sales', memberCount: 0, permissionReferences: 0 });
    const renamed = await api.call<UserGroup>('groups.save', { draft: { id: created.id, name: 'Sales team', description: '' } });
    expect(renamed.id).toBe(created.id);
    expect(await api.call('groups.delete', { id: created.id })).toEqual({ removedMemberships: 0 });
  });

  it('keeps default secrets out of every answer and serves the pool with its next free number', async () => {
    await api.call('site.create', { path: join(api.dir, 'demo.roster'), name: 'x', demo: true });
    const defaults = await api.call<Record<string, unknown>>('defaults.get');
    const { initialPassword: _p, pin: _n, ...fields } = defaults;
    const saved = await api.call('defaults.save', {
      draft: {
        ...fields,
        initialPassword: { action: 'set', value: 'Welcome-9', confirmation: 'Welcome-9' },
        pin: { action: 'set', value: '4711', confirmation: '4711' },
      },
    });
    expect(JSON.stringify(saved)).not.toContain('Welcome-9');
    expect(saved).toMatchObject({ initialPassword: { set: true, unreadable: false }, pin: { set: true, unreadable: false } });
    const draft = await api.call<Record<string, unknown>>('users.newDraft');
    expect(draft).toMatchObject({ number: '1000', password: { action: 'keep' }, pin: { action: 'keep' } });
    expect(JSON.stringify(draft)).not.toContain('4711');
    expect(await api.call('pool.save', { draft: { ranges: [{ first: 1005, last: 1006 }], numberBelongsToOneUser: true } })).toEqual({
      ranges: [{ first: 1005, last: 1006 }],
      nextFree: '1006',
      numberBelongsToOneUser: true,
      sharingUsers: 0,
    });
    const overlapping = await refusal('pool.save', {
      draft: {
        ranges: [
          { first: 10, last: 20 },
          { first: 15, last: 30 },
        ],
        numberBelongsToOneUser: true,
      },
    });
    expect(overlapping).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['draft', 'ranges', 1, 'first'], message: 'rule.pool.overlap' }] });
    // The rule is a yes or no: anything else is refused at the field.
    const rule = await refusal('pool.save', { draft: { ranges: [], numberBelongsToOneUser: 'no' } });
    expect(rule).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['draft', 'numberBelongsToOneUser'] }] });
  });

  it('resets the key of a site opened without it', async () => {
    const path = join(api.dir, 'keyed.roster');
    await api.call('site.create', { path, name: 'Keyed', demo: true });
    const draft = {
      ...(await api.call<Record<string, unknown>>('users.newDraft')),
      username: 'pin.holder',
      pin: { action: 'set', value: '2580', confirmation: '2580' },
    };
    await api.call('users.save', { draft });
    api.shutdown();

    const elsewhere = createHarness(api.dir); // a new MemoryKeyStore: this workstation lacks the key
    try {
      const opened = await elsewhere.call<SiteInfo>('site.open', { path });
      expect(opened).toMatchObject({ keyAvailable: false, unreadableSecrets: [{ owner: 'user', ownerLabel: 'pin.holder', name: 'pin' }] });
      const reset = await elsewhere.call<SiteInfo>('site.resetKey', { confirm: true });
      expect(reset).toMatchObject({ keyAvailable: true, unreadableSecrets: [] });
      expect(elsewhere.events.at(-1)).toMatchObject({ event: 'site.changed', payload: { site: { keyAvailable: true } } });
    } finally {
      elsewhere.shutdown();
    }
  });
});
