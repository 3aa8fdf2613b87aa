import { IMPORT_FIELDS } from '@shared/channels/import';
import type { ExportLayout } from '@shared/channels/export';
import type { ImportField } from '@shared/channels/import';
import { languageCode } from '@shared/domain';
import type { Language, Privilege } from '@shared/domain';
import { CALLISTO_HEADERS } from '@shared/import/header-names';
import type { ExportedUser } from './exported-users';

interface ExportColumn {
  header: string;
  /** A password or PIN: written only when the administrator included credentials. */
  credential?: true;
  value(user: ExportedUser): string;
}

export interface ExportLayoutSpec {
  delimiter: string;
  columns: ExportColumn[];
}

const flag = (on: boolean) => (on ? '1' : '0');

/** A Roster field as the Callisto layout writes it: the forms the import reads back. */
function callistoValue(user: ExportedUser, field: ImportField): string {
  if (field.startsWith('privilege.')) return flag(user.privileges[field.slice('privilege.'.length) as Privilege]);
  switch (field) {
    case 'vip':
      return String(user.vip);
    case 'language':
      // The platform's CSV code, 1 (English) to 5 (Spanish).
      return String(languageCode(user.language));
    case 'aliases':
      // Aliases never hold spaces (numbers or name-like tokens), so a space separates them unambiguously.
      return user.aliases.join(' ');
    case 'groups':
      return user.groups.join('; ');
    case 'enabled':
    case 'showInDirectory':
    case 'phantom':
      return flag(user[field]);
    case 'password':
    case 'pin':
      return user[field] ?? '';
    default:
      return user[field as Exclude<ImportField, `privilege.${string}`>] as string;
  }
}

/** Callisto: every Roster field under the Callisto form's label, the names the import's auto-mapping reads back. */
function callisto(): ExportLayoutSpec {
  return {
    delimiter: ',',
    columns: IMPORT_FIELDS.map((field) => ({
      header: CALLISTO_HEADERS[field],
      ...(field === 'password' || field === 'pin' ? { credential: true as const } : {}),
      value: (user: ExportedUser) => callistoValue(user, field),
    })),
  };
}

/** XiVO's locales; XiVO has no Italian, so an Italian user's language is left empty (XiVO then uses its own). */
const XIVO_LOCALES: Record<Language, string> = { en: 'en_US', de: 'de_DE', fr: 'fr_FR', it: '', es: 'es_ES' };

/**
 * XiVO: the pipe-delimited user file, with its user section and, for users with a number, the line
 * section. A line needs a context and a protocol, which Roster does not know: XiVO's usual "default"
 * context and SIP are written, to be changed in the file where the platform differs.
 */
function xivo(): ExportLayoutSpec {
  const withLine = (value: string) => (user: ExportedUser) => (user.number ? value : '');
  return {
    delimiter: '|',
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

/** CUCM BAT: the user file's column names; the extension is the primary extension, the phone the telephone number. */
function cucmBat(): ExportLayoutSpec {
  return {
    delimiter: ',',
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
    ],
  };
}

const LAYOUTS: Record<ExportLayout, () => ExportLayoutSpec> = { callisto, xivo, cucmBat };

/** The columns of a layout; credential columns are left out entirely unless credentials are included. */
export function exportLayout(layout: ExportLayout, includeCredentials: boolean): ExportLayoutSpec {
  const spec = LAYOUTS[layout]();
  return { ...spec, columns: spec.columns.filter((column) => includeCredentials || !column.credential) };
}
