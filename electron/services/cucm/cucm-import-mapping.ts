import { languageOfLocale } from '@shared/cucm/locale-language';
import { CUCM_MAPPED_FIELDS } from '@shared/cucm/cucm-mapping';
import type { CucmMappedField, CucmMapping } from '@shared/cucm/cucm-mapping';
import type { Language } from '@shared/domain';
import type { CucmEndUser } from './cucm-end-user';

/** What a mapping makes of one end user: the username and the Roster fields it fills (as read, untrimmed). */
export interface MappedCucmUser {
  username: string;
  /** Only the fields the mapping fills. language is absent when the locale is empty or not one of Roster's. */
  fields: Partial<Record<Exclude<CucmMappedField, 'language'>, string>> & { language?: Language };
}

/** Applies the mapping to one end user. Validation (the editor's rules) comes after, on the whole user. */
export function mapCucmUser(user: CucmEndUser, mapping: CucmMapping): MappedCucmUser {
  const fields: MappedCucmUser['fields'] = {};
  for (const target of CUCM_MAPPED_FIELDS) {
    const source = mapping[target];
    if (source === null) continue;
    if (target === 'language') {
      const language = languageOfLocale(user.userLocale);
      if (language) fields.language = language;
      continue;
    }
    fields[target] = user[source as Exclude<typeof source, 'userLocale'>];
  }
  return { username: user.userid, fields };
}
