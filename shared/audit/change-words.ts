import type { AuditChange, AuditRecord } from '../channels/audit.js';
import { isSecretChange } from '../channels/audit.js';
import { isMessageKey } from '../i18n/en.js';
import type { MessageKey, MessageParams } from '../i18n/en.js';
import { VIP_RANGE } from '../rules/user-field-rules.js';
import { fieldLabelKey, membershipGroup } from './field-labels.js';

/** The catalog of the screen (or of the export) the words are for. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface WordsOptions {
  t: Translate;
  /** An instant as the reader's locale writes it; ISO text when not given (the CSV export). */
  formatDate?: (iso: string) => string;
}

/** One recorded change in words an administrator reads. */
export interface ChangeWords {
  /** The field's label on its screen. */
  label: string;
  /** The value before; null when there was none to show (a created value, a secret). */
  before: string | null;
  /** The value after; for a secret "changed" or "cleared". */
  after: string;
  /** The whole change as one line: "Department: Sales → Field sales", "PIN changed". */
  text: string;
}

type Entry = Pick<AuditRecord, 'entity' | 'entityLabel' | 'action'>;

/** How "locked until unlocked" is stored (the far end of time, migration 011). */
const UNTIL_UNLOCKED = '9999-';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const last = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function fieldLabel(entry: Entry, path: string, options: WordsOptions): string {
  const group = entry.entity === 'user' || entry.entity === 'site' ? membershipGroup(path) : null;
  if (group !== null) return options.t('audit.field.memberOf', { group });
  const key = fieldLabelKey(entry.entity, entry.entityLabel, path);
  // A field no screen names (an entry older than its label): its own name rather than nothing.
  return key ? options.t(key) : path;
}

/** The catalog key of a coded value (a language, a presence service, a TLS mode), when the field has codes. */
function codeKey(path: string, value: string): MessageKey | null {
  const name = last(path);
  const key =
    name === 'language'
      ? `language.${value}`
      : name === 'authentication'
        ? `field.authentication.${value}`
        : name === 'applications'
          ? `application.${value}`
          : path === 'presence.service'
            ? `endUser.service.${value}`
            : name === 'tls'
              ? `ldap.tls.${value}`
              : name === 'scope'
                ? `ldap.scope.${value}`
                : path.startsWith('cucmMapping.')
                  ? `cucmImport.source.${value}`
                  : '';
  return key && isMessageKey(key) ? key : null;
}

function booleanWords(entry: Entry, path: string, value: boolean, t: Translate): string {
  if (membershipGroup(path) !== null && (entry.entity === 'user' || entry.entity === 'site')) {
    return t(value ? 'audit.value.member' : 'audit.value.notMember');
  }
  if (path === 'passwordExpired' || path === 'pinExpired') return t(value ? 'audit.value.expired' : 'audit.value.notExpired');
  return t(value ? 'audit.value.on' : 'audit.value.off');
}

/** An object value: what names it (a certificate, an integration user, a grant), else member by member. */
function objectWords(entry: Entry, path: string, value: Record<string, unknown>, options: WordsOptions): string {
  if (typeof value.application === 'string') {
    // A grant: the application, and the options granted with it by their labels.
    const application = valueWords(entry, 'applications', value.application, options);
    const granted = Array.isArray(value.options) ? value.options.map((option) => String(option)) : [];
    const words = granted.map((option) => {
      const key = `application.${value.application as string}.${option}`;
      return isMessageKey(key) ? options.t(key) : option;
    });
    return words.length > 0 ? `${application} (${words.join(', ')})` : application;
  }
  if (typeof value.device === 'string') {
    // A phone: its device name, with its model and the line of the primary extension where known.
    const details = [
      typeof value.model === 'string' ? value.model : '',
      typeof value.line === 'number' ? options.t('audit.value.phoneLine', { line: value.line }) : '',
    ];
    const known = details.filter((detail) => detail !== '');
    return known.length > 0 ? `${value.device} (${known.join(', ')})` : value.device;
  }
  for (const name of ['subject', 'username', 'name', 'fingerprint'] as const) {
    if (typeof value[name] === 'string' && value[name] !== '') return value[name];
  }
  const members = Object.entries(value).map(([member, memberValue]) => {
    const memberPath = `${path}.${member}`;
    // A member the field's screen does not label on its own (a figure such as "users") by the log's figures.
    const key = fieldLabelKey(entry.entity, entry.entityLabel, memberPath) ?? fieldLabelKey('site', '', member);
    return `${key ? options.t(key) : member}: ${valueWords(entry, memberPath, memberValue, options)}`;
  });
  return members.length === 0 ? options.t('audit.value.none') : members.join('; ');
}

/** A value in words: switches as on/off, codes by their names, lists joined, objects member by member. */
function valueWords(entry: Entry, path: string, value: unknown, options: WordsOptions): string {
  const { t } = options;
  if (value === null || value === undefined) return t('audit.value.none');
  if (value === '') return t('audit.value.empty');
  if (typeof value === 'boolean') return booleanWords(entry, path, value, t);
  if (Array.isArray(value)) return value.length === 0 ? t('audit.value.none') : value.map((v) => valueWords(entry, path, v, options)).join(', ');
  if (typeof value === 'object') return objectWords(entry, path, value as Record<string, unknown>, options);
  if (typeof value === 'number') {
    if (path === 'vip' && entry.entity === 'user') return value > 0 ? t('field.vipValue', { count: value, max: VIP_RANGE.max }) : t('field.vipClear');
    return String(value);
  }
  const text = String(value);
  const coded = codeKey(path, text);
  if (coded) return t(coded);
  if (ISO_INSTANT.test(text)) {
    if (text.startsWith(UNTIL_UNLOCKED)) return t('audit.value.untilUnlocked');
    return options.formatDate ? options.formatDate(text) : text;
  }
  return text;
}

/** Whether the change gave a value where none was recorded before ("Users changed: 6", a created user's field). */
function isCreated(entry: Entry, change: { field: string; before: unknown }): boolean {
  // bulkUsers: the figure of a bulk change's summary, also of an "expire all now" under the security settings.
  return entry.action === 'create' || (change.before === null && (entry.entity === 'site' || change.field === 'bulkUsers'));
}

/** One change in words, with its label and both values. */
export function describeChange(entry: Entry, change: AuditChange, options: WordsOptions): ChangeWords {
  const { t } = options;
  const label = fieldLabel(entry, change.field, options);
  if (isSecretChange(change)) {
    return {
      label,
      before: null,
      after: t(change.cleared ? 'audit.value.secretCleared' : 'audit.value.secretSet'),
      text: t(change.cleared ? 'audit.change.secretCleared' : 'audit.change.secretSet', { field: label }),
    };
  }
  const after = valueWords(entry, change.field, change.after, options);
  if (isCreated(entry, change)) return { label, before: null, after, text: t('audit.change.created', { field: label, after }) };
  const before = valueWords(entry, change.field, change.before, options);
  return { label, before, after, text: t('audit.change', { field: label, before, after }) };
}
