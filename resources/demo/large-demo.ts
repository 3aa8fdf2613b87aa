import { MAX_SITE_USERS } from '@shared/domain';
import type { Language, UserSource } from '@shared/domain';
import { initialFields } from '@shared/user-record/initial-values';
import { FACTORY_DEFAULTS } from '../../electron/services/site/factory-defaults';
import type { SiteContent } from '../../electron/services/site/site-content';

/**
 * A generated demo site for performance trials: up to 100,000 users with realistic, varied names,
 * departments, numbers and memberships. The same size always gives the same users (a seeded generator),
 * so a screenshot or a bug report can name a user and find it again.
 */

export const LARGE_DEMO_MAX = MAX_SITE_USERS;
export const LARGE_DEMO_NAME = 'Large demo site';
/** Extensions are six digits from here on, one per user, in creation order. */
export const LARGE_DEMO_FIRST_NUMBER = 200_000;

const FIRST_NAMES = [
  'Anna',
  'Ashok',
  'Beatriz',
  'Bernd',
  'Chloé',
  'Chen',
  'Daniel',
  'Dagmar',
  'Elena',
  'Emre',
  'Fatima',
  'François',
  'Giulia',
  'Gil-dong',
  'Hanako',
  'Hans',
  'Ines',
  'Ivan',
  'Jana',
  'Jörg',
  'Kateřina',
  'Kenji',
  'Lars',
  'Léa',
  'Maria',
  'Mehmet',
  'Nadia',
  'Noah',
  'Olga',
  'Oscar',
  'Paula',
  'Pedro',
  'Rahel',
  'René',
  'Sofia',
  'Søren',
  'Tanja',
  'Tomás',
  'Ursula',
  'Uwe',
  'Valentina',
  'Vikram',
  'Wei',
  'Wiebke',
  'Yasmin',
  'Yusuf',
  'Zoë',
  'Zoltán',
];

const LAST_NAMES = [
  'Abbasi',
  'Bauer',
  'Bianchi',
  'Brunner',
  'Castillo',
  'Dubois',
  'Eriksson',
  'Fischer',
  'García',
  'Gerber',
  'Hofmann',
  'Hong',
  'Ivanova',
  'Jensen',
  'Kaya',
  'Keller',
  'Kowalski',
  'Kumar',
  'Lambert',
  'Lehmann',
  'Martin',
  'Meier',
  'Moreau',
  'Müller',
  'Nakamura',
  'Novák',
  'Oliveira',
  'Papadopoulos',
  'Petrov',
  'Rossi',
  'Sato',
  'Schmid',
  'Schneider',
  'Singh',
  'Steiner',
  'Suárez',
  'Tanaka',
  'Weber',
  'Wójcik',
  'Yilmaz',
  'Zhang',
  'Zimmermann',
];

const DEPARTMENTS = [
  'Sales',
  'Support',
  'Finance',
  'HR',
  'R&D',
  'Marketing',
  'Logistics',
  'Legal',
  'IT',
  'Facilities',
  'Procurement',
  'Management',
  'Customer care',
  'Quality',
  'Production',
];

const GROUPS = [
  { name: 'Night shift', description: 'On duty outside office hours' },
  { name: 'Support team', description: 'First-level customer support' },
  { name: 'Management', description: 'Board and department heads' },
  { name: 'Field staff', description: 'Working mostly away from the office' },
  { name: 'Reception', description: 'Front desk and switchboard' },
  { name: 'Key accounts', description: 'Account managers of the largest customers' },
];

const LANGUAGES: Language[] = ['en', 'de', 'fr', 'it', 'es'];
const SOURCES: UserSource[] = ['manual', 'csv', 'cucm', 'ldap'];

/** mulberry32: a small, fast, seeded generator; good enough for demo data, never for secrets. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The login form of a name: no accents, lower case, letters and digits only ("Søren" → "soren"). */
function loginPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function* generatedUsers(count: number): Generator<SiteContent['users'] extends Iterable<infer U> ? U : never> {
  const random = seeded(0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const taken = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const firstName = pick(FIRST_NAMES);
    const lastName = pick(LAST_NAMES);
    const base = `${loginPart(firstName)}.${loginPart(lastName)}`;
    // The second Anna Bauer is anna.bauer2, the third anna.bauer3: unique and still readable.
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    const username = seen === 1 ? base : `${base}${seen}`;
    const number = String(LARGE_DEMO_FIRST_NUMBER + i);
    const roll = random();
    const groups = GROUPS.filter(() => random() < 0.12).map((g) => g.name);
    yield {
      ...initialFields(FACTORY_DEFAULTS),
      username,
      authentication: roll < 0.15 ? 'ldap' : 'local',
      firstName,
      lastName,
      department: pick(DEPARTMENTS),
      // Most people are no VIP; a few are up to five stars.
      vip: roll > 0.97 ? 1 + Math.floor(random() * 5) : 0,
      email: `${username}@company.example`,
      language: pick(LANGUAGES),
      mobile: random() < 0.7 ? `+4179${String(Math.floor(random() * 10_000_000)).padStart(7, '0')}` : '',
      phone: `+4144${number}`,
      number,
      enabled: random() > 0.04,
      privileges: { ...FACTORY_DEFAULTS.privileges, sms: random() < 0.3 },
      groups,
      source: pick(SOURCES),
    };
  }
}

/** A site of `count` generated users (1 to LARGE_DEMO_MAX), produced lazily while the site is filled. */
export function largeDemoSite(count: number): SiteContent {
  if (!Number.isInteger(count) || count < 1 || count > LARGE_DEMO_MAX) throw new RangeError(`large demo size out of range: ${count}`);
  return {
    name: LARGE_DEMO_NAME,
    defaults: FACTORY_DEFAULTS,
    pool: [{ first: LARGE_DEMO_FIRST_NUMBER, last: LARGE_DEMO_FIRST_NUMBER + LARGE_DEMO_MAX - 1 }],
    groups: GROUPS,
    users: { [Symbol.iterator]: () => generatedUsers(count) },
  };
}
