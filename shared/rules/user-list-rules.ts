import { z } from 'zod';
import { USER_STATE_FILTERS } from './security-rules.js';
import { USER_LIST_COLUMNS } from '../user-record/list-columns.js';
import type { UserListColumn } from '../user-record/list-columns.js';
import { plainText } from './text.js';

/**
 * Shown when a site never chose its columns: the product's list (username, names, department, VIP stars,
 * phone, mobile), which with the row's actions fits a window of 1280 px; the extension is one click away.
 */
export const DEFAULT_USER_LIST_COLUMNS: readonly UserListColumn[] = ['username', 'lastName', 'firstName', 'department', 'vip', 'phone', 'mobile'];

/** Column widths in pixels, within what a header can be dragged to. */
export const COLUMN_WIDTH_MIN = 60;
export const COLUMN_WIDTH_MAX = 600;

export const USER_LIST_SECTION = 'userList';

const sortSchema = z.object({ column: z.enum(USER_LIST_COLUMNS), direction: z.enum(['asc', 'desc']) });

/** A row's place in the list's order: its sort column's values (one or two) and its id. Opaque to the renderer. */
const seekKeySchema = z.object({
  values: z
    .array(z.union([z.string().max(2000), z.number(), z.null()]))
    .min(1)
    .max(3),
  id: z.number().int().positive(),
});
export type SeekKey = z.output<typeof seekKeySchema>;

/** What the user list asks for: search text, filters, view, order and page. */
export const userListQuerySchema = z.object({
  /** Free text, matched by the one search function of the main process (swappable for the operator language). */
  text: z.string().max(500).default(''),
  groupId: z.number().int().positive().nullable().default(null),
  /** Only users in this account state (expired password or PIN, locked); null: any state. */
  state: z.enum(USER_STATE_FILTERS).nullable().default(null),
  view: z.enum(['active', 'deleted']).default('active'),
  sort: sortSchema.default({ column: 'username', direction: 'asc' }),
  /** Rows skipped: from the top, or counted from the seek key (or from the end when reading backward). */
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
  /**
   * Keyset paging: the sort key of a row the list already has (users.list hands out the first and last of
   * each page); the page starts next to it instead of at a deep offset, which would sort or walk every row before.
   */
  seek: seekKeySchema.nullable().default(null),
  /** Read toward the top: the rows before the seek key (or before the end of the list), still answered in list order. */
  backward: z.boolean().default(false),
});
export type UserListQuery = z.input<typeof userListQuerySchema>;

/** The longest name a saved view may have; the dialog that names one stops typing there. */
export const VIEW_NAME_MAX = 60;

/**
 * A named view: the search text (every filter chip, group and state included, is a term in it) and the
 * order; reopened from the list's Views menu.
 */
export const savedViewSchema = z.object({
  name: plainText(VIEW_NAME_MAX).refine((v) => v.length > 0, { error: 'userList.view.nameRequired' }),
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
