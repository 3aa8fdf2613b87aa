import { describe, expect, it } from 'vitest';
import { describeChange } from '@shared/audit/change-words';
import { operationWords } from '@shared/audit/operation-words';
import type { AuditChange, AuditEntity } from '@shared/channels/audit';
import { english, translate } from '@shared/i18n/en';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(english, key, params);

const words = (entity: AuditEntity, entityLabel: string, change: AuditChange, action = 'update') =>
  describeChange({ entity, entityLabel, action }, change, { t }).text;
const user = (change: AuditChange, action?: string) => words('user', 'hans.meier', change, action);

describe('the words of a recorded change', () => {
  it('labels user fields as the editor does, with switches, codes and groups in words', () => {
    expect(user({ field: 'department', before: 'Sales', after: '' })).toBe('Department: Sales → (empty)');
    expect(user({ field: 'privileges.sms', before: false, after: true })).toBe('Allow SMS sending: off → on');
    expect(user({ field: 'voicemail.smsOnNew', before: true, after: false })).toBe('SMS on new voicemail: on → off');
    expect(user({ field: 'voiceRecording.inbound', before: false, after: true })).toBe('Record inbound calls: off → on');
    expect(user({ field: 'language', before: 'en', after: 'de' })).toBe('Language: English → German');
    expect(user({ field: 'authentication', before: 'local', after: 'cucm' })).toBe('Authentication: Local → CUCM');
    expect(user({ field: 'groups', before: ['Sales'], after: ['Sales', 'Night shift'] })).toBe('User groups: Sales → Sales, Night shift');
    expect(user({ field: 'groups.Sales', before: false, after: true })).toBe('Member of group “Sales”: no → yes');
    expect(user({ field: 'internalContacts', before: null, after: 'Management' })).toBe('Internal contacts: (none) → Management');
    expect(user({ field: 'vip', before: 0, after: 3 })).toBe('VIP status: No VIP status → 3 of 5 stars');
    expect(user({ field: 'passwordExpired', before: false, after: true })).toBe('Password expired: not expired → expired');
    expect(user({ field: 'lockedUntil', before: null, after: '9999-12-31T23:59:59.999Z' })).toBe('Locked until: (none) → until unlocked');
    expect(user({ field: 'applications', before: [], after: [{ application: 'oim', options: [] }, 'attendantConsole'] })).toBe(
      'Granted applications: (none) → OIM applications, Attendant console',
    );
    expect(user({ field: 'applications', before: [], after: [{ application: 'conferenceManager', options: ['manageAllRooms'] }] })).toBe(
      'Granted applications: (none) → Conference manager (May manage every conference room)',
    );
    expect(
      user({
        field: 'phones',
        before: [],
        after: [
          { device: 'SEP001EBE90DFAD', model: 'Cisco 8845', line: 1 },
          { device: 'CSFABERG', model: '', line: null },
        ],
      }),
    ).toBe('Phones: (none) → SEP001EBE90DFAD (Cisco 8845, primary line 1), CSFABERG');
    expect(user({ field: 'notes', before: '', after: 'On call' })).toBe('Notes: (empty) → On call');
  });

  it('says "set" or "cleared" for a secret, and a created user\'s values without a before', () => {
    expect(user({ field: 'pin', secret: true })).toBe('PIN changed');
    expect(user({ field: 'password', secret: true, cleared: true })).toBe('Password cleared');
    expect(describeChange({ entity: 'user', entityLabel: 'x', action: 'update' }, { field: 'pin', secret: true }, { t })).toMatchObject({
      label: 'PIN',
      before: null,
      after: 'set',
    });
    expect(user({ field: 'firstName', before: null, after: 'Hans' }, 'create')).toBe('First name: Hans');
  });

  it('labels settings fields by their screens and codes by their options', () => {
    expect(words('settings', 'security', { field: 'lockoutAttempts', before: 5, after: 3 })).toBe('Failed attempts before locking: 5 → 3');
    expect(words('settings', 'security', { field: 'passwordExpiryDays', before: null, after: 90 })).toBe(
      'Passwords expire after (days): (none) → 90',
    );
    expect(words('settings', 'endUser', { field: 'presence.service', before: 'none', after: 'teams' })).toBe(
      'Presence service: None → Microsoft Teams',
    );
    expect(words('settings', 'endUser', { field: 'presence.cups.port', before: 5060, after: 5061 })).toBe('Port: 5060 → 5061');
    expect(words('settings', 'contactPhotos', { field: 'tls', before: 'none', after: 'ldaps' })).toBe(
      'Encryption: None (plain LDAP) → LDAPS (TLS from the start)',
    );
    expect(words('settings', 'adminLdap', { field: 'enabled', before: false, after: true })).toBe(
      'Administrators sign in with their LDAP account: off → on',
    );
    expect(words('settings', 'cucm', { field: 'timeoutSeconds', before: 10, after: 30 })).toBe('Timeout (seconds): 10 → 30');
    expect(words('settings', 'userList', { field: 'widths.username', before: 120, after: 240 })).toBe('Column widths: 120 → 240');
  });

  it("never shows JSON: an object is described member by member, by the members' labels", () => {
    // As "expire all now" recorded it before it became a bulk change.
    const legacy = words('settings', 'security', { field: 'passwordExpired', before: null, after: { users: 1 } });
    expect(legacy).toBe('Password expired: (none) → Users: 1');
    expect(legacy).not.toMatch(/[{}"]/);
    expect(user({ field: 'voiceRecording', before: null, after: { inbound: true, outbound: false } })).toBe(
      'Voice recording options: (none) → Record inbound calls: on; Record outbound calls: off',
    );
  });

  it('names the figures of site-wide work', () => {
    expect(words('site', 'people.csv', { field: 'created', before: null, after: 3 }, 'import.csv')).toBe('Users created: 3');
    expect(words('site', 'a, b', { field: 'bulkUsers', before: null, after: 2 }, 'bulk.enable')).toBe('Users changed: 2');
  });
});

describe('the words of an operation', () => {
  it('names imports, bulk changes and "expire all now"', () => {
    expect(operationWords({ kind: 'import', id: 1, source: 'csv', label: 'people.csv' }, t)).toBe('Import of “people.csv”');
    expect(operationWords({ kind: 'import', id: 1, source: 'cucm', label: 'cucm.example.com' }, t)).toBe('CUCM import from cucm.example.com');
    const bulk = { kind: 'bulkChange', id: 2, groupName: null, privilege: null, expireAll: false } as const;
    expect(operationWords({ ...bulk, action: 'addToGroup', groupName: 'Sales' }, t)).toBe('Bulk change: Added to group "Sales"');
    expect(operationWords({ ...bulk, action: 'setPrivilege', privilege: 'sms' }, t)).toBe('Bulk change: Granted "Allow SMS sending"');
    expect(operationWords({ ...bulk, action: 'expirePin', expireAll: true }, t)).toBe('“Expire all PINs now”');
  });
});
