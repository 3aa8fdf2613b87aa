import { contract, isChannel } from '@shared/contract';
import type { Channel, ChannelOutput, ParsedInput } from '@shared/contract';
import { RosterError } from '@shared/result';
import type { FieldIssue, Result } from '@shared/result';
import { toFieldIssues } from '@shared/rules/issues';
import { describeError } from '../services/log/error-cause';
import { errorFields, log } from '../services/log/log';
import type { LogFields } from '../services/log/log';
import { OPERATIONS } from './operations';

/** One handler per channel; a missing handler or a wrong signature is a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** What the log keeps of field issues: where and which rule, never the value that broke it. */
const issuePaths = (issues: FieldIssue[]) => issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

/** A refusal as the log records it: channel, code, message key, the issues' paths, and the cause kept by the service. */
function refusalFields(channel: string, error: RosterError): LogFields {
  return {
    channel,
    code: error.code,
    message: error.messageKey,
    ...(error.params ? { params: error.params } : {}),
    ...(error.issues ? { issues: issuePaths(error.issues) } : {}),
    ...(error.cause !== undefined ? { cause: describeError(error.cause) } : {}),
  };
}

/**
 * The single entry of every request, whatever the transport (Electron IPC or browser mode): the input is
 * parsed with its schema before a handler sees it, and every failure comes back as a value with a stable
 * code. Every refusal is logged with its cause, unexpected exceptions with their stack, and the operations
 * of OPERATIONS with a start and an end line; never the input (it may hold secrets).
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      log.warn('contract.refused', { channel: channel.slice(0, 100), code: 'NOT_FOUND' });
      return { ok: false, error: { code: 'NOT_FOUND', message: 'error.NOT_FOUND' } };
    }
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues);
      log.warn('contract.refused', { channel, code: 'VALIDATION', message: 'error.VALIDATION', issues: issuePaths(issues) });
      return { ok: false, error: { code: 'VALIDATION', message: 'error.VALIDATION', issues } };
    }
    const operation = startOperation(channel, parsed.data);
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      operation?.end(value);
      return { ok: true, value };
    } catch (error) {
      operation?.fail(error);
      if (error instanceof RosterError) {
        log.warn('contract.refused', refusalFields(channel, error));
        return { ok: false, error: error.toContractError() };
      }
      log.error('contract.failed', { channel, ...errorFields(error) });
      return { ok: false, error: { code: 'INTERNAL', message: 'error.INTERNAL' } };
    }
  };
}

/** The start line of a logged operation, and how to write its end (counts from the answer). */
function startOperation(channel: Channel, input: unknown): { end(value: unknown): void; fail(error: unknown): void } | null {
  const entry = OPERATIONS[channel] as { started?: (input: unknown) => LogFields; counts: (output: unknown) => LogFields } | undefined;
  if (!entry) return null;
  const operation = log.operation(channel, entry.started?.(input) ?? {});
  return { end: (value) => operation.end(entry.counts(value)), fail: operation.fail };
}
