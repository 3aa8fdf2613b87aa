import type { PoolDraft } from '@shared/channels/pool';
import type { ExtensionRange } from '@shared/domain';
import { changedFields, recordChange } from '../audit/audit-log';
import { numberBelongsToOneUser, saveNumbering } from './numbering';
import type { OpenSite } from './open-site';

/** A range as a person writes it, for the audit log. */
const rangeText = (range: ExtensionRange) => (range.first === range.last ? String(range.first) : `${range.first}-${range.last}`);

/** Replaces the extension pool and the rule for numbers, and records both before and after, in one transaction. */
export function savePool(site: OpenSite, draft: PoolDraft): void {
  site.db.transaction(() => {
    const before = { ranges: site.pool.ranges().map(rangeText), numberBelongsToOneUser: numberBelongsToOneUser(site) };
    site.pool.replace(draft.ranges);
    saveNumbering(site, draft.numberBelongsToOneUser);
    const after = { ranges: site.pool.ranges().map(rangeText), numberBelongsToOneUser: draft.numberBelongsToOneUser };
    const changes = changedFields(before, after);
    if (changes.length > 0) recordChange(site.db, { entity: 'pool', entityId: null, entityLabel: '', action: 'update', changes });
  })();
}
