import type { ExportLayout } from '@shared/channels/export';
import { languageCode } from '@shared/domain';
import type { ApplicationGrant, Language, UserFields } from '@shared/domain';
import { phonesToText } from '@shared/import/phones-text';
import { grantsToText } from '@shared/import/application-grants-text';
import { groupNamesToText } from '@shared/import/cell-values';
import { FILE_FIELDS } from '@shared/user-record/file-fields';
import type { FileField } from '@shared/user-record/file-fields';
import type { ExportedUser } from './exported-users';

interface ExportColumn {
  header: string;
  /** A password or PIN: written only when the administrator included credentials. */
  credential?: true;
  value(user: ExportedUser): string;
}

/**
 * A layout's columns. Its delimiter, encoding and line ends are the format's (LAYOUT_FORMATS in
 * shared/channels/export.ts says each layout's own, and where it comes from).
 */
export interface ExportLayoutSpec {
  columns: ExportColumn[];
  /**
   * The target takes usernames of ASCII characters only: the export lists the users whose username is not,
   * instead of writing a name the system would refuse or garble.
   */
  asciiUsernames?: true;
}

const flag = (on: boolean) => (on ? '1' : '0');

/** A file field as the Roster (Callisto) layout writes it: the forms the import reads back (row-values.ts). */
function callistoValue(user: ExportedUser, field: FileField): string {
  const value: unknown = field.field === null ? null : user[field.field];
  switch (field.format) {
    case 'text':
    case 'authentication':
      return value as string;
    case 'vip':
      return String(value);
    case 'language':
      // The platform's CSV code, 1 (English) to 5 (Spanish).
      return String(languageCode(value as Language));
    case 'switch':
      return flag(field.member === undefined ? (value as boolean) : (value as Record<string, boolean>)[field.member] === true);
    case 'aliases':
      // Aliases never hold spaces (numbers or name-like tokens), so a space separates them unambiguously.
      return (value as string[]).join(' ');
    case 'applications':
      return grantsToText(value as ApplicationGrant[]);
    case 'phones':
      return phonesToText(value as UserFields['phones']);
    case 'groups':
      return groupNamesToText(user.groups);
    case 'group':
      return user.groupName(value as number | null);
    case 'credential':
      return (field.name === 'password' ? user.password : user.pin) ?? '';
    case 'eachSwitch':
      return '';
  }
}

/**
 * The account's lock, after the record's fields: written for the administrator reading the file, not read
 * back (a lock is set in Roster, with its reason, not by an import).
 */
const ACCOUNT_COLUMNS: ExportColumn[] = [
  { header: 'Locked until', value: (user) => user.lockedUntil ?? '' },
  { header: 'Lock reason', value: (user) => user.lockReason },
];

/** Callisto: every field of the user record under the Callisto form's label, the names the import's auto-mapping reads back. */
function callisto(): ExportLayoutSpec {
  return {
    columns: [
      ...FILE_FIELDS.map((field) => ({
        header: field.headers[0]!,
        ...(field.format === 'credential' ? { credential: true as const } : {}),
        value: (user: ExportedUser) => callistoValue(user, field),
      })),
      ...ACCOUNT_COLUMNS,
    ],
  };
}

/** XiVO's locales; XiVO has no Italian, so an Italian user's language is left empty (XiVO then uses its own). */
const XIVO_LOCALES: Record<Language, string> = { en: 'en_US', de: 'de_DE', fr: 'fr_FR', it: '', es: 'es_ES' };

/**
 * XiVO: the pipe-delimited user file, with its user section and, for users with a number, the line
 * section. A line needs a context and a protocol, which Roster does not know: XiVO's usual "default"
 * context and SIP are written, to be changed in the file where the platform differs. The username is the
 * XiVO Client's login (seed 002: "XiVO Client username"), an identifier the CTI server and Asterisk's
 * configuration carry; Roster treats it as ASCII-only, the one form every XiVO part reads alike, so a user
 * whose username is not ASCII is listed, not written.
 */
function xivo(): ExportLayoutSpec {
  const withLine = (value: string) => (user: ExportedUser) => (user.number ? value : '');
  return {
    asciiUsernames: true,
    columns: [
      { header: 'firstname', value: (u) => u.firstName },
      { header: 'lastname', value: (u) => u.lastName },
      { header: 'language', value: (u) => XIVO_LOCALES[u.language] },
      { header: 'username', value: (u) => u.username },
      { header: 'password', credential: true, value: (u) => u.password ?? '' },
      { header: 'mobilephonenumber', value: (u) => u.mobile },
      { header: 'phonenumber', value: (u) => u.number },
      { header: 'context', value: withLine('default') },
      { header: 'protocol', value: withLine('sip') },
    ],
  };
}

/** CUCM's user locales, as BAT files name them. */
const CUCM_LOCALES: Record<Language, string> = {
  en: 'English United States',
  de: 'German Germany',
  fr: 'French France',
  it: 'Italian Italy',
  es: 'Spanish Spain',
};

/**
 * CUCM BAT: the user file's column names; the extension is the primary extension, the phone the telephone
 * number, the user's phones its controlled devices (by device name, as many CONTROLLED DEVICE n columns as the
 * user with the most phones needs, at least one). BAT reads UTF-8 files, which Cisco's Bulk Administration
 * Guide recommends precisely so that characters beyond ASCII are kept: usernames are written as they are.
 */
function cucmBat({ mostPhones }: LayoutNeeds): ExportLayoutSpec {
  const devices = Array.from({ length: Math.max(1, mostPhones) }, (_, index) => ({
    header: `CONTROLLED DEVICE ${index + 1}`,
    value: (u: ExportedUser) => u.phones[index]?.device ?? '',
  }));
  return {
    columns: [
      { header: 'FIRST NAME', value: (u) => u.firstName },
      { header: 'LAST NAME', value: (u) => u.lastName },
      { header: 'USER ID', value: (u) => u.username },
      { header: 'PASSWORD', credential: true, value: (u) => u.password ?? '' },
      { header: 'DEPARTMENT', value: (u) => u.department },
      { header: 'PIN', credential: true, value: (u) => u.pin ?? '' },
      { header: 'USER LOCALE', value: (u) => CUCM_LOCALES[u.language] },
      { header: 'TELEPHONE NUMBER', value: (u) => u.phone },
      { header: 'PRIMARY EXTENSION', value: (u) => u.number },
      { header: 'MAIL ID', value: (u) => u.email },
      { header: 'MOBILE NUMBER', value: (u) => u.mobile },
      { header: 'PAGER NUMBER', value: (u) => u.pager },
      ...devices,
    ],
  };
}

/** What a layout's columns depend on in the users exported. */
interface LayoutNeeds {
  /** The most phones one of the users has. */
  mostPhones: number;
}

const LAYOUTS: Record<ExportLayout, (needs: LayoutNeeds) => ExportLayoutSpec> = { callisto, xivo, cucmBat };

/** The columns of a layout; credential columns are left out entirely unless credentials are included. */
export function exportLayout(layout: ExportLayout, includeCredentials: boolean, needs: LayoutNeeds): ExportLayoutSpec {
  const spec = LAYOUTS[layout](needs);
  return { ...spec, columns: spec.columns.filter((column) => includeCredentials || !column.credential) };
}
