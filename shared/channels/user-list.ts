import { z } from 'zod';
import { userListQuerySchema } from '../contract.js';
import { plainText } from '../rules/text.js';
import { out } from './channel.js';

/**
 * The user list's columns, in their default order. The contract re-exports this list (it lives here so the
 * settings schema below can use it without a load-order cycle).
 */
export const USER_LIST_COLUMNS = [
  'username',
  'lastName',
  'firstName',
  'department',
  'vip',
  'number',
  'phone',
  'mobile',
  'email',
  'language',
  'source',
] as const;
export type UserListColumn = (typeof USER_LIST_COLUMNS)[number];

/** Shown when a site never chose its columns. */
export const DEFAULT_USER_LIST_COLUMNS: readonly UserListColumn[] = ['username', 'lastName', 'firstName', 'department', 'vip', 'number', 'phone', 'mobile'];

/** Column widths in pixels, within what a header can be dragged to. */
export const COLUMN_WIDTH_MIN = 60;
export const COLUMN_WIDTH_MAX = 600;

/** At most this many ids come back for "select all matching". */
export const SELECT_ALL_CAP = 100_000;

export const USER_LIST_SECTION = 'userList';

const sortSchema = z.object({ column: z.enum(USER_LIST_COLUMNS), direction: z.enum(['asc', 'desc']) });

/**
 * A named view: the search text (every filter chip, group and state included, is a term in it) and the
 * order; reopened from the list's Views menu.
 */
export const savedViewSchema = z.object({
  name: plainText(60).refine((v) => v.length > 0, { error: 'userList.view.nameRequired' }),
  text: z.string().max(500),
  sort: sortSchema,
});
export type SavedView = z.output<typeof savedViewSchema>;

/** The per-site settings section 'userList'. */
export const userListSettingsSchema = z.object({
  /** The visible columns in order; username is always among them. */
  columns: z
    .array(z.enum(USER_LIST_COLUMNS))
    .max(USER_LIST_COLUMNS.length)
    .refine((columns) => columns.includes('username'), { error: 'userList.columns.usernameRequired' })
    .refine((columns) => new Set(columns).size === columns.length, { error: 'rule.invalid' }),
  widths: z.partialRecord(z.enum(USER_LIST_COLUMNS), z.number().int().min(COLUMN_WIDTH_MIN).max(COLUMN_WIDTH_MAX)),
  views: z
    .array(savedViewSchema)
    .max(50)
    .refine((views) => new Set(views.map((v) => v.name.toLowerCase())).size === views.length, { error: 'userList.view.nameTaken' }),
});
export type UserListSettings = z.output<typeof userListSettingsSchema>;

export const DEFAULT_USER_LIST_SETTINGS: UserListSettings = { columns: [...DEFAULT_USER_LIST_COLUMNS], widths: {}, views: [] };

export const userListChannels = {
  'userList.settings': { input: z.object({}), output: out<UserListSettings>() },
  'userList.saveSettings': { input: z.object({ settings: userListSettingsSchema }), output: out<UserListSettings>() },
  /** The departments in use (for the department filter chip), in alphabetical order. */
  'userList.departments': { input: z.object({}), output: out<string[]>() },
  /**
   * The ids of every user the query matches (its sort, offset and limit are ignored), for "select all
   * matching"; capped at SELECT_ALL_CAP. Lazy: the query schema lives in the contract, which spreads this map.
   */
  'userList.ids': {
    input: z.object({ query: z.lazy(() => userListQuerySchema) }),
    output: out<{ ids: number[]; total: number; capped: boolean }>(),
  },
} as const;
