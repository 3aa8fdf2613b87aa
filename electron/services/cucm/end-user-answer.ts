import { childNamed, childText } from '@shared/xml/xml-document';
import type { XmlElement } from '@shared/xml/xml-document';
import type { CucmEndUser } from './cucm-end-user';

/** A desk phone's device name: SEP and the phone's 12-digit MAC address. */
const DESK_PHONE = /^SEP[0-9A-F]{12}$/i;

/** The associated devices' names (<associatedDevices><device>…</device>…), in CUCM's order, each once. */
function devicesOf(user: XmlElement): string[] {
  const devices = childNamed(user, 'associatedDevices')?.children ?? [];
  const names = devices.filter((device) => device.local === 'device').map((device) => device.text.trim());
  return [...new Set(names.filter((name) => name !== ''))];
}

/**
 * The end users of a listUserResponse: <return><user uuid="{…}"><firstName>…</firstName>…</user></return>.
 * AXL writes a null as an empty element (or leaves it out); both read as ''. primaryExtension is a
 * structure of its own (pattern and partition): Roster keeps the pattern.
 */
export function endUsersOf(response: XmlElement): CucmEndUser[] {
  const list = childNamed(response, 'return');
  if (!list) return [];
  const users: CucmEndUser[] = [];
  for (const user of list.children) {
    if (user.local !== 'user') continue;
    const devices = devicesOf(user);
    users.push({
      uuid: user.attributes.uuid ?? '',
      userid: childText(user, 'userid'),
      firstName: childText(user, 'firstName'),
      lastName: childText(user, 'lastName'),
      mailid: childText(user, 'mailid'),
      department: childText(user, 'department'),
      telephoneNumber: childText(user, 'telephoneNumber'),
      mobileNumber: childText(user, 'mobileNumber'),
      pagerNumber: childText(user, 'pagerNumber'),
      primaryExtension: childText(childNamed(user, 'primaryExtension'), 'pattern'),
      userLocale: childText(user, 'userLocale'),
      // The first desk phone, as the platform's usr_PhoneMac holds it.
      phoneDevice: devices.find((device) => DESK_PHONE.test(device)) ?? '',
      devices,
    });
  }
  return users;
}
