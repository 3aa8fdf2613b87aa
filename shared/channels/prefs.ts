import { z } from 'zod';
import type { RecentSite } from '../domain/index.js';
import { out } from './channel.js';

/** Preferences of the workstation (not of a site). */
export const colorSchemeSchema = z.enum(['auto', 'light', 'dark']);
export type ColorScheme = z.infer<typeof colorSchemeSchema>;

export interface Preferences {
  colorScheme: ColorScheme;
  recentSites: RecentSite[];
}

export const prefsChannels = {
  'prefs.get': { input: z.object({}), output: out<Preferences>() },
  'prefs.setColorScheme': { input: z.object({ colorScheme: colorSchemeSchema }), output: out<Preferences>() },
} as const;
