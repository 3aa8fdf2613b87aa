import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentSite } from '@shared/domain';
import { exportFormatSchema } from '@shared/channels/export';
import { languageChoiceSchema } from '@shared/channels/prefs';
import { errorFields, log } from '../log/log';

const MAX_RECENT_SITES = 10;

const storedPrefsSchema = z.object({
  colorScheme: z.enum(['auto', 'light', 'dark']).catch('auto'),
  // A file from before the language choice (or with a language since dropped) follows the operating system.
  language: languageChoiceSchema.catch('auto'),
  recentSites: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })).catch([]),
  windowBounds: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() }).optional().catch(undefined),
  // Each layout read on its own: a damaged entry forgets that layout's choice only.
  exportFormats: z
    .object({
      callisto: exportFormatSchema.optional().catch(undefined),
      xivo: exportFormatSchema.optional().catch(undefined),
      cucmBat: exportFormatSchema.optional().catch(undefined),
    })
    .catch({}),
});

export type StoredPrefs = z.infer<typeof storedPrefsSchema>;
export type WindowBounds = NonNullable<StoredPrefs['windowBounds']>;

const DEFAULT_PREFS: StoredPrefs = { colorScheme: 'auto', language: 'auto', recentSites: [], exportFormats: {} };

/**
 * This workstation's preferences (colour scheme, language, recent sites, window bounds) in one JSON file. Writes go
 * to a temporary file renamed over the old one, so a crash never leaves half a file; a damaged file
 * (hand-edited, truncated) reads as the defaults instead of stopping the app.
 */
export class PrefsStore {
  private readonly file: string;

  constructor(private readonly configDir: string) {
    this.file = join(configDir, 'preferences.json');
  }

  read(): StoredPrefs {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (error) {
      // No file yet is a first start; any other failure loses the recent sites, which support will ask about.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('prefs.unreadable', errorFields(error));
      return structuredClone(DEFAULT_PREFS);
    }
    try {
      const parsed = storedPrefsSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      log.warn('prefs.damaged', { file: this.file, reason: parsed.error.issues[0]?.code });
    } catch (error) {
      log.warn('prefs.damaged', { file: this.file, ...errorFields(error) });
    }
    return structuredClone(DEFAULT_PREFS);
  }

  update(patch: Partial<StoredPrefs>): StoredPrefs {
    const next = storedPrefsSchema.parse({ ...this.read(), ...patch });
    this.write(next);
    return next;
  }

  /** Puts the site first in the recent list (newest first, no duplicates, at most ten). */
  rememberSite(path: string, name: string): StoredPrefs {
    const others = this.read().recentSites.filter((site) => site.path !== path);
    const recent: RecentSite = { path, name, openedAt: new Date().toISOString() };
    return this.update({ recentSites: [recent, ...others].slice(0, MAX_RECENT_SITES) });
  }

  forgetSite(path: string): StoredPrefs {
    return this.update({ recentSites: this.read().recentSites.filter((site) => site.path !== path) });
  }

  private write(prefs: StoredPrefs): void {
    mkdirSync(this.configDir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(prefs, null, 2), 'utf8');
    renameSync(temporary, this.file);
  }
}
