import type { CucmPreviewChange, CucmPreviewProblem, CucmPreviewRow } from '@shared/cucm/cucm-import-preview';
import { CUCM_MAPPED_FIELDS } from '@shared/cucm/cucm-mapping';
import type { CucmMappedField, CucmMapping } from '@shared/cucm/cucm-mapping';
import type { UserDraft, UserFields, UserSource } from '@shared/index';
import { toFieldIssues } from '@shared/rules/issues';
import { userDraftSchema } from '@shared/rules/user-rules';
import type { OpenSite } from '../site/open-site';
import { newUserDraft } from '../site/new-user-draft';
import type { CucmEndUser } from './cucm-end-user';
import { devicesText, mapCucmUser, phonesOfDevices } from './cucm-import-mapping';

/**
 * What applying a CUCM import would do, worked out without changing anything:
 * - add: end users whose user ID no active Roster user has;
 * - update: active users imported from CUCM earlier whose mapped fields differ;
 * - delete: active users imported from CUCM earlier that the filters no longer return (the platform's own
 *   rule: users earlier imported from CUCM that do not match the filter are deleted);
 * - conflict: end users whose user ID belongs to a Roster user that did not come from CUCM (typed by hand,
 *   imported from a file): never taken over, left as they are;
 * - problem: end users whose mapped values break the editor's rules, or who appear twice. They are not
 *   imported; an earlier import of theirs is not deleted either, since they still match the filters.
 * A number shared with another user is no problem: see markSharedNumbers.
 */

/** The mapped fields as stored (language as its code). */
type MappedValues = Partial<Record<CucmMappedField, string>>;

export interface PlannedAdd {
  /** The user's position among the end users the filters kept, from 1. */
  line: number;
  username: string;
  values: MappedValues;
  /** The number it is given is held by these users too (the first few); absent when it is not shared. */
  sharedWith?: string[];
}

export interface PlannedUpdate {
  line: number;
  userId: number;
  username: string;
  /** Only the fields that change. */
  values: MappedValues;
  changes: CucmPreviewChange[];
  /** The user as it will be, for the preview list. */
  after: RosterUserView;
  /** As for PlannedAdd: the number it is given is held by these users too. */
  sharedWith?: string[];
}

export interface PlannedProblem {
  line: number;
  user: CucmEndUser;
  /** The values as mapped (not valid, or not taken), for the preview list. */
  username: string;
  values: MappedValues;
  userId: number | null;
  problems: CucmPreviewProblem[];
}

/** The fields of a Roster user the preview shows and the mapping compares. */
export interface RosterUserView extends Pick<
  UserFields,
  'username' | 'firstName' | 'lastName' | 'department' | 'email' | 'language' | 'mobile' | 'pager' | 'phone' | 'number'
> {
  id: number;
  source: UserSource;
  /** The phones' device names, as devicesText writes them. */
  phones: string;
}

/** What planning needs of a site: its users, and the defaults a new user starts from (main's site or the worker's). */
export type PlanSite = Pick<OpenSite, 'db' | 'defaults' | 'pool'>;

export interface CucmImportPlan {
  add: PlannedAdd[];
  update: PlannedUpdate[];
  delete: RosterUserView[];
  conflict: RosterUserView[];
  problem: PlannedProblem[];
  unchanged: number;
}

const ROSTER_USERS = `SELECT id, username, source, first_name AS firstName, last_name AS lastName, department, email, language,
  mobile, pager, phone, number, device_text AS phones FROM users WHERE deleted_at IS NULL ORDER BY username COLLATE NOCASE`;

const key = (username: string) => username.toLowerCase();

/** A draft holding the mapped values over a valid template, so the editor's rules judge exactly those values. */
function checkValues(template: UserDraft, username: string, mapped: MappedValues): { values: MappedValues; username: string } | CucmPreviewProblem[] {
  // The phones are compared as their device names; the record's rule judges them as phones.
  const phones = mapped.phones === undefined ? {} : { phones: phonesOfDevices(mapped.phones, []) };
  const parsed = userDraftSchema.safeParse({ ...template, ...mapped, ...phones, username });
  if (!parsed.success) {
    return toFieldIssues(parsed.error.issues).map((issue) => {
      const field = issue.path[0];
      const known = field === 'username' || (CUCM_MAPPED_FIELDS as readonly unknown[]).includes(field);
      return {
        field: known ? (field as CucmPreviewProblem['field']) : null,
        message: issue.message,
        ...(issue.params ? { params: issue.params } : {}),
      };
    });
  }
  const values: MappedValues = {};
  for (const field of Object.keys(mapped) as CucmMappedField[]) {
    values[field] = field === 'phones' ? devicesText(parsed.data.phones.map((phone) => phone.device)) : String(parsed.data[field]);
  }
  return { values, username: parsed.data.username };
}

export function planCucmImport(site: PlanSite, users: readonly CucmEndUser[], mapping: CucmMapping): CucmImportPlan {
  const roster = site.db.prepare(ROSTER_USERS).all() as RosterUserView[];
  const byName = new Map(roster.map((user) => [key(user.username), user]));
  // The template's own values are valid by construction; its number is left empty (no pool number taken).
  const template: UserDraft = { ...newUserDraft(site), number: '' };
  const defaultLanguage = template.language;

  const plan: CucmImportPlan = { add: [], update: [], delete: [], conflict: [], problem: [], unchanged: 0 };
  /** Names the filters returned (problems included): their earlier imports are not deleted. */
  const matched = new Set<string>();
  /** Users by the name of the CUCM user already taken: a second one with that name is a problem. */
  const seen = new Map<string, number>();

  users.forEach((user, index) => {
    const line = index + 1;
    const mapped = mapCucmUser(user, mapping);
    const name = key(mapped.username.trim());
    const existing = byName.get(name) ?? null;
    if (name !== '') matched.add(name);

    const firstLine = seen.get(name);
    if (firstLine !== undefined && name !== '') {
      plan.problem.push({
        line,
        user,
        username: mapped.username,
        values: mapped.fields,
        userId: existing?.id ?? null,
        problems: [{ field: 'username', message: 'cucmImport.problem.duplicate', params: { username: mapped.username.trim(), line: firstLine } }],
      });
      return;
    }
    seen.set(name, line);

    if (existing && existing.source !== 'cucm') {
      plan.conflict.push(existing);
      return;
    }
    // An unknown locale gives a new user the default language and leaves an existing user's language alone.
    const mappedValues: MappedValues = { ...mapped.fields };
    if (mapping.language !== null && mapped.fields.language === undefined && !existing) mappedValues.language = defaultLanguage;
    const checked = checkValues(template, mapped.username, mappedValues);
    if (Array.isArray(checked)) {
      plan.problem.push({ line, user, username: mapped.username, values: mapped.fields, userId: existing?.id ?? null, problems: checked });
      return;
    }
    if (!existing) {
      plan.add.push({ line, username: checked.username, values: checked.values });
      return;
    }
    const changes: CucmPreviewChange[] = [];
    const values: MappedValues = {};
    for (const field of Object.keys(checked.values) as CucmMappedField[]) {
      const after = checked.values[field]!;
      const before = String(existing[field]);
      if (before !== after) {
        changes.push({ field, before, after });
        values[field] = after;
      }
    }
    if (changes.length === 0) {
      plan.unchanged += 1;
      return;
    }
    plan.update.push({
      line,
      userId: existing.id,
      username: existing.username,
      values,
      changes,
      after: { ...existing, ...values } as RosterUserView,
    });
  });

  for (const user of roster) if (user.source === 'cucm' && !matched.has(key(user.username))) plan.delete.push(user);
  markSharedNumbers(plan, roster);
  return plan;
}

/**
 * Numbers may be shared (CUCM's shared lines), so no user is refused for one: a user the import adds or gives a
 * number that another user holds after the import is marked with those holders (users the import leaves alone
 * first, then the others in CUCM's order). The preview shows them, and the administrator applies with the
 * shared numbers kept or left out (see numberOfApplied): left out, the first holder keeps the number and each
 * marked user is imported without it.
 */
function markSharedNumbers(plan: CucmImportPlan, roster: readonly RosterUserView[]): void {
  const deleted = new Set(plan.delete.map((user) => user.id));
  const renumbered = new Set(plan.update.filter((u) => u.values.number !== undefined).map((u) => u.userId));
  const holders = new Map<string, string[]>();
  const hold = (number: string, username: string) => {
    const list = holders.get(number);
    if (list) list.push(username);
    else holders.set(number, [username]);
  };
  for (const user of roster) if (user.number !== '' && !deleted.has(user.id) && !renumbered.has(user.id)) hold(user.number, user.username);
  const candidates = [...plan.update, ...plan.add].sort((a, b) => a.line - b.line);
  for (const candidate of candidates) {
    const number = candidate.values.number;
    if (number === undefined || number === '') continue;
    const before = holders.get(number) ?? [];
    if (before.length > 0) candidate.sharedWith = before.slice(0, SHARED_WITH_SHOWN);
    hold(number, candidate.username);
  }
}

/** How many holders a marked user names (a hunt pilot's number may be held by hundreds). */
const SHARED_WITH_SHOWN = 3;

/** A preview list row of a Roster user as it is (delete, conflict) or will be (update). */
export function rowOfRosterUser(user: RosterUserView, extra: Partial<CucmPreviewRow> = {}): CucmPreviewRow {
  return {
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    department: user.department,
    email: user.email,
    number: user.number,
    userId: user.id,
    changes: [],
    source: null,
    problems: [],
    sharedWith: [],
    ...extra,
  };
}

/**
 * A planned add or update as applied with shared numbers left out: a user marked as sharing is imported
 * without the number (an update keeps the number it has); an update left with nothing to change is dropped.
 */
export function withoutSharedNumber<P extends PlannedAdd | PlannedUpdate>(planned: P): P | null {
  if (!planned.sharedWith) return planned;
  const { number: _shared, ...values } = planned.values;
  if (!('changes' in planned)) return { ...planned, values };
  const changes = planned.changes.filter((change) => change.field !== 'number');
  return changes.length === 0 ? null : { ...planned, values, changes };
}
