import type { Channel, ChannelInput, ChannelOutput, EventMap, EventName, RosterBridge } from '@shared/contract';
import type { Result } from '@shared/result';

/**
 * The typed client over window.roster (preload in Electron, the HTTP shim in browser mode).
 * `api.users.list(input)` calls channel 'users.list' with its contract types; raw channel names never
 * appear in screens, so a renamed channel is a compile error here, not a runtime surprise there.
 */

type Namespace<C extends string> = C extends `${infer NS}.${string}` ? NS : never;
type MethodsOf<NS extends string> = {
  [C in Channel as C extends `${NS}.${infer M}` ? M : never]: Record<string, never> extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};
export type Api = { [NS in Namespace<Channel>]: MethodsOf<NS> };

function bridge(): RosterBridge | undefined {
  return (window as Window & { roster?: RosterBridge }).roster;
}

/** Calls one channel; a failing transport becomes an INTERNAL error value, never a thrown exception. */
async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  const roster = bridge();
  if (!roster) return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
  try {
    return (await roster.invoke(channel, input ?? {})) as Result<ChannelOutput<C>>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
  }
}

export const api: Api = new Proxy({} as Api, {
  get(_target, namespace) {
    if (typeof namespace !== 'string') return undefined;
    return new Proxy(
      {},
      {
        get(_inner, method) {
          if (typeof method !== 'string') return undefined;
          return (input?: unknown) => invoke(`${namespace}.${method}` as Channel, (input ?? {}) as never);
        },
      },
    );
  },
});

/** Subscribes to an event pushed by main; returns the unsubscribe function. */
export function onEvent<E extends EventName>(name: E, listener: (payload: EventMap[E]) => void): () => void {
  const roster = bridge();
  if (!roster) return () => undefined;
  return roster.on(name, listener);
}

/** Where a dropped file lives on disk: known in Electron (the preload asks), null in browser mode. */
export function pathForFile(file: File): string | null {
  const roster = bridge();
  try {
    return roster?.pathForFile(file) ?? null;
  } catch {
    return null;
  }
}
