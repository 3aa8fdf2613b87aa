import { z } from 'zod';
import { EXTENSION_MAX_DIGITS, MAX_EXTENSION } from '../domain/extension-pool.js';

const rangeSchema = z
  .object({
    first: z.number().int().min(0).max(MAX_EXTENSION),
    last: z.number().int().min(0).max(MAX_EXTENSION),
  })
  .refine((r) => r.first <= r.last, { error: 'rule.pool.range', path: ['last'], params: { digits: EXTENSION_MAX_DIGITS } });

export const extensionPoolSchema = z
  .array(rangeSchema)
  .max(100)
  .superRefine((ranges, ctx) => {
    const sorted = ranges.map((r, index) => ({ ...r, index })).sort((a, b) => a.first - b.first);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (cur.first <= prev.last) {
        ctx.addIssue({
          code: 'custom',
          path: [cur.index, 'first'],
          message: 'rule.pool.overlap',
          params: { a: `${prev.first}-${prev.last}`, b: `${cur.first}-${cur.last}` },
        });
      }
    }
  });

/**
 * The site's rule for numbers. On (the default), a number typed in the editor or read from a file may not be
 * one another active user holds; users who already share one keep it. CUCM users are never refused for a
 * shared line (boss and secretary, hunt pilots): the CUCM import preview shows the sharing instead.
 */
export const numberingSettingsSchema = z.object({ numberBelongsToOneUser: z.boolean() });
export type NumberingSettings = z.infer<typeof numberingSettingsSchema>;
export const NUMBERING_DEFAULTS: NumberingSettings = { numberBelongsToOneUser: true };
