/**
 * One CUCM end user as AXL's listUser returns it, with the returnedTags Roster asks for. AXL sends an
 * empty element for a null value; the client turns those into ''. This is the meeting point of the AXL
 * client (which fetches) and the CUCM import (which filters, maps and previews).
 */
export interface CucmEndUser {
  /** The uuid attribute of the <user> element, e.g. "{6F9...}". */
  uuid: string;
  userid: string;
  firstName: string;
  lastName: string;
  mailid: string;
  department: string;
  telephoneNumber: string;
  mobileNumber: string;
  pagerNumber: string;
  /** The primary extension's pattern (primaryExtension/pattern), '' when none. */
  primaryExtension: string;
  /** CUCM locale name such as "English United States", "German Germany"; '' when none. */
  userLocale: string;
  /**
   * The user's desk phone: the first associated device named SEP + MAC address (e.g. "SEP002304342534"),
   * as the platform's usr_PhoneMac holds it; soft clients (CSF, BOT, TCT, TAB) do not count. '' when none.
   */
  phoneDevice: string;
  /** Every associated device's name (desk phones, soft clients, mobiles), in CUCM's order: the user's phones. */
  devices: string[];
}

/** How a fetch is going: pages answered and users read so far (the page size shrinks after a throttle fault). */
export interface CucmFetchProgress {
  pages: number;
  users: number;
  pageSize: number;
}

/** The listUser searchCriteria: element name -> value (AXL matches with SQL-like % wildcards). */
export type CucmSearchCriteria = Record<string, string>;
