import { DEFAULT_SECURITY_SETTINGS, securitySettingsSchema } from '@shared/rules/security-rules';
import { CUCM_IMPORT_DEFAULTS, cucmImportSettingsSchema } from '@shared/rules/cucm-import-rules';
import type { SettingsSectionName } from '@shared/domain';
import { CUCM_DEFAULTS, cucmSettingsSchema } from '@shared/rules/cucm-rules';
import { ADMIN_LDAP_DEFAULTS, CONTACT_PHOTOS_DEFAULTS, adminLdapSettingsSchema, contactPhotosSettingsSchema } from '@shared/rules/ldap-rules';
import type { z } from 'zod';
import { END_USER_DEFAULTS, PRESENCE_DEFAULTS, storedEndUserSchema, storedPresenceSchema } from '../end-user/end-user-store';
import { SAVED_MAPPINGS_DEFAULTS, storedMappingsSchema } from '../importing/saved-mappings';
import { DEFAULT_USER_LIST_SETTINGS } from '@shared/rules/user-list-rules';
import { NUMBERING_DEFAULTS, numberingSettingsSchema } from '@shared/rules/pool-rules';
import { storedUserListSchema } from '../user-list/user-list-settings';

interface SectionDeclaration<S extends z.ZodType> {
  /** What a stored document must be; stored schemas also accept what earlier versions wrote. */
  schema: S;
  /** What a site that never saved the section reads, and what a field that no longer validates falls back to. */
  defaults: z.output<S>;
}

const declare = <S extends z.ZodType>(schema: S, defaults: z.output<S>): SectionDeclaration<S> => ({ schema, defaults });

/**
 * Every settings section of a site: the one place the repository, the check when a site opens and the
 * services reading a section take its schema and defaults from. A section missing here is a compile error.
 */
export const SETTINGS_SECTION_DECLARATIONS = {
  security: declare(securitySettingsSchema, DEFAULT_SECURITY_SETTINGS),
  endUser: declare(storedEndUserSchema, END_USER_DEFAULTS),
  presence: declare(storedPresenceSchema, PRESENCE_DEFAULTS),
  contactPhotos: declare(contactPhotosSettingsSchema, CONTACT_PHOTOS_DEFAULTS),
  adminLdap: declare(adminLdapSettingsSchema, ADMIN_LDAP_DEFAULTS),
  cucm: declare(cucmSettingsSchema, CUCM_DEFAULTS),
  cucmImport: declare(cucmImportSettingsSchema, CUCM_IMPORT_DEFAULTS),
  userList: declare(storedUserListSchema, DEFAULT_USER_LIST_SETTINGS),
  importMappings: declare(storedMappingsSchema, SAVED_MAPPINGS_DEFAULTS),
  numbering: declare(numberingSettingsSchema, NUMBERING_DEFAULTS),
} as const satisfies Record<SettingsSectionName, SectionDeclaration<z.ZodType>>;

/** The value a section holds, as read from the site. */
export type SectionSettings<N extends SettingsSectionName> = z.output<(typeof SETTINGS_SECTION_DECLARATIONS)[N]['schema']>;
