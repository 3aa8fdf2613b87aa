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
 * - problem: end users whose mapped values break the editor's rules, who appear twice, or whose number
 *   another user holds. They are not imported; an earlier import of theirs is not deleted either, since
 *   they still match the filters.
 */

/** The mapped fields as stored (language as its code). */
type MappedValues = Partial<Record<CucmMappedField, string>>;

export interface PlannedAdd {
  /** The user's position among the end users the filters kept, from 1. */
  line: number;
  username: string;
  values: MappedValues;
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
  settleNumbers(plan, roster, users);
  return plan;
}

/**
 * Numbers must stay unique among active users. Users the import leaves alone keep theirs; users it updates
 * or adds take theirs in CUCM's order, and one whose number is held by another becomes a problem (an update
 * that fails keeps its old number, which may in turn refuse a later one: repeated until nothing moves).
 */
function settleNumbers(plan: CucmImportPlan, roster: readonly RosterUserView[], users: readonly CucmEndUser[]): void {
  const deleted = new Set(plan.delete.map((user) => user.id));
  /** Refused lines, with the number and who holds it. */
  const failed = new Map<number, { number: string; holder: string }>();
  for (;;) {
    const renumbered = new Set(plan.update.filter((u) => !failed.has(u.line) && u.values.number !== undefined).map((u) => u.userId));
    const holders = new Map<string, string>();
    for (const user of roster) {
      if (user.number !== '' && !deleted.has(user.id) && !renumbered.has(user.id)) holders.set(user.number, user.username);
    }
    const candidates = [...plan.update, ...plan.add].filter((c) => !failed.has(c.line)).sort((a, b) => a.line - b.line);
    let moved = false;
    for (const candidate of candidates) {
      const number = candidate.values.number;
      if (number === undefined || number === '') continue;
      const holder = holders.get(number);
      if (holder !== undefined && key(holder) !== key(candidate.username)) {
        failed.set(candidate.line, { number, holder });
        moved = true;
        continue;
      }
      holders.set(number, candidate.username);
    }
    if (!moved) break;
  }
  if (failed.size === 0) return;

  const problem = (line: number, userId: number | null, username: string, values: MappedValues): PlannedProblem => {
    const { number, holder } = failed.get(line)!;
    const problems: CucmPreviewProblem[] = [{ field: 'number', message: 'cucmImport.problem.numberTaken', params: { number, username: holder } }];
    return { line, user: users[line - 1]!, username, values, userId, problems };
  };
  for (const update of plan.update)
    if (failed.has(update.line)) plan.problem.push(problem(update.line, update.userId, update.username, update.after));
  for (const add of plan.add) if (failed.has(add.line)) plan.problem.push(problem(add.line, null, add.username, add.values));
  plan.update = plan.update.filter((u) => !failed.has(u.line));
  plan.add = plan.add.filter((a) => !failed.has(a.line));
  plan.problem.sort((a, b) => a.line - b.line);
}

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
    ...extra,
  };
}
