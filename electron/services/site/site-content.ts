import type { DefaultValueFields, ExtensionRange, UserFields, UserSource } from '@shared/domain';
import type { OpenSite } from './open-site';

/** Starting content for a new site (the demo site): groups and users referenced by name. */
export interface SiteContent {
  name: string;
  defaults: DefaultValueFields;
  pool: ExtensionRange[];
  groups: { name: string; description: string }[];
  /** Any iterable, so a generated demo of 100,000 users is produced one user at a time. */
  users: Iterable<
    Omit<UserFields, 'groupIds' | 'internalContactsGroupId' | 'externalContactsGroupId'> & {
      groups: string[];
      internalContacts?: string;
      externalContacts?: string;
      /** Where the user came from; manual when not given. */
      source?: UserSource;
    }
  >;
}

/** What filling a site writes through: an open site on main, or the same repositories in a worker. */
export type SiteWriters = Pick<OpenSite, 'db' | 'defaults' | 'pool' | 'groups' | 'users'>;

/**
 * Fills a freshly created site with content, in one transaction (a savepoint when the caller holds one).
 * No secrets: content carries none. `created` hears of each user written (its id, and how many so far).
 */
export function fillSite(site: SiteWriters, content: SiteContent, created: (id: number, count: number) => void = () => undefined): void {
  const now = new Date().toISOString();
  site.db.transaction(() => {
    site.defaults.save(content.defaults);
    site.pool.replace(content.pool);
    const groupIds = new Map<string, number>();
    for (const group of content.groups) groupIds.set(group.name, site.groups.insert(group.name, group.description, now));
    const idOf = (name: string) => {
      const id = groupIds.get(name);
      if (id === undefined) throw new Error(`site content names an unknown group: ${name}`);
      return id;
    };
    let count = 0;
    for (const { groups, internalContacts, externalContacts, source, ...fields } of content.users) {
      const userFields: UserFields = {
        ...fields,
        groupIds: groups.map(idOf),
        internalContactsGroupId: internalContacts ? idOf(internalContacts) : null,
        externalContactsGroupId: externalContacts ? idOf(externalContacts) : null,
      };
      created(site.users.insert(userFields, source ?? 'manual', now), ++count);
    }
  })();
}
