import { z } from 'zod';
import type { DefaultValues } from '../domain/index.js';
import { defaultsDraftSchema } from '../rules/index.js';
import { out } from './channel.js';

export const defaultsChannels = {
  'defaults.get': { input: z.object({}), output: out<DefaultValues>() },
  'defaults.save': { input: z.object({ draft: defaultsDraftSchema }), output: out<DefaultValues>() },
} as const;
