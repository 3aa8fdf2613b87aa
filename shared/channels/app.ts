import { z } from 'zod';
import type { InterfaceLanguage } from '../i18n/catalogs.js';
import { out } from './channel.js';

export interface AppInfo {
  mode: 'electron' | 'browser';
  version: string;
  platform: string;
  /** 'os' when secrets are protected by the OS keychain; 'memory' when none could be reached. */
  keychain: 'os' | 'memory';
  /** Where new sites are suggested. */
  sitesFolder: string;
  /** The language the operating system asks for, which the interface speaks while the preference is 'auto'. */
  systemLanguage: InterfaceLanguage;
}

/** What a support ticket needs: versions, platform, keychain, where the log is, and its last lines (redacted). */
export interface Diagnostics {
  text: string;
  /** The log file this workstation writes; null where none is open. */
  logFile: string | null;
}

export const appChannels = {
  'app.info': { input: z.object({}), output: out<AppInfo>() },
  /**
   * The site file the operating system asked to open (a double-click on a .roster file) before the page was
   * ready, or null; later requests arrive as the menu command 'openRecent'. Always null in browser mode.
   */
  'app.takeSiteToOpen': { input: z.object({}), output: out<{ path: string | null }>() },
  'app.diagnostics': { input: z.object({}), output: out<Diagnostics>() },
  /** Shows the log file in the operating system's file manager; UNSUPPORTED in browser mode. */
  'app.showLog': { input: z.object({}), output: out<null>() },
} as const;
