/**
 * The fifteen user privileges, in the order the product shows them. This list is the single source of
 * truth: the database columns, the editor's switches, the defaults screen and (later) import mapping and
 * search operators all derive from it.
 */
export const PRIVILEGES = [
  'sms',
  'fax',
  'ciscoPhoneMessage',
  'detailedReports',
  'editConferenceRooms',
  'ctiAuthentication',
  'restAuthentication',
  'voiceRecording',
  'webAccess',
  'editGlobalDirectory',
  'mobileConnect',
  'changeMobileNumber',
  'changeEmail',
  'forwardExternal',
  'applications',
] as const;

export type Privilege = (typeof PRIVILEGES)[number];
export type Privileges = Record<Privilege, boolean>;

/** Privileges a brand-new site grants by default (the platform's factory defaults). */
export const FACTORY_PRIVILEGES: Privileges = {
  sms: false,
  fax: false,
  ciscoPhoneMessage: false,
  detailedReports: false,
  editConferenceRooms: false,
  ctiAuthentication: false,
  restAuthentication: false,
  voiceRecording: true,
  webAccess: true,
  editGlobalDirectory: false,
  mobileConnect: false,
  changeMobileNumber: true,
  changeEmail: true,
  forwardExternal: false,
  applications: true,
};
