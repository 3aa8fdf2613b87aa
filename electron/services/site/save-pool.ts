import type { ExtensionRange } from '@shared/domain';
import { changedFields, recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';

/** A range as a person writes it, for the audit log. */
const rangeText = (range: ExtensionRange) => (range.first === range.last ? String(range.first) : `${range.first}-${range.last}`);

/** Replaces the extension pool and records the ranges before and after, in one transaction. */
export function savePool(site: OpenSite, ranges: readonly ExtensionRange[]): void {
  site.db.transaction(() => {
    const before = site.pool.ranges().map(rangeText);
    site.pool.replace(ranges);
    const changes = changedFields({ ranges: before }, { ranges: site.pool.ranges().map(rangeText) });
    if (changes.length > 0) recordChange(site.db, { entity: 'pool', entityId: null, entityLabel: '', action: 'update', changes });
  })();
}
