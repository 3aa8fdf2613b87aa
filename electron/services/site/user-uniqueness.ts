import type { FieldIssue } from '@shared/result';
import { numberBelongsToOneUser } from './numbering';
import type { OpenSite } from './open-site';

type UniquenessSite = Pick<OpenSite, 'users' | 'settings'>;

/**
 * A username (ignoring case) belongs to one active user at most. A number does too while the site's rule says
 * so, but only a number being given: a user who already shares one (a CUCM shared line, or from before the
 * rule was switched on) keeps it when saved.
 */
export function uniquenessIssues(site: UniquenessSite, candidate: { id: number | null; username: string; number: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const username = candidate.username.trim();
  const number = candidate.number.trim();
  if (username !== '') {
    const owner = site.users.usernameOwner(username, candidate.id);
    if (owner) issues.push({ path: ['username'], message: 'rule.username.taken', params: { username: owner.username } });
  }
  if (number !== '' && isNumberGiven(site, candidate.id, number) && numberBelongsToOneUser(site)) {
    const owner = site.users.numberOwner(number, candidate.id);
    if (owner) issues.push({ path: ['number'], message: 'rule.number.taken', params: { number, username: owner.username } });
  }
  return issues;
}

// Asked as the editor's number is typed: the stored number alone, not the whole user with its lists.
const isNumberGiven = (site: UniquenessSite, id: number | null, number: string) => id === null || site.users.numberOf(id) !== number;
