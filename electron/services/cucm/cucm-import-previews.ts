import type { CucmPreviewList, CucmPreviewRow } from '@shared/cucm/cucm-import-preview';
import { RosterError } from '@shared/result';
import type { CucmPreview } from './cucm-import-preview';
import { rowOfRosterUser } from './cucm-import-plan';
import { unpackRows } from './packed-rows';
import type { PackedRows } from './packed-rows';

/**
 * The one preview main keeps: the latest. A new preview replaces it, applying it (or closing the site)
 * drops it. Its lists are handed out page by page.
 */
export class CucmPreviews {
  private current: CucmPreview | null = null;

  replace(preview: CucmPreview | null): void {
    this.current = preview;
  }

  /** The preview of that id; NOT_FOUND once it has been applied or replaced. */
  get(id: string): CucmPreview {
    if (!this.current || this.current.id !== id) throw new RosterError('NOT_FOUND', 'cucmImport.previewGone');
    return this.current;
  }

  page(id: string, list: CucmPreviewList, offset: number, limit: number): { total: number; rows: CucmPreviewRow[] } {
    const { plan } = this.get(id);
    // Only the rows of this page are decoded: main never rebuilds a whole list of 40,000.
    const slice = <T>(items: PackedRows<T>, row: (item: T) => CucmPreviewRow) => ({
      total: items.count,
      rows: unpackRows(items, offset, offset + limit).map(row),
    });
    switch (list) {
      case 'add':
        return slice(plan.add, (add) => ({
          username: add.username,
          firstName: add.values.firstName ?? '',
          lastName: add.values.lastName ?? '',
          department: add.values.department ?? '',
          email: add.values.email ?? '',
          number: add.values.number ?? '',
          userId: null,
          changes: [],
          source: null,
          problems: [],
          sharedWith: add.sharedWith ?? [],
        }));
      case 'update':
        return slice(plan.update, (update) => rowOfRosterUser(update.after, { changes: update.changes, sharedWith: update.sharedWith ?? [] }));
      case 'delete':
        return slice(plan.delete, (user) => rowOfRosterUser(user));
      case 'conflict':
        return slice(plan.conflict, (user) => rowOfRosterUser(user, { source: user.source }));
      case 'problem':
        return slice(plan.problem, ({ username, values, userId, problems }) => ({
          username,
          firstName: values.firstName ?? '',
          lastName: values.lastName ?? '',
          department: values.department ?? '',
          email: values.email ?? '',
          number: values.number ?? '',
          userId,
          changes: [],
          source: null,
          problems,
          sharedWith: [],
        }));
    }
  }
}
