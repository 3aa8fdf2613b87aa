import { z } from 'zod';
import { MAX_SITE_USERS } from '../domain/site.js';
import { userListQuerySchema, userListSettingsSchema } from '../rules/user-list-rules.js';
import type { UserListSettings } from '../rules/user-list-rules.js';
import { out } from './channel.js';

/** At most this many ids come back for "select all matching": as many as a bulk change may name. */
export const SELECT_ALL_CAP = MAX_SITE_USERS;

export const userListChannels = {
  'userList.settings': { input: z.object({}), output: out<UserListSettings>() },
  'userList.saveSettings': { input: z.object({ settings: userListSettingsSchema }), output: out<UserListSettings>() },
  /** The departments in use (for the department filter chip), in alphabetical order. */
  'userList.departments': { input: z.object({}), output: out<string[]>() },
  /**
   * The ids of every user the query matches (its sort, offset and limit are ignored), for "select all
   * matching"; capped at SELECT_ALL_CAP.
   */
  'userList.ids': {
    input: z.object({ query: userListQuerySchema }),
    output: out<{ ids: number[]; total: number; capped: boolean }>(),
  },
} as const;
