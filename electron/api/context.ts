import type { EventMap, EventName } from '@shared/contract';
import type { KeyStore } from '../services/secrets/key-store';

/** Where Roster keeps its own files on this workstation. */
export interface AppPaths {
  /** Preferences (colour scheme, recent sites, window bounds). */
  configDir: string;
  /** Suggested folder for new sites. */
  sitesFolder: string;
}

/** What differs between the Electron app and browser mode; everything else is the same code. */
export interface Platform {
  mode: 'electron' | 'browser';
  version: string;
  /** A native file dialog; absent in browser mode, where the renderer asks for a path instead. */
  pickPath?: (purpose: 'open' | 'create' | 'saveCopy', suggestedName?: string) => Promise<string | null>;
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
