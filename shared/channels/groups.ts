import { z } from 'zod';
import type { UserGroup } from '../domain/index.js';
import { groupDraftSchema } from '../rules/index.js';
import { byId, out } from './channel.js';

export const groupsChannels = {
  'groups.list': { input: z.object({}), output: out<UserGroup[]>() },
  'groups.save': { input: z.object({ draft: groupDraftSchema }), output: out<UserGroup>() },
  /** Asked before the delete confirmation: whether users' group permissions still use the group (then it cannot go). */
  'groups.deletionCheck': {
    input: byId,
    output: out<{ name: string; memberCount: number; referenceCount: number; usernames: string[] }>(),
  },
  'groups.delete': { input: byId, output: out<{ removedMemberships: number }>() },
} as const;
