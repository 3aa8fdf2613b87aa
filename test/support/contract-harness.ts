import { join } from 'node:path';
import type { EventMap, EventName } from '@shared/contract';
import type { ContractError, Result } from '@shared/result';
import type { AppContext, Platform } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import type { Dispatch } from '../../electron/api/dispatch';
import { createApp } from '../../electron/api/handlers';
import type { KeyStore } from '../../electron/services/secrets/key-store';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { makeTempDir } from './temp-dir';

export interface Harness {
  dispatch: Dispatch;
  events: { event: EventName; payload: unknown }[];
  /** Every answer dispatched through this harness, in order (to prove what never left main). */
  answers: Result<unknown>[];
  /** Calls a channel and returns its value, failing the test on a refusal. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** Calls a channel that must refuse and returns its error, failing the test on an acceptance. */
  refusal(channel: string, input: unknown): Promise<ContractError>;
  shutdown(): void;
  /** As main does when the preload reports a file dropped on the window. */
  recordDroppedFile(path: string): void;
  ctx: AppContext;
}

/**
 * The whole main-process API as the renderer reaches it: createDispatch over createApp. Browser mode by
 * default; `platform` makes it the desktop app's (native dialogs, credential confirmation) for its tests.
 */
export function createHarness(dir: string, keyStore: KeyStore = new MemoryKeyStore(), platform: Partial<Platform> = {}): Harness {
  const events: Harness['events'] = [];
  const answers: Harness['answers'] = [];
  const ctx: AppContext = {
    paths: { configDir: join(dir, 'config'), sitesFolder: dir },
    platform: { mode: 'browser', version: '0.0.0-test', ...platform },
    keyStore,
    events: { emit: <E extends EventName>(event: E, payload: EventMap[E]) => void events.push({ event, payload }) },
  };
  const app = createApp(ctx);
  const inner = createDispatch(app.handlers);
  const dispatch: Dispatch = async (channel, input) => {
    const result = await inner(channel, input);
    answers.push(result);
    return result;
  };
  return {
    dispatch,
    events,
    answers,
    ctx,
    shutdown: app.shutdown,
    recordDroppedFile: (path) => app.recordChoice(path, 'importSource'),
    async call<T>(channel: string, input: unknown = {}) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
    async refusal(channel: string, input: unknown) {
      const result = await dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} was accepted`);
      return result.error;
    },
  };
}

export interface SiteOptions {
  /** File name inside the harness's sites folder. */
  file?: string;
  name?: string;
  demo?: boolean;
}

/** Creates (and opens) a site in the harness's sites folder through site.create; returns its path. */
export async function createSite(api: Harness, { file = 'demo.roster', name = 'Demo site', demo = true }: SiteOptions = {}): Promise<string> {
  const path = join(api.ctx.paths.sitesFolder, file);
  await api.call('site.create', { path, name, demo });
  return path;
}

export interface TempHarness extends Harness {
  /** The temp dir: sites folder and config dir. */
  dir: string;
  /** Deletes the temp dir only (for a test that shut this harness down and opened another on the dir). */
  removeDir(): void;
  /** Shuts down and deletes the temp dir. */
  close(): void;
}

/** A harness over a fresh temp dir. */
export function tempHarness(keyStore?: KeyStore, platform?: Partial<Platform>): TempHarness {
  const dir = makeTempDir();
  const api = createHarness(dir.path, keyStore, platform);
  return {
    ...api,
    dir: dir.path,
    removeDir: dir.remove,
    close() {
      api.shutdown();
      dir.remove();
    },
  };
}

export interface SiteHarness extends TempHarness {
  sitePath: string;
}

/** A harness over a fresh temp dir with a site created in it (by default the demo site, demo.roster). */
export async function siteHarness(options: SiteOptions & { keyStore?: KeyStore; platform?: Partial<Platform> } = {}): Promise<SiteHarness> {
  const api = tempHarness(options.keyStore, options.platform);
  try {
    return { ...api, sitePath: await createSite(api, options) };
  } catch (error) {
    api.close();
    throw error;
  }
}
