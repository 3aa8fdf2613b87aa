import type { Language } from '@shared/domain';
import { initialFields } from '@shared/user-record/initial-values';
import { FACTORY_DEFAULTS } from '../../electron/services/site/factory-defaults';
import type { SiteContent } from '../../electron/services/site/site-content';

/** The demo site offered at first start: the six users of the product's user list and a few groups. */

type DemoPerson = [username: string, lastName: string, firstName: string, department: string, vip: number, phone: string, language: Language];

const PEOPLE: DemoPerson[] = [
  ['ashok.kumar', 'Kumar', 'Ashok', 'Management', 5, '1005', 'en'],
  ['elisabeth.mueller', 'Müller', 'Elisabeth', 'HR', 2, '1009', 'de'],
  ['fred.bloggs', 'Bloggs', 'Fred', 'Management', 5, '1011', 'en'],
  ['gildong.hong', 'Hong', 'Gil-dong', 'R&D', 0, '1076', 'en'],
  ['hanako.sato', 'Sato', 'Hanako', 'Design', 2, '1099', 'en'],
  ['hans.meier', 'Meier', 'Hans', 'Support', 0, '1054', 'de'],
];

const MEMBERSHIPS: Record<string, string[]> = {
  'ashok.kumar': ['Management'],
  'elisabeth.mueller': ['Human resources'],
  'fred.bloggs': ['Management'],
  'gildong.hong': ['Night shift'],
  'hanako.sato': [],
  'hans.meier': ['Support team', 'Night shift'],
};

export const DEMO_SITE: SiteContent = {
  name: 'Demo site',
  defaults: FACTORY_DEFAULTS,
  pool: [{ first: 1000, last: 1999 }],
  groups: [
    { name: 'Management', description: 'Board and department heads' },
    { name: 'Human resources', description: 'HR team' },
    { name: 'Night shift', description: 'On duty outside office hours' },
    { name: 'Support team', description: 'First-level customer support' },
  ],
  users: PEOPLE.map(([username, lastName, firstName, department, vip, phone, language]) => ({
    ...initialFields(FACTORY_DEFAULTS),
    username,
    firstName,
    lastName,
    department,
    vip,
    email: `${username}@company.domain`,
    language,
    mobile: '+41790000000',
    phone,
    number: phone,
    groups: MEMBERSHIPS[username] ?? [],
    // One example of group permissions: fred.bloggs's internal contacts are the management.
    ...(username === 'fred.bloggs' ? { internalContacts: 'Management' } : {}),
  })),
};
