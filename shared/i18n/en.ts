import { errorMessages } from './messages/errors.js';
import { nativeMessages } from './messages/native.js';
import { ruleMessages } from './messages/rules.js';
import { uiMessages } from './messages/ui.js';
import { settingsMessages } from './messages/settings.js';
import { securityMessages } from './messages/security.js';
import { accountLockMessages } from './messages/account-lock.js';
import { endUserMessages } from './messages/end-user.js';
import { auditMessages } from './messages/audit.js';
import { ldapMessages } from './messages/ldap.js';
import { searchMessages } from './messages/search.js';
import { bulkMessages } from './messages/bulk.js';
import { userListMessages } from './messages/user-list.js';
import { photosMessages } from './messages/photos.js';
import { importMessages } from './messages/import.js';
import { connectionTestMessages } from './messages/connection-test.js';
import { importWizardMessages } from './messages/import-wizard.js';
import { exportMessages } from './messages/export.js';
import { cucmImportMessages } from './messages/cucm-import.js';
import { cucmMessages } from './messages/cucm.js';
import { fileMessages } from './messages/files.js';

/**
 * A message that depends on a number: the form is chosen by the `count` parameter with the language's
 * plural rules; `zero` (optional) is used for a count of 0 where a language reads better with its own text.
 */
interface PluralMessage {
  zero?: string;
  one: string;
  other: string;
}
export type Message = string | PluralMessage;

/** The complete English catalog. Another language is another object of the same keys. */
export const en = {
  ...ruleMessages,
  ...errorMessages,
  ...uiMessages,
  ...nativeMessages,
  ...settingsMessages,
  ...securityMessages,
  ...accountLockMessages,
  ...endUserMessages,
  ...auditMessages,
  ...ldapMessages,
  ...searchMessages,
  ...bulkMessages,
  ...userListMessages,
  ...photosMessages,
  ...importMessages,
  ...connectionTestMessages,
  ...importWizardMessages,
  ...exportMessages,
  ...cucmImportMessages,
  ...cucmMessages,
  ...fileMessages,
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = { locale: string; messages: Record<MessageKey, Message> };
export type MessageParams = Record<string, string | number>;

export const english: Catalog = { locale: 'en', messages: en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function chooseForm(catalog: Catalog, message: PluralMessage, count: unknown): string {
  const n = typeof count === 'number' ? count : Number(count);
  if (n === 0 && message.zero !== undefined) return message.zero;
  return new Intl.PluralRules(catalog.locale).select(n) === 'one' ? message.one : message.other;
}

/**
 * Parameters that are numbers but no quantities: written as they are, never grouped ("port 8443", extension
 * 4101, HTTP status 404, AXL version 15).
 */
const IDENTIFIER_PARAMS: ReadonlySet<string> = new Set([
  'port',
  'number',
  'status',
  'version',
  'axlVersion',
  'axlcode',
  'release',
  'id',
  'year',
  'line',
  'column',
  'position',
]);

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A quantity as the catalog's language writes it ("100,000" in English): the one place numbers in messages are formatted. */
export function formatQuantity(catalog: Catalog, value: number): string {
  let format = numberFormats.get(catalog.locale);
  if (!format) numberFormats.set(catalog.locale, (format = new Intl.NumberFormat(catalog.locale)));
  return format.format(value);
}

function paramText(catalog: Catalog, name: string, value: string | number): string {
  return typeof value === 'number' && !IDENTIFIER_PARAMS.has(name) ? formatQuantity(catalog, value) : String(value);
}

/**
 * Fills {name} placeholders; numbers are written with the language's digit grouping. An unknown placeholder
 * stays visible so a missing parameter is noticed.
 */
export function translate(catalog: Catalog, key: MessageKey, params?: MessageParams): string {
  const message: Message = catalog.messages[key] ?? key;
  const template = typeof message === 'string' ? message : chooseForm(catalog, message, params?.count);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? paramText(catalog, name, params[name]!) : whole,
  );
}
