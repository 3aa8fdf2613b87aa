import type { EventMap, EventName } from '@shared/contract';
import type { KeyStore } from '../services/secrets/key-store';

/** Where Roster keeps its own files on this workstation. */
interface AppPaths {
  /** Preferences (colour scheme, recent sites, window bounds). */
  configDir: string;
  /** Suggested folder for new sites. */
  sitesFolder: string;
}

/**
 * What a native file dialog is for: a site file (open, create, save a copy), or a CSV file of the import
 * and export (open one to import, save an export, save an import's error report).
 */
export type PickPurpose = 'open' | 'create' | 'saveCopy' | 'importCsv' | 'exportCsv' | 'errorReport';

/** What differs between the Electron app and browser mode; everything else is the same code. */
export interface Platform {
  mode: 'electron' | 'browser';
  version: string;
  /** A native file dialog; absent in browser mode, where the renderer asks for a path instead. */
  pickPath?: (purpose: PickPurpose, suggestedName?: string) => Promise<string | null>;
  /**
   * The desktop app's own confirmation before plain passwords and PINs are written to a file (a native
   * dialog that no page can answer); absent in browser mode, where the page's confirmation is the person's.
   */
  confirmCredentialExport?: (details: CredentialExportDetails) => Promise<boolean>;
  /** The site file the operating system asked to open before the page was ready (desktop app only). */
  takeSiteToOpen?: () => string | null;
  /** Shows a file in the operating system's file manager (desktop app only: a browser cannot). */
  showFile?: (path: string) => void;
  /**
   * The operating system's preferred locales, best first (Electron's own list); absent in browser mode, where
   * the environment of the process says (environmentLocales in interface-language.ts).
   */
  systemLocales?: () => readonly string[];
  /** Electron and Chromium versions, for the diagnostics (desktop app only). */
  runtime?: Record<string, string>;
}

export interface CredentialExportDetails {
  file: string;
  folder: string;
  users: number;
  site: string;
}

export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export interface AppContext {
  paths: AppPaths;
  platform: Platform;
  keyStore: KeyStore;
  events: EventSink;
}
