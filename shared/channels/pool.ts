import { z } from 'zod';
import type { ExtensionRange } from '../domain/index.js';
import { extensionPoolSchema } from '../rules/index.js';
import { out } from './channel.js';

/** The extension pool and the first number a new user would get from it. */
export interface ExtensionPoolView {
  ranges: ExtensionRange[];
  nextFree: string | null;
}

export const poolChannels = {
  'pool.get': { input: z.object({}), output: out<ExtensionPoolView>() },
  'pool.save': { input: z.object({ ranges: extensionPoolSchema }), output: out<ExtensionPoolView>() },
} as const;
