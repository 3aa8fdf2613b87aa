import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const COOKIE_NAME = 'roster_session';

/**
 * Who may talk to the browser-mode server: whoever holds the token printed in the terminal (as Jupyter
 * does). The token is exchanged once per browser for a session cookie, so it does not have to stay in the
 * address bar; the cookie is HttpOnly (no script can read it) and SameSite=Strict (no other site can ride it).
 */
export class SessionGate {
  readonly token: string;
  private readonly sessions = new Set<string>();

  constructor(token: string = randomBytes(32).toString('base64url')) {
    this.token = token;
  }

  /** Constant-time comparison; hashing first gives both sides the same length whatever was sent. */
  isToken(candidate: string): boolean {
    const expected = createHash('sha256').update(this.token).digest();
    const given = createHash('sha256').update(candidate).digest();
    return timingSafeEqual(expected, given);
  }

  /** A fresh session for a browser that presented the token; returns the Set-Cookie header value. */
  openSession(): string {
    const id = randomBytes(32).toString('base64url');
    this.sessions.add(id);
    return `${COOKIE_NAME}=${id}; HttpOnly; SameSite=Strict; Path=/`;
  }

  hasSession(cookieHeader: string | undefined): boolean {
    const id = readCookie(cookieHeader, COOKIE_NAME);
    if (id === null) return false;
    // The set is small (one entry per browser that used the token); compare each in constant time.
    let found = false;
    for (const session of this.sessions) {
      if (session.length === id.length && timingSafeEqual(Buffer.from(session), Buffer.from(id))) found = true;
    }
    return found;
  }
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
