import { z } from 'zod';
import type { User, UserDraft, UserRow } from '../index.js';
import type { FieldIssue } from '../result.js';
import { userDraftSchema } from '../rules/index.js';
import { userListQuerySchema } from '../rules/user-list-rules.js';
import type { SeekKey } from '../rules/user-list-rules.js';
import { byId, byIds, out } from './channel.js';

export const usersChannels = {
  /** `first` and `last`: the seek keys of the page's first and last row, for the next page by key. */
  'users.list': { input: userListQuerySchema, output: out<{ total: number; rows: UserRow[]; first?: SeekKey; last?: SeekKey }>() },
  'users.get': { input: byId, output: out<User>() },
  /** A new user's starting values: the defaults plus the first free number of the extension pool. */
  'users.newDraft': { input: z.object({}), output: out<UserDraft>() },
  /** Uniqueness of username and number, for validation as you type (field rules run in the renderer). */
  'users.checkUnique': {
    input: z.object({ id: z.number().int().positive().nullable(), username: z.string().max(64), number: z.string().max(15) }),
    output: out<{ issues: FieldIssue[] }>(),
  },
  'users.save': { input: z.object({ draft: userDraftSchema }), output: out<User>() },
  'users.delete': { input: byIds, output: out<{ count: number }>() },
  'users.restore': { input: byIds, output: out<{ count: number }>() },
  'users.purge': { input: byIds, output: out<{ count: number }>() },
} as const;
