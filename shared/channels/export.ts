import { z } from 'zod';
import { MAX_SITE_USERS } from '../domain/site.js';
import { filePath, out, replaceExisting } from './channel.js';

/** The file layouts an export writes: Roster's own (read back by the import), XiVO's and CUCM's BAT. */
export const EXPORT_LAYOUTS = ['callisto', 'xivo', 'cucmBat'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export const exportChannels = {
  /** Native save dialog for an export or an import's error report; UNSUPPORTED in browser mode. */
  'export.pickPath': {
    input: z.object({ suggestedName: z.string().max(200), purpose: z.enum(['export', 'errorReport']).default('export') }),
    output: out<{ path: string | null }>(),
  },
  /**
   * Writes the users (the given ids, or all active users) to a CSV file in main, so credentials, when the
   * administrator includes them, never pass through the renderer.
   */
  'export.users': {
    input: z.object({
      ids: z.array(z.number().int().positive()).max(MAX_SITE_USERS).nullable(),
      layout: z.enum(EXPORT_LAYOUTS),
      bom: z.boolean(),
      includeCredentials: z.boolean(),
      path: filePath,
      overwrite: replaceExisting,
    }),
    output: out<{ path: string; rows: number }>(),
  },
} as const;
