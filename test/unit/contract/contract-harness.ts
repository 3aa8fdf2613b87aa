import { join } from 'node:path';
import type { EventMap, EventName } from '@shared/contract';
import type { AppContext } from '../../../electron/api/context';
import { createDispatch } from '../../../electron/api/dispatch';
import type { Dispatch } from '../../../electron/api/dispatch';
import { createApp } from '../../../electron/api/handlers';
import type { KeyStore } from '../../../electron/services/secrets/key-store';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';

export interface Harness {
  dispatch: Dispatch;
  events: { event: EventName; payload: unknown }[];
  /** Calls a channel and returns its value, failing the test on a refusal. */
  call<T = unknown>(channel: string, input?: unknown): Promise<T>;
  shutdown(): void;
  ctx: AppContext;
}

/** The whole main-process API as the renderer reaches it: createDispatch over createApp. */
export function createHarness(dir: string, keyStore: KeyStore = new MemoryKeyStore()): Harness {
  const events: Harness['events'] = [];
  const ctx: AppContext = {
    paths: { configDir: join(dir, 'config'), sitesFolder: dir },
    platform: { mode: 'browser', version: '0.0.0-test' },
    keyStore,
    events: { emit: <E extends EventName>(event: E, payload: EventMap[E]) => void events.push({ event, payload }) },
  };
  const app = createApp(ctx);
  const dispatch = createDispatch(app.handlers, () => undefined);
  return {
    dispatch,
    events,
    ctx,
    shutdown: app.shutdown,
    async call<T>(channel: string, input: unknown = {}) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
  };
}
