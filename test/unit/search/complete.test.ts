import { describe, expect, it } from 'vitest';
import { applyCompletion, completionAt } from '@shared/search';
import { completeSearch } from '../../../electron/services/site/search-completion';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite } from '../services/site-fixtures';

const tempDir = useTempDirs();

describe('search completion', () => {
  it('completes field names, with their colon', () => {
    const completion = completionAt('hans gr')!;
    expect(completion).toMatchObject({ kind: 'field', from: 5, values: ['group'] });
    expect(applyCompletion('hans gr', completion, 'group')).toBe('hans group:');
    expect(completionAt('-pr')).toMatchObject({ kind: 'field', from: 1, values: ['priv'] });
  });

  it('completes fixed values and quotes site values with spaces', () => {
    expect(completionAt('is:lo')).toMatchObject({ kind: 'value', from: 3, values: ['locked'] });
    expect(completionAt('priv:mo')).toMatchObject({ values: ['mobileconnect'] });
    const group = completionAt('vip>=3 group:"nig')!;
    expect(group).toMatchObject({ kind: 'site', field: 'group', prefix: 'nig', from: 13 });
    expect(applyCompletion('vip>=3 group:"nig', group, 'Night shift')).toBe('vip>=3 group:"Night shift" ');
    expect(completionAt('dept:ma')).toMatchObject({ kind: 'site', field: 'department', prefix: 'ma' });
    expect(completionAt('"hans meier')).toBeNull();
    expect(completionAt('number:10')).toBeNull();
  });

  it("offers the site's departments and groups", async () => {
    const site = await demoSite(tempDir());
    expect(completeSearch(site.db, 'man', 'department')).toEqual(['Management']);
    expect(completeSearch(site.db, 's', 'group')).toEqual(
      ['Night shift', 'Support team', 'Human resources'].filter((g) => g.toLowerCase().includes('s')).sort(),
    );
    expect(completeSearch(site.db, '%', 'group')).toEqual([]);
    expect(completeSearch(site.db, 'de', undefined)).toEqual(['dept', 'device']);
    site.close();
  });
});
