import { z } from 'zod';
import { plainText } from './text.js';

export const groupDraftSchema = z.object({
  /** null for a new group; the ID itself is never part of what can be changed. */
  id: z.number().int().positive().nullable(),
  name: plainText(64).refine((v) => v.length > 0, { error: 'rule.group.name.required' }),
  description: plainText(256),
});
export type GroupDraft = z.infer<typeof groupDraftSchema>;
