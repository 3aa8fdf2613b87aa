import type { z } from 'zod';
import type { DefaultValueFields } from '../domain/defaults.js';
import type { MessageKey } from '../i18n/en.js';

/**
 * What a user field is, said once: its rule, its label, how the users table holds it, and what every part of
 * Roster does with it. user-fields.ts declares each field with this; the contract, the repository's SQL, the
 * audit, the import mapping, the export layouts, the search fields and the editor read the declarations.
 */

/** How the users table holds a field. */
export type FieldStorage =
  | { as: 'text'; column: string }
  | { as: 'integer'; column: string }
  | { as: 'bit'; column: string }
  /** Small structured values (options, grants), validated with the field's rule when read. */
  | { as: 'json'; column: string }
  /** A user group's id, or null; the log and files name the group. */
  | { as: 'groupRef'; column: string }
  /** An object of switches, one 0/1 column per member (the privileges carry their own names as columns). */
  | { as: 'switches'; columns: Readonly<Record<string, string>> }
  /** user_aliases, in order. */
  | { as: 'aliases' }
  /** user_phones, in order. */
  | { as: 'phones' }
  /** group_members. */
  | { as: 'groups' };

/**
 * How a file's cell gives the field and how the Roster (Callisto) layout writes it back, in the forms the
 * import reads: text as is, switches as 1/0, a language as its CSV code 1-5, lists joined.
 */
export type CellFormat =
  | 'text'
  | 'vip'
  | 'language'
  | 'authentication'
  | 'switch'
  | 'aliases'
  | 'groups'
  | 'group'
  | 'applications'
  | 'phones'
  /** One column per member of a 'switches' field, named `<name>.<member>`. */
  | 'eachSwitch';

/** Where the import's mapping offers a field (the editor's grouping). */
export type MappingGroup = 'person' | 'numbers' | 'account' | 'privileges' | 'notifications';

interface FileDeclaration {
  format: CellFormat;
  group: MappingGroup;
  /** The field's name in mappings and in the error report, when it is not the field's own ('groups' for groupIds). */
  name?: string;
  /** Headers that name it (compared without case, accents, spaces or punctuation); the first is the one Roster writes. */
  headers: readonly string[];
  /** For 'eachSwitch': the headers of each member; the first is written. */
  memberHeaders?: Readonly<Record<string, readonly string[]>>;
}

export interface FieldDeclaration<T = unknown> {
  /** The editor's label; for 'switches', members are labelled `${memberLabel}${member}`. */
  label: MessageKey;
  memberLabel?: string;
  rule: z.ZodType<T, unknown>;
  storage: FieldStorage;
  /** A new user's value, unless the site's defaults hold the field; an overwriting import's empty cell gives it too. */
  initial: NoInfer<T> | { fromDefaults: keyof DefaultValueFields };
  /** Read from import files and written in the Roster layout. Absent: neither. */
  file?: FileDeclaration;
  /** Searched as text: the names of `name:value`, the first one offered by completion. Free words search it too. */
  search?: { names: readonly string[] };
  /** May decide whether an imported row is a user that already exists; caseless compares without case. */
  duplicateKey?: { caseless: boolean };
  /** A plain text box of an editor section; absent for fields with their own widget. */
  editor?: { section: 'person'; input?: 'tel' | 'email' | 'multiline' };
  /**
   * Offered as a column of the user list: its header (the label unless a shorter one is given), its width
   * before anybody drags it, and how it sorts (natural: digit runs by value; text: without case; extension:
   * 999 before 1000; value: as stored).
   */
  list?: { header?: MessageKey; width: number; order: 'natural' | 'text' | 'extension' | 'value' };
  /** What the log records: the value, or the group(s) by name (an id means nothing to the reader). */
  audit: 'value' | 'groupName' | 'groupNames';
  /** The name the log gives the field, when not its own (a group reference is logged by the group's name). */
  logName?: string;
}

/** A declaration whose rule keeps its own type, so the record's type can be read off the table. */
export function declareField<T>(declaration: FieldDeclaration<T>): FieldDeclaration<T> {
  return declaration;
}
