import { z } from 'zod';
import type { UserGroup } from '../domain/index.js';
import { groupDraftSchema } from '../rules/index.js';
import { byId, out } from './channel.js';

export const groupsChannels = {
  'groups.list': { input: z.object({}), output: out<UserGroup[]>() },
  'groups.save': { input: z.object({ draft: groupDraftSchema }), output: out<UserGroup>() },
  'groups.delete': { input: byId, output: out<{ removedMemberships: number }>() },
} as const;
