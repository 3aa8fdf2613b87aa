import { languageOfLocale } from '@shared/cucm/locale-language';
import { CUCM_MAPPED_FIELDS } from '@shared/cucm/cucm-mapping';
import type { CucmMappedField, CucmMapping } from '@shared/cucm/cucm-mapping';
import type { Language, UserFields } from '@shared/domain';
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
    if (target === 'phones') {
      fields.phones = devicesText(user.devices);
      continue;
    }
    fields[target] = user[source as Exclude<typeof source, 'userLocale' | 'associatedDevices'>];
  }
  return { username: user.userid, fields };
}

/**
 * The phones as the plan compares them: the device names separated by spaces (names hold no space), the very
 * form of the users table's device_text, so a stored user compares without reading its phones.
 */
export function devicesText(devices: readonly string[]): string {
  return devices.join(' ');
}

/**
 * The phones a user gets from CUCM's device names: a device the user already had keeps its model and line
 * (CUCM's end user does not say them), a new one comes without; CUCM's order is kept.
 */
export function phonesOfDevices(text: string, stored: UserFields['phones']): UserFields['phones'] {
  const byName = new Map(stored.map((phone) => [phone.device.toUpperCase(), phone] as const));
  return text
    .split(' ')
    .filter((device) => device !== '')
    .map((device) => byName.get(device.toUpperCase()) ?? { device, model: '', line: null });
}
