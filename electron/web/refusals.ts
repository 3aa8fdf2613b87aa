import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './content-policy';

const SIGN_IN_AGAIN = 'Open the newest sign-in address printed in the terminal where Roster runs (it ends in ?token=...).';

/**
 * Every refusal of the browser-mode server: an HTTP status, a stable code the page (and a person with curl)
 * can act on, and a sentence that says what to do. The body is `{ ok: false, error: { code, message } }`.
 */
const REFUSALS = {
  HOST_REFUSED: [421, 'Roster answers only to 127.0.0.1 and localhost on its own port.'],
  NOT_SIGNED_IN: [401, `Not signed in. ${SIGN_IN_AGAIN}`],
  SESSION_ENDED: [401, `This browser session has ended (signed out, or idle for too long). ${SIGN_IN_AGAIN}`],
  TOKEN_USED: [401, `This sign-in address was already used; each one works once. ${SIGN_IN_AGAIN}`],
  TOKEN_INVALID: [401, `This is not a valid sign-in address. ${SIGN_IN_AGAIN}`],
  HEADER_MISSING: [403, 'Calls must carry the X-Roster header, as Roster’s own page sends it.'],
  ORIGIN_REFUSED: [403, 'Calls are accepted only from Roster’s own page.'],
  METHOD_NOT_ALLOWED: [405, 'This method is not allowed here.'],
  BODY_TIMEOUT: [408, 'The request body did not arrive in time.'],
  BODY_TOO_LARGE: [413, 'The request body is too large.'],
  BAD_PATH: [400, 'This path is refused.'],
  NOT_FOUND: [404, 'Not found.'],
  INTERNAL: [500, 'Internal error; the terminal where Roster runs says more.'],
} as const satisfies Record<string, readonly [number, string]>;

export type RefusalCode = keyof typeof REFUSALS;

/** `close`: the connection cannot be reused (the request was not read to its end). */
export function refuse(response: ServerResponse, code: RefusalCode, { close = false } = {}): void {
  const [status, message] = REFUSALS[code];
  const headers: Record<string, string> = {};
  // 401 names the scheme the page uses; a browser shows no password dialog for Bearer.
  if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Roster"';
  if (close) headers.Connection = 'close';
  sendJson(response, status, { ok: false, error: { code, message } }, headers);
}

export function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}
