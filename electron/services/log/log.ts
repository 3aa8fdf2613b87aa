import { describeError } from './error-cause';
import { redact } from './redact';

/**
 * The logging seam of every service, the import worker and main: `log.info('site.open.end', { users: 3 })`.
 * An event name says what happened (dotted, from the domain); fields carry codes, counts, ids and causes,
 * never a contract input. Where the lines go is decided once per process: main and browser mode write the
 * log file (log-file.ts), the import worker posts its lines to main (worker-protocol.ts). Before that, or in
 * a unit test that set nothing, lines go nowhere.
 */

type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** One line of the log, already redacted: what a sink writes or a worker posts. */
export interface LogRecord {
  level: LogLevel;
  event: string;
  fields: LogFields;
}

export type LogSink = (record: LogRecord) => void;

let sink: LogSink | null = null;

/** Where this process's lines go from now on (null: nowhere). */
export function setLogSink(next: LogSink | null): void {
  sink = next;
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  relayRecord({ level, event, fields });
}

/** Writes a record made elsewhere (a worker's line, posted to main), redacted again on the way in. */
export function relayRecord(record: LogRecord): void {
  if (!sink) return;
  try {
    sink({ level: record.level, event: record.event, fields: redact(record.fields) as LogFields });
  } catch {
    // A log that cannot be written must never turn into a failure of the work it describes.
  }
}

/** Fields for a caught error: its message, errno and stack, with its causes. */
export function errorFields(error: unknown): LogFields {
  return { error: describeError(error) };
}

export interface Operation {
  /** The end line with the counts and the time taken. */
  end(fields?: LogFields): void;
  /**
   * The end line of an operation that failed, with the error's code (a RosterError's, or errno's). The error
   * itself, with its cause and stack, is logged once by whoever handles it (the dispatch, the worker).
   */
  fail(error: unknown): void;
}

export const log = {
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
  /** One line when an operation starts (`<name>.start`), one when it ends (`<name>.end` / `<name>.failed`). */
  operation(name: string, fields: LogFields = {}): Operation {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    write('info', `${name}.start`, fields);
    return {
      end: (counts = {}) => write('info', `${name}.end`, { ...fields, ...counts, ms: ms() }),
      fail: (error) => {
        const code = (error as { code?: unknown } | null)?.code;
        write('warn', `${name}.failed`, {
          ...fields,
          code: typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown',
          ms: ms(),
        });
      },
    };
  },
};

/** One record as a line of text: the event, then its fields as JSON (one line, whatever a stack holds). */
export function formatRecord(record: LogRecord): string {
  return Object.keys(record.fields).length === 0 ? record.event : `${record.event} ${JSON.stringify(record.fields)}`;
}
