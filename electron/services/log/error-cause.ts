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
