import { APPLICATION_OPTIONS, APPLICATIONS } from '../domain/applications.js';
import type { Application, ApplicationGrant } from '../domain/applications.js';
import { normalizeHeader } from './header-names.js';

/**
 * Application grants in one cell, as the Roster layout writes them and the import reads them: grants
 * separated by ';', each an application's name, then after ':' its options separated by ','. For example
 * "conferenceManager: createRooms, manageAllRooms; oim". Names are compared without case or punctuation.
 */

const byKey = <T extends string>(names: readonly T[]) => new Map(names.map((name) => [normalizeHeader(name), name] as const));
const APPLICATION_KEYS = byKey(APPLICATIONS);

export function grantsToText(grants: readonly ApplicationGrant[]): string {
  return grants.map((grant) => (grant.options.length > 0 ? `${grant.application}: ${grant.options.join(', ')}` : grant.application)).join('; ');
}

/**
 * The grants of a cell. A name that is no application, or no option of its application, is kept as written,
 * so that the record's own rule refuses it with the message saying what is expected.
 */
export function grantsFromText(text: string): ApplicationGrant[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [name = '', options = ''] = part.split(':', 2);
      const application = APPLICATION_KEYS.get(normalizeHeader(name)) ?? name.trim();
      const known = byKey<string>(APPLICATION_OPTIONS[application as Application] ?? []);
      return {
        application: application as Application,
        options: options
          .split(',')
          .map((option) => option.trim())
          .filter((option) => option !== '')
          .map((option) => known.get(normalizeHeader(option)) ?? option),
      };
    });
}
