/** What the log keeps of an error: its kind, message, errno details and stack, and its own cause in turn. */
export interface LoggedError {
  name: string;
  message: string;
  code?: string;
  errno?: number;
  syscall?: string;
  stack?: string;
  cause?: LoggedError;
}

const MAX_CAUSES = 4;

/**
 * An error as the log records it. Errno, syscall and code are what a support ticket needs ("EACCES, open");
 * the path of a failed file operation is part of Node's message. Arbitrary own properties are left out:
 * some libraries hang the request (and with it a password) on their errors.
 */
export function describeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error) };
  const details = error as Error & { code?: unknown; errno?: unknown; syscall?: unknown };
  return {
    name: error.name,
    message: error.message,
    ...(typeof details.code === 'string' ? { code: details.code } : {}),
    ...(typeof details.errno === 'number' ? { errno: details.errno } : {}),
    ...(typeof details.syscall === 'string' ? { syscall: details.syscall } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause !== undefined && depth < MAX_CAUSES ? { cause: describeError(error.cause, depth + 1) } : {}),
  };
}

/** An error described in another thread, as an Error again: a cause that crossed a worker boundary keeps its code. */
export function errorFromLogged(logged: LoggedError): Error {
  const error = Object.assign(new Error(logged.message), {
    name: logged.name,
    ...(logged.code === undefined ? {} : { code: logged.code }),
    ...(logged.errno === undefined ? {} : { errno: logged.errno }),
    ...(logged.syscall === undefined ? {} : { syscall: logged.syscall }),
  });
  if (logged.stack) error.stack = logged.stack;
  if (logged.cause) error.cause = errorFromLogged(logged.cause);
  return error;
}
