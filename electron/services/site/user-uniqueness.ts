import type { FieldIssue } from '@shared/result';
import type { UsersRepository } from './users-repository';

/** Username (ignoring case) and number must each belong to one active user at most. */
export function uniquenessIssues(users: UsersRepository, candidate: { id: number | null; username: string; number: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const username = candidate.username.trim();
  const number = candidate.number.trim();
  if (username !== '') {
    const owner = users.usernameOwner(username, candidate.id);
    if (owner) issues.push({ path: ['username'], message: 'rule.username.taken', params: { username: owner.username } });
  }
  if (number !== '') {
    const owner = users.numberOwner(number, candidate.id);
    if (owner) issues.push({ path: ['number'], message: 'rule.number.taken', params: { number, username: owner.username } });
  }
  return issues;
}
