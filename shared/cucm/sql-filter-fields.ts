/**
 * The fields an SQL filter of the CUCM import may name: the columns of the platform's own user table, as
 * its manual documents them (all text). Names are matched ignoring case, so "usr_Email" and "usr_eMail"
 * are the same field.
 */
export const SQL_FILTER_FIELDS = [
  'usr_Name',
  'usr_LastName',
  'usr_FirstName',
  'usr_eMail',
  'usr_PhoneMac',
  'usr_PhoneNumber',
  'usr_Department',
] as const;
export type SqlFilterField = (typeof SQL_FILTER_FIELDS)[number];

const BY_LOWER_NAME = new Map<string, SqlFilterField>(SQL_FILTER_FIELDS.map((field) => [field.toLowerCase(), field]));

/** The field a name stands for (any case), or null when it names none. */
export function sqlFilterField(name: string): SqlFilterField | null {
  return BY_LOWER_NAME.get(name.toLowerCase()) ?? null;
}
