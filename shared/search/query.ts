import type { Privilege } from '../domain/privileges.js';
import type { UserFieldName } from '../user-record/user-fields.js';
import type { MessageKey, MessageParams } from '../i18n/en.js';

/**
 * The typed form of a search text (the language is in parse.ts). The parser produces it, the main process compiles it to SQL,
 * and nothing else ever interprets the text itself.
 */
export type SearchNode =
  /** Every item; no items: no condition. */
  | { kind: 'and'; items: SearchNode[] }
  | { kind: 'or'; items: SearchNode[] }
  | { kind: 'not'; item: SearchNode }
  /** Text contained in a field (any text field when field is null); with `*`, the whole value must match the pattern. */
  | { kind: 'text'; field: TextField | null; value: string; wildcard: boolean }
  | { kind: 'compare'; field: OrderedField; op: CompareOp; value: number | string }
  /** Both ends included. */
  | { kind: 'range'; field: OrderedField; from: number | string; to: number | string }
  | { kind: 'language'; code: string }
  | { kind: 'source'; source: string }
  /** Created or updated by that import of the Imports screen (the ledger's number). */
  | { kind: 'import'; id: number }
  /** Membership of the group of that name (ignoring case); with `*`, of any group whose name matches. */
  | { kind: 'group'; name: string; wildcard: boolean }
  | { kind: 'has'; what: HasTarget }
  | { kind: 'is'; state: IsState }
  | { kind: 'priv'; privilege: Privilege };

export type CompareOp = '=' | '>' | '>=' | '<' | '<=';

/**
 * A user field searched as text (those declared with `search` in shared/user-record/user-fields.ts), or
 * `name`: first or last name. `number` is a text field only for `*` patterns (number:10*); otherwise it is ordered.
 */
export type TextField = UserFieldName | 'name';

/** Fields compared by order: the extension as a number, VIP stars, and the created / updated days (YYYY-MM-DD). */
export type OrderedField = 'number' | 'vip' | 'created' | 'updated';

export const HAS_TARGETS = ['mobile', 'email', 'phone', 'pager', 'number', 'alias', 'pin', 'password', 'photo'] as const;
export type HasTarget = (typeof HAS_TARGETS)[number];

// `expired` is either secret; `passwordexpired` and `pinexpired` name one (the user list's State filter).
export const IS_STATES = ['locked', 'enabled', 'disabled', 'phantom', 'deleted', 'expired', 'passwordexpired', 'pinexpired', 'sharednumber'] as const;
export type IsState = (typeof IS_STATES)[number];

/** Where a search text is wrong: a message, and the characters [position, position + length) it is about. */
export interface SearchError {
  message: MessageKey;
  params?: MessageParams;
  position: number;
  length: number;
}

/** A parsed search: null query for an empty text (no condition at all). */
export type SearchParse = { ok: true; query: SearchNode | null } | { ok: false; error: SearchError };
