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
