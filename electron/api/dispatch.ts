import { contract, isChannel } from '@shared/contract';
import type { Channel, ChannelOutput, ParsedInput } from '@shared/contract';
import { RosterError } from '@shared/result';
import type { Result } from '@shared/result';
import { toFieldIssues } from '@shared/rules/issues';

/** One handler per channel; a missing handler or a wrong signature is a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/**
 * The single entry of every request, whatever the transport (Electron IPC or browser mode): the input is
 * parsed with its schema before a handler sees it, and every failure comes back as a value with a stable
 * code. Unexpected exceptions are logged without the input (it may hold secrets) and reported as INTERNAL.
 */
export function createDispatch(handlers: Handlers, log: (message: string) => void = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: 'error.NOT_FOUND' } };
    }
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: 'error.VALIDATION', issues: toFieldIssues(parsed.error.issues) } };
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof RosterError) return { ok: false, error: error.toContractError() };
      log(`[roster] ${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
    }
  };
}
