import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExtensionPoolView } from '@shared/channels/pool';
import type { BulkResult } from '@shared/channels/bulk';
import type { User, UserDraft } from '@shared/index';
import { optionsFor, useImportSites } from './importing/import-fixtures';
import type { ImportSite } from './importing/import-fixtures';

// The site's rule for numbers (Extension pool screen): on by default, a number given in the editor, from a file
// or by bringing a user back must be free; off, numbers may be shared. Users who already share one keep it, and
// an undo puts back exactly what was.
const newSite = useImportSites();
let site: ImportSite;

const pool = () => site.api.call<ExtensionPoolView>('pool.get');
const setRule = async (numberBelongsToOneUser: boolean) => {
  const { ranges } = await pool();
  return site.api.call<ExtensionPoolView>('pool.save', { draft: { ranges, numberBelongsToOneUser } });
};
const draftOf = (user: User): UserDraft => ({ ...user, password: { action: 'keep' }, pin: { action: 'keep' } }) as unknown as UserDraft;
const newDraft = async (changes: Partial<UserDraft>) => ({ ...(await site.api.call<UserDraft>('users.newDraft')), ...changes });

describe('shared numbers', () => {
  it('are refused by default in the editor; allowed once the rule is off; a user who shares one keeps it when the rule is on again', async () => {
    site = await newSite();
    expect(await pool()).toMatchObject({ numberBelongsToOneUser: true, sharingUsers: 0 });
    const refused = await site.api.refusal('users.save', { draft: await newDraft({ username: 'secretary', number: '1005' }) });
    expect(refused).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['number'], message: 'rule.number.taken' }] });

    expect(await setRule(false)).toMatchObject({ numberBelongsToOneUser: false });
    const secretary = await site.api.call<User>('users.save', { draft: await newDraft({ username: 'secretary', number: '1005' }) });
    expect(secretary.number).toBe('1005');
    expect((await site.api.call<{ issues: unknown[] }>('users.checkUnique', { id: null, username: 'x.y', number: '1005' })).issues).toEqual([]);
    expect((await pool()).sharingUsers).toBe(2);
    // is:sharednumber lists both holders, and only them; a deleted holder no longer shares.
    const sharing = await site.api.call<{ total: number; rows: { username: string }[] }>('users.list', { text: 'is:sharednumber' });
    expect(sharing.rows.map((row) => row.username).sort()).toEqual(['ashok.kumar', 'secretary']);
    const notSharing = await site.api.call<{ total: number }>('users.list', { text: '-is:sharednumber' });
    const everyone = await site.api.call<{ total: number }>('users.list', {});
    expect(notSharing.total).toBe(everyone.total - 2);

    // The rule back on: the secretary keeps 1005 when saved with other changes, but cannot be given another taken number.
    await setRule(true);
    const saved = await site.api.call<User>('users.save', { draft: { ...draftOf(secretary), department: 'Front desk' } });
    expect(saved).toMatchObject({ number: '1005', department: 'Front desk' });
    const other = await site.api.refusal('users.save', { draft: { ...draftOf(saved), number: '1054' } });
    expect(other).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['number'], message: 'rule.number.taken', params: { username: 'hans.meier' } }],
    });

    // A caller other than our page: the rule and the CUCM apply's choice are refused unless they are what they say.
    const notYesOrNo = await site.api.refusal('pool.save', { draft: { ranges: [], numberBelongsToOneUser: 'no' } });
    expect(notYesOrNo).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['draft', 'numberBelongsToOneUser'] }] });
    const choice = await site.api.refusal('cucm.apply', { previewId: randomUUID(), sharedNumbers: 'maybe' });
    expect(choice).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['sharedNumbers'] }] });
    expect(await pool()).toMatchObject({ numberBelongsToOneUser: true });

    // The rule's changes are in the audit log, named as the screen names them.
    const audit = await site.api.call<{ rows: { entity: string; changes: { field: string; before: unknown; after: unknown }[] }[] }>('audit.list', {
      entity: 'pool',
    });
    expect(audit.rows.flatMap((row) => row.changes).filter((c) => c.field === 'numberBelongsToOneUser')).toEqual([
      { field: 'numberBelongsToOneUser', before: false, after: true },
      { field: 'numberBelongsToOneUser', before: true, after: false },
    ]);
  });

  it('in a CSV file: refused while the rule is on, imported when it is off; a row updating a sharing user keeps its number', async () => {
    site = await newSite();
    const path = site.file('shared.csv', 'Username,Number\r\nboss.assistant,1005\r\n');
    const refused = await site.run(optionsFor(path, ['username', 'number']));
    expect(refused.problems.map((p) => p.message)).toEqual(['rule.number.taken']);

    await setRule(false);
    const imported = await site.run(optionsFor(path, ['username', 'number']));
    expect(imported.record).toMatchObject({ created: 1, rejected: 0 });
    expect((await site.user('boss.assistant')).number).toBe('1005');

    await setRule(true);
    const update = site.file('update.csv', 'Username,Number,Department\r\nboss.assistant,1005,Board\r\n');
    const updated = await site.run(
      optionsFor(update, ['username', 'number', 'department'], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }),
    );
    expect(updated.record).toMatchObject({ updated: 1, rejected: 0 });
    expect(await site.user('boss.assistant')).toMatchObject({ number: '1005', department: 'Board' });
  });

  it('bringing a deleted user back follows the rule; undoing a bulk delete puts a shared line back whatever the rule', async () => {
    site = await newSite();
    await setRule(false);
    const sharer = await site.api.call<User>('users.save', { draft: await newDraft({ username: 'hunt.member', number: '1005' }) });
    await setRule(true);

    const { change } = await site.api.call<BulkResult>('bulk.apply', { ids: [sharer.id], change: { action: 'delete' } });
    if (!change) throw new Error('the bulk delete recorded no change');
    expect(await site.api.call('bulk.undo', { id: change.id })).toMatchObject({ restored: 1 });
    expect((await site.user('hunt.member')).number).toBe('1005');

    await site.api.call('users.delete', { ids: [sharer.id] });
    const refused = await site.api.refusal('users.restore', { ids: [sharer.id] });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'error.restore.numberTaken', params: { number: '1005', holder: 'ashok.kumar' } });
    await setRule(false);
    expect(await site.api.call('users.restore', { ids: [sharer.id] })).toEqual({ count: 1 });
  });
});
