import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkResult } from '@shared/channels/bulk';
import { LOCKED_UNTIL_UNLOCKED } from '@shared/domain/account-lock';
import type { User, UserRow } from '@shared/index';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

let api: SiteHarness;

beforeEach(async () => {
  api = await siteHarness();
});
afterEach(() => api.close());

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

async function idOf(username: string): Promise<number> {
  const { rows } = await api.call<{ rows: UserRow[] }>('users.list', { text: username });
  return rows.find((row) => row.username === username)!.id;
}

const lockedNames = async () => (await api.call<{ rows: UserRow[] }>('users.list', { text: 'is:locked' })).rows.map((row) => row.username);

describe('security.lockUser through the contract', () => {
  it.each([
    ['a time in the past', { until: '2020-01-01T00:00:00.000Z', reason: 'On leave' }, ['until'], 'rule.lock.until.past'],
    ['a date that does not exist', { until: '2999-02-30T09:00:00Z', reason: 'On leave' }, ['until'], 'rule.lock.until.format'],
    ['a text that is no date', { until: 'tomorrow', reason: 'On leave' }, ['until'], 'rule.lock.until.format'],
    ['an empty reason', { until: null, reason: '' }, ['reason'], 'rule.lock.reason.required'],
    ['a reason of spaces', { until: null, reason: '   ' }, ['reason'], 'rule.lock.reason.required'],
    ['a reason over 500 characters', { until: null, reason: 'x'.repeat(501) }, ['reason'], 'rule.tooLong'],
  ])('refuses %s with VALIDATION at the field, changing nothing', async (_name, input, path, message) => {
    const id = await idOf('hans.meier');
    const error = await api.refusal('security.lockUser', { id, ...input });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([expect.objectContaining({ path, message })]);
    expect(await api.call<User>('users.get', { id })).toMatchObject({ lockedUntil: null, lockReason: '' });
  });

  it('refuses a missing until (null is how "until unlocked" is asked) and an unknown user', async () => {
    const error = await api.refusal('security.lockUser', { id: await idOf('hans.meier'), reason: 'On leave' });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['until'], message: 'rule.lock.until.format' }] });
    expect(await api.refusal('security.lockUser', { id: 99_999, until: null, reason: 'x' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('locks until a time or until unlocked, with the reason; is:locked finds both; unlock lifts them', async () => {
    const hans = await idOf('hans.meier');
    const fred = await idOf('fred.bloggs');
    const until = inHours(48);
    expect(await api.call<User>('security.lockUser', { id: hans, until, reason: ' On leave ' })).toMatchObject({
      lockedUntil: until,
      lockReason: 'On leave',
    });
    expect(await api.call<User>('security.lockUser', { id: fred, until: null, reason: 'Left' })).toMatchObject({
      lockedUntil: LOCKED_UNTIL_UNLOCKED,
      lockReason: 'Left',
    });
    expect(await lockedNames()).toEqual(['fred.bloggs', 'hans.meier']);
    expect(await api.call<User>('security.unlockUser', { id: fred })).toMatchObject({ lockedUntil: null, lockReason: '' });
    expect(await lockedNames()).toEqual(['hans.meier']);
  });
});

describe('bulk lock through the contract', () => {
  it('refuses a lock time in the past or an empty reason at the change’s fields', async () => {
    const ids = [await idOf('hans.meier'), await idOf('fred.bloggs')];
    const past = await api.refusal('bulk.apply', { ids, change: { action: 'lock', until: inHours(-1), reason: 'x' } });
    expect(past).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['change', 'until'], message: 'rule.lock.until.past' }] });
    const empty = await api.refusal('bulk.apply', { ids, change: { action: 'lock', until: null, reason: '' } });
    expect(empty).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['change', 'reason'], message: 'rule.lock.reason.required' }] });
    expect(await lockedNames()).toEqual([]);
  });

  it('locks two users and the undo unlocks them again', async () => {
    const ids = [await idOf('hans.meier'), await idOf('fred.bloggs')];
    const { change } = await api.call<BulkResult>('bulk.apply', { ids, change: { action: 'lock', until: null, reason: 'Night shift audit' } });
    expect(change).toMatchObject({ action: 'lock', userCount: 2, parameters: { until: null, reason: 'Night shift audit' } });
    expect(await lockedNames()).toEqual(['fred.bloggs', 'hans.meier']);
    await api.call('bulk.undo', { id: change!.id });
    expect(await lockedNames()).toEqual([]);
    expect(await api.call<User>('users.get', { id: ids[0] })).toMatchObject({ lockedUntil: null, lockReason: '' });
  });
});
