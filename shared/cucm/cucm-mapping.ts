import { z } from 'zod';

/**
 * Which CUCM end-user field fills which Roster field on a CUCM import. The username always comes from the
 * CUCM user ID: it is how a later import finds the user again. Every other Roster field can take any of
 * CUCM's text fields, or none (then a new user gets the default, and an existing user keeps its value).
 */

/** The end-user fields the import reads (see the AXL client's returnedTags). */
export const CUCM_TEXT_FIELDS = [
  'firstName',
  'lastName',
  'mailid',
  'department',
  'telephoneNumber',
  'primaryExtension',
  'mobileNumber',
  'pagerNumber',
  'userid',
] as const;

/** The Roster fields a mapping can fill, in the editor's order. */
export const CUCM_MAPPED_FIELDS = [
  'firstName',
  'lastName',
  'department',
  'email',
  'language',
  'mobile',
  'pager',
  'phone',
  'number',
  'phones',
] as const;
export type CucmMappedField = (typeof CUCM_MAPPED_FIELDS)[number];

const textSource = z.enum(CUCM_TEXT_FIELDS, { error: 'rule.invalid' }).nullable();

/** Where a user's language can come from: the CUCM locale ("German Germany") turned into one of Roster's. */
export const CUCM_LANGUAGE_SOURCES = ['userLocale'] as const;

/** Where a user's phones can come from: the end user's associated devices. */
export const CUCM_DEVICE_SOURCES = ['associatedDevices'] as const;

export const cucmMappingSchema = z.object({
  firstName: textSource,
  lastName: textSource,
  department: textSource,
  email: textSource,
  language: z.enum(CUCM_LANGUAGE_SOURCES, { error: 'rule.invalid' }).nullable(),
  mobile: textSource,
  pager: textSource,
  phone: textSource,
  number: textSource,
  phones: z.enum(CUCM_DEVICE_SOURCES, { error: 'rule.invalid' }).nullable(),
});
export type CucmMapping = z.infer<typeof cucmMappingSchema>;

/**
 * The usual mapping. The number (Roster's extension) is the primary extension's directory number, digits
 * only; the phone is CUCM's telephone number, which is often written in full (+41 44 ...).
 */
export const DEFAULT_CUCM_MAPPING: CucmMapping = {
  firstName: 'firstName',
  lastName: 'lastName',
  department: 'department',
  email: 'mailid',
  language: 'userLocale',
  mobile: 'mobileNumber',
  pager: 'pagerNumber',
  phone: 'telephoneNumber',
  number: 'primaryExtension',
  phones: 'associatedDevices',
};
