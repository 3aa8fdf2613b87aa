import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteInfo, UserDraft } from '@shared/index';
import type { ContractError } from '@shared/result';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

let api: SiteHarness;

beforeEach(async () => {
  api = await siteHarness();
});
afterEach(() => api.close());

const refusal = (channel: string, input: unknown): Promise<ContractError> => api.refusal(channel, input);

async function newDraft(changes: Partial<UserDraft>): Promise<UserDraft> {
  return { ...(await api.call<UserDraft>('users.newDraft')), username: 'new.user', ...changes };
}

const userCount = async () => (await api.call<SiteInfo>('site.current')).userCount;

describe('users through the contract', () => {
  it.each([
    ['an invalid e-mail', { email: 'not-an-address' }, ['draft', 'email'], 'rule.email.format'],
    ['a username with spaces', { username: 'anna berg' }, ['draft', 'username'], 'rule.username.format'],
    ['VIP 6', { vip: 6 }, ['draft', 'vip'], 'rule.vip.range'],
    ['an unknown language', { language: 'xx' }, ['draft', 'language'], 'rule.language.unknown'],
  ])('refuses %s with VALIDATION at the field', async (_name, changes, path, message) => {
    const error = await refusal('users.save', { draft: await newDraft(changes as Partial<UserDraft>) });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, message }));
  });

  it('refuses a username that differs only in case, with CONFLICT at the field', async () => {
    const error = await refusal('users.save', { draft: await newDraft({ username: 'FRED.Bloggs' }) });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['username'], message: 'rule.username.taken', params: { username: 'fred.bloggs' } }],
    });
  });

  it('refuses a number already taken, with CONFLICT at the field', async () => {
    const error = await refusal('users.save', { draft: await newDraft({ number: '1054' }) });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['number'], message: 'rule.number.taken', params: { number: '1054', username: 'hans.meier' } }],
    });
    const check = await api.call<{ issues: unknown[] }>('users.checkUnique', { id: null, username: 'Hans.Meier', number: '1054' });
    expect(check.issues).toHaveLength(2);
  });

  it('leaves no row behind when a save fails', async () => {
    const before = await userCount();
    await refusal('users.save', { draft: await newDraft({ groupIds: [1, 999], aliases: ['extra1'] }) });
    await refusal('users.save', { draft: await newDraft({ username: 'Ashok.Kumar', aliases: ['x1'] }) });
    await refusal('users.save', { draft: await newDraft({ internalContactsGroupId: 4242 }) });
    expect(await userCount()).toBe(before);
    const list = await api.call<{ total: number }>('users.list', { text: 'new.user' });
    expect(list.total).toBe(0);
  });

  it('refuses input with wrong types and ignores nothing silently', async () => {
    const draft = await newDraft({});
    const error = await refusal('users.save', { draft: { ...draft, vip: '5', enabled: 'yes', privileges: { sms: 1 } } });
    expect(error.code).toBe('VALIDATION');
    const paths = error.issues!.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['draft.vip', 'draft.enabled', 'draft.privileges.sms']));
    expect((await refusal('users.list', { limit: 'all' })).code).toBe('VALIDATION');
    expect((await refusal('users.get', { id: -1 })).code).toBe('VALIDATION');
  });

  it('answers an unknown channel with NOT_FOUND and a missing user with NOT_FOUND', async () => {
    expect((await refusal('users.drop', {})).code).toBe('NOT_FOUND');
    expect((await refusal('users.get', { id: 9999 })).code).toBe('NOT_FOUND');
  });

  it('saves, deletes, restores and purges, announcing the changed user count', async () => {
    api.events.length = 0;
    const user = await api.call<{ id: number; number: string }>('users.save', { draft: await newDraft({}) });
    expect(user.number).toBe('1000');
    expect(api.events.at(-1)).toMatchObject({ event: 'site.changed', payload: { site: { userCount: 7 } } });
    expect(await api.call('users.delete', { ids: [user.id] })).toEqual({ count: 1 });
    expect(await api.call('users.restore', { ids: [user.id] })).toEqual({ count: 1 });
    expect(await api.call('users.purge', { ids: [user.id] })).toEqual({ count: 0 });
    await api.call('users.delete', { ids: [user.id] });
    expect(await api.call('users.purge', { ids: [user.id] })).toEqual({ count: 1 });
    expect(await userCount()).toBe(6);
  });
});
