import { z } from 'zod';
import { out } from './channel.js';

/** The fields whose values completion asks the open site for (the others have fixed values in shared/search). */
const COMPLETED_VALUE_FIELDS = ['department', 'group'] as const;
export type CompletedValueField = (typeof COMPLETED_VALUE_FIELDS)[number];

/** The search channels of the contract. */
export const searchChannels = {
  /**
   * Completion for the search box: with a field, the site's values of it (departments, group names) that
   * contain the prefix, most used first; without, the field names that start with it.
   */
  'search.complete': {
    input: z.object({ prefix: z.string().max(100), field: z.enum(COMPLETED_VALUE_FIELDS).optional() }),
    output: out<{ values: string[] }>(),
  },
} as const;
