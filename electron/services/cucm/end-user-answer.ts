import { childNamed, childText } from '@shared/xml/xml-document';
import type { XmlElement } from '@shared/xml/xml-document';
import type { CucmEndUser } from './cucm-end-user';

/** A desk phone's device name: SEP and the phone's 12-digit MAC address. */
const DESK_PHONE = /^SEP[0-9A-F]{12}$/i;

/** The first associated device that is a desk phone (<associatedDevices><device>…</device>…), or ''. */
function phoneDeviceOf(user: XmlElement): string {
  const devices = childNamed(user, 'associatedDevices')?.children ?? [];
  return devices.find((device) => device.local === 'device' && DESK_PHONE.test(device.text.trim()))?.text.trim() ?? '';
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
      phoneDevice: phoneDeviceOf(user),
    });
  }
  return users;
}
