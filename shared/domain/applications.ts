/**
 * Applications a user can be granted one by one under the "applications" privilege, each with the options
 * the platform lets an administrator set for it (the "..." next to an application in the platform's user
 * form). An application without options is granted or not; the options of a grant are the ones switched on.
 */
export const APPLICATION_OPTIONS = {
  oim: [],
  startupScripts: [],
  ciscoServices: [],
  conferenceManager: ['createRooms', 'manageAllRooms'],
  attendantConsole: ['supervisor', 'parkCalls'],
} as const satisfies Record<string, readonly string[]>;

export type Application = keyof typeof APPLICATION_OPTIONS;
export const APPLICATIONS = Object.keys(APPLICATION_OPTIONS) as Application[];

export type ApplicationOption<A extends Application = Application> = (typeof APPLICATION_OPTIONS)[A][number];

export interface ApplicationGrant {
  application: Application;
  /** The options switched on, by name, in the order APPLICATION_OPTIONS lists them. */
  options: string[];
}

export function applicationOptions(application: Application): readonly string[] {
  return APPLICATION_OPTIONS[application];
}
