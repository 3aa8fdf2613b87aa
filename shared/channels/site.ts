import { z } from 'zod';
import { MAX_SITE_USERS } from '../domain/index.js';
import type { SiteInfo } from '../domain/index.js';
import { plainText } from '../rules/text.js';
import { filePath, out } from './channel.js';
import type { Preferences } from './prefs.js';

export const siteChannels = {
  'site.current': { input: z.object({}), output: out<SiteInfo | null>() },
  'site.create': {
    input: z.object({
      path: filePath,
      name: plainText(100).refine((v) => v.length > 0, { error: 'rule.site.name.required' }),
      demo: z.boolean(),
      /** With demo: a generated demo of this many users (for performance trials) instead of the six-user one. */
      demoSize: z.number().int().min(1).max(MAX_SITE_USERS).optional(),
    }),
    output: out<SiteInfo>(),
  },
  /**
   * Stops the generated demo being filled (site.create with demoSize): it rolls back, its file is removed, and
   * site.create answers CANCELLED. cancelled is false when none is being filled.
   */
  'site.cancelCreate': { input: z.object({}), output: out<{ cancelled: boolean }>() },
  'site.open': { input: z.object({ path: filePath }), output: out<SiteInfo>() },
  'site.close': { input: z.object({}), output: out<null>() },
  /** A copy with its own identity and key; an existing file is replaced only with overwrite (browser mode asks). */
  'site.saveCopy': { input: z.object({ path: filePath, overwrite: z.boolean().default(false) }), output: out<{ path: string }>() },
  'site.forgetRecent': { input: z.object({ path: filePath }), output: out<Preferences>() },
  /** Native file dialog; UNSUPPORTED in browser mode, where the renderer asks for a path instead. */
  'site.pickPath': {
    input: z.object({ purpose: z.enum(['open', 'create', 'saveCopy']), suggestedName: z.string().max(200).optional() }),
    output: out<{ path: string | null }>(),
  },
  /** Starts over with a new site key when the old one is lost: unreadable secrets are cleared. */
  'site.resetKey': { input: z.object({ confirm: z.literal(true) }), output: out<SiteInfo>() },
} as const;
