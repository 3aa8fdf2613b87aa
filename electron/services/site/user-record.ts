import { PRIVILEGES } from '@shared/domain';
import type { Privileges, User, UserFields, UserSource } from '@shared/domain';
import { applicationsSchema, voiceRecordingSchema } from '@shared/rules/user-rules';

/** A stored user without its secrets' status (that comes from the secret store). */
export type StoredUser = Omit<User, 'password' | 'pin'>;

/** The users table's row as better-sqlite3 returns it. */
export interface UserRecord extends Record<string, unknown> {
  id: number;
  username: string;
  authentication: User['authentication'];
  always_prompt_pin: number;
  first_name: string;
  last_name: string;
  department: string;
  vip: number;
  email: string;
  language: User['language'];
  mobile: string;
  pager: string;
  phone: string;
  number: string;
  show_in_directory: number;
  enabled: number;
  phantom: number;
  voice_recording_options: string;
  application_grants: string;
  internal_contacts_group_id: number | null;
  external_contacts_group_id: number | null;
  vm_forward_to_email: number;
  vm_mark_as_read: number;
  vm_sms_on_new: number;
  fax_forward_to_email: number;
  fax_mark_as_read: number;
  fax_sms_on_new: number;
  fax_outbound_confirmation: number;
  locked_until: string | null;
  failed_attempts: number;
  password_set_at: string | null;
  password_expired: number;
  pin_set_at: string | null;
  pin_expired: number;
  source: UserSource;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The privilege columns carry the privilege names themselves, so this list is the mapping. */
const PRIVILEGE_COLUMNS: readonly string[] = PRIVILEGES;

/** Columns written from UserFields, in a fixed order shared by INSERT and UPDATE. */
export const EDITABLE_COLUMNS = [
  'username',
  'authentication',
  'always_prompt_pin',
  'first_name',
  'last_name',
  'department',
  'vip',
  'email',
  'language',
  'mobile',
  'pager',
  'phone',
  'number',
  'show_in_directory',
  'enabled',
  'phantom',
  ...PRIVILEGE_COLUMNS,
  'voice_recording_options',
  'application_grants',
  'internal_contacts_group_id',
  'external_contacts_group_id',
  'vm_forward_to_email',
  'vm_mark_as_read',
  'vm_sms_on_new',
  'fax_forward_to_email',
  'fax_mark_as_read',
  'fax_sms_on_new',
  'fax_outbound_confirmation',
] as const;

const bit = (value: boolean) => (value ? 1 : 0);

/** Named parameters for EDITABLE_COLUMNS. */
export function toColumnValues(fields: UserFields): Record<string, string | number | null> {
  const values: Record<string, string | number | null> = {
    username: fields.username,
    authentication: fields.authentication,
    always_prompt_pin: bit(fields.alwaysPromptPin),
    first_name: fields.firstName,
    last_name: fields.lastName,
    department: fields.department,
    vip: fields.vip,
    email: fields.email,
    language: fields.language,
    mobile: fields.mobile,
    pager: fields.pager,
    phone: fields.phone,
    number: fields.number,
    show_in_directory: bit(fields.showInDirectory),
    enabled: bit(fields.enabled),
    phantom: bit(fields.phantom),
    voice_recording_options: JSON.stringify(fields.voiceRecording),
    application_grants: JSON.stringify(fields.applications),
    internal_contacts_group_id: fields.internalContactsGroupId,
    external_contacts_group_id: fields.externalContactsGroupId,
    vm_forward_to_email: bit(fields.voicemail.forwardToEmail),
    vm_mark_as_read: bit(fields.voicemail.markAsRead),
    vm_sms_on_new: bit(fields.voicemail.smsOnNew),
    fax_forward_to_email: bit(fields.fax.forwardToEmail),
    fax_mark_as_read: bit(fields.fax.markAsRead),
    fax_sms_on_new: bit(fields.fax.smsOnNew),
    fax_outbound_confirmation: bit(fields.fax.outboundConfirmation),
  };
  for (const privilege of PRIVILEGES) values[privilege] = bit(fields.privileges[privilege]);
  return values;
}

export function fromRecord(record: UserRecord, aliases: string[], groupIds: number[]): StoredUser {
  const privileges = Object.fromEntries(PRIVILEGES.map((p) => [p, record[p] === 1])) as Privileges;
  return {
    id: record.id,
    username: record.username,
    authentication: record.authentication,
    alwaysPromptPin: record.always_prompt_pin === 1,
    firstName: record.first_name,
    lastName: record.last_name,
    department: record.department,
    vip: record.vip,
    email: record.email,
    language: record.language,
    mobile: record.mobile,
    pager: record.pager,
    phone: record.phone,
    number: record.number,
    aliases,
    showInDirectory: record.show_in_directory === 1,
    enabled: record.enabled === 1,
    phantom: record.phantom === 1,
    privileges,
    voiceRecording: voiceRecordingSchema.parse(JSON.parse(record.voice_recording_options)),
    applications: applicationsSchema.parse(JSON.parse(record.application_grants)),
    internalContactsGroupId: record.internal_contacts_group_id,
    externalContactsGroupId: record.external_contacts_group_id,
    voicemail: {
      forwardToEmail: record.vm_forward_to_email === 1,
      markAsRead: record.vm_mark_as_read === 1,
      smsOnNew: record.vm_sms_on_new === 1,
    },
    fax: {
      forwardToEmail: record.fax_forward_to_email === 1,
      markAsRead: record.fax_mark_as_read === 1,
      smsOnNew: record.fax_sms_on_new === 1,
      outboundConfirmation: record.fax_outbound_confirmation === 1,
    },
    groupIds,
    lockedUntil: record.locked_until,
    failedAttempts: record.failed_attempts,
    passwordSetAt: record.password_set_at,
    passwordExpired: record.password_expired === 1,
    pinSetAt: record.pin_set_at,
    pinExpired: record.pin_expired === 1,
    source: record.source,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    deletedAt: record.deleted_at,
  };
}
