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

/** Fills a freshly created site with content, in one transaction. No secrets: content carries none. */
export function fillSite(site: OpenSite, content: SiteContent): void {
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
    for (const { groups, internalContacts, externalContacts, source, ...fields } of content.users) {
      const userFields: UserFields = {
        ...fields,
        groupIds: groups.map(idOf),
        internalContactsGroupId: internalContacts ? idOf(internalContacts) : null,
        externalContactsGroupId: externalContacts ? idOf(externalContacts) : null,
      };
      site.users.insert(userFields, source ?? 'manual', now);
    }
  })();
}
