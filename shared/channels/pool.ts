import { z } from 'zod';
import type { ExtensionRange } from '../domain/index.js';
import { extensionPoolSchema, numberingSettingsSchema } from '../rules/index.js';
import { out } from './channel.js';

/** The extension pool, the first number a new user would get from it, and the site's rule for numbers. */
export interface ExtensionPoolView {
  ranges: ExtensionRange[];
  nextFree: string | null;
  numberBelongsToOneUser: boolean;
  /** Active users whose number another active user holds too (search is:sharednumber lists them). */
  sharingUsers: number;
}

/** The Extension pool screen's form: the ranges and the rule for numbers, saved together. */
export const poolDraftSchema = numberingSettingsSchema.extend({ ranges: extensionPoolSchema });
export type PoolDraft = z.infer<typeof poolDraftSchema>;

export const poolChannels = {
  'pool.get': { input: z.object({}), output: out<ExtensionPoolView>() },
  'pool.save': { input: z.object({ draft: poolDraftSchema }), output: out<ExtensionPoolView>() },
} as const;
