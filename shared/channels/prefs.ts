import { z } from 'zod';
import type { RecentSite } from '../domain/index.js';
import { INTERFACE_LANGUAGES } from '../i18n/catalogs.js';
import type { InterfaceLanguage } from '../i18n/catalogs.js';
import { out } from './channel.js';
import { EXPORT_LAYOUTS, exportFormatSchema } from './export.js';
import type { ExportFormat, ExportLayout } from './export.js';

/** Preferences of the workstation (not of a site). */
export const colorSchemeSchema = z.enum(['auto', 'light', 'dark']);
export type ColorScheme = z.infer<typeof colorSchemeSchema>;

/** The interface language: 'auto' follows the operating system (AppInfo.systemLanguage). */
export const languageChoiceSchema = z.enum(['auto', ...INTERFACE_LANGUAGES]);
export type LanguageChoice = 'auto' | InterfaceLanguage;

export interface Preferences {
  colorScheme: ColorScheme;
  language: LanguageChoice;
  recentSites: RecentSite[];
  /** The last format chosen for each export layout on this workstation (absent: the layout's own). */
  exportFormats: Partial<Record<ExportLayout, ExportFormat>>;
}

export const prefsChannels = {
  'prefs.get': { input: z.object({}), output: out<Preferences>() },
  'prefs.setColorScheme': { input: z.object({ colorScheme: colorSchemeSchema }), output: out<Preferences>() },
  'prefs.setLanguage': { input: z.object({ language: languageChoiceSchema }), output: out<Preferences>() },
  /** Remembers the format of a layout's last export (null: back to the layout's own). */
  'prefs.setExportFormat': {
    input: z.object({ layout: z.enum(EXPORT_LAYOUTS), format: exportFormatSchema.nullable() }),
    output: out<Preferences>(),
  },
} as const;
