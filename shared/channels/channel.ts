import { z } from 'zod';
import { MAX_SITE_USERS } from '../domain/site.js';

/** Outputs are produced by our own main process, so they are typed, not parsed. */
export const out = <T>() => z.custom<T>(() => true);

/** One record, or a selection of records, named by id. */
export const byId = z.object({ id: z.number().int().positive() });
export const byIds = z.object({ ids: z.array(z.number().int().positive()).min(1).max(MAX_SITE_USERS) });

/** A file named by its absolute path (main's FileAccess decides whether the caller may use it). */
export const filePath = z.string().trim().min(1, { error: 'rule.path.required' }).max(4096);

/** An existing file at the path is replaced only when the administrator said so (the page or dialog asks). */
export const replaceExisting = z.boolean().default(false);
