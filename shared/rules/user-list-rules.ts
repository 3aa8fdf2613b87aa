import { z } from 'zod';
import { USER_STATE_FILTERS } from './security-rules.js';
import { plainText } from './text.js';

/** The user list's columns, in their default order. */
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

/** Shown when a site never chose its columns: those of the default order up to Mobile. */
export const DEFAULT_USER_LIST_COLUMNS: readonly UserListColumn[] = USER_LIST_COLUMNS.slice(0, USER_LIST_COLUMNS.indexOf('mobile') + 1);

/** Column widths in pixels, within what a header can be dragged to. */
export const COLUMN_WIDTH_MIN = 60;
export const COLUMN_WIDTH_MAX = 600;

export const USER_LIST_SECTION = 'userList';

const sortSchema = z.object({ column: z.enum(USER_LIST_COLUMNS), direction: z.enum(['asc', 'desc']) });

/** What the user list asks for: search text, filters, view, order and page. */
export const userListQuerySchema = z.object({
  /** Free text, matched by the one search function of the main process (swappable for the operator language). */
  text: z.string().max(500).default(''),
  groupId: z.number().int().positive().nullable().default(null),
  /** Only users in this account state (expired password or PIN, locked); null: any state. */
  state: z.enum(USER_STATE_FILTERS).nullable().default(null),
  view: z.enum(['active', 'deleted']).default('active'),
  sort: sortSchema.default({ column: 'username', direction: 'asc' }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
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
