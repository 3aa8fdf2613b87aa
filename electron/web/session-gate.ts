import { createHash, randomBytes } from 'node:crypto';

export type SessionEnd = 'signedOut' | 'idle';

/** A live session is named by its key (the id's digest), never by the id itself. */
export type SessionCheck = { kind: 'live'; key: string } | { kind: 'missing' } | { kind: 'ended' };

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,128})$/;

/**
 * The browser sessions of browser mode. A session id is 32 random bytes that the page keeps in its own
 * sessionStorage and sends as `Authorization: Bearer <id>`. Unlike a cookie, which browsers send to every
 * port of 127.0.0.1, no other origin is ever given it. Only the id's SHA-256 is kept: looking it up leaks no
 * timing about the id, and the table holds nothing that would open a session. A session ends on sign-out or
 * after `idleMs` without a call.
 */
export class SessionGate {
  private readonly live = new Map<string, { lastCall: number; expiry: NodeJS.Timeout }>();

  constructor(
    private readonly idleMs: number,
    private readonly onEnd: (key: string, reason: SessionEnd) => void,
  ) {}

  /** A new session; returns its id, to be handed to the page that signed in and to nobody else. */
  open(): string {
    const id = randomBytes(32).toString('base64url');
    const key = keyOf(id);
    this.live.set(key, { lastCall: Date.now(), expiry: this.expireAfter(key, this.idleMs) });
    return id;
  }

  /** The session an Authorization header names: live, missing (no header) or ended (anything else). */
  check(authorization: string | undefined): SessionCheck {
    if (authorization === undefined) return { kind: 'missing' };
    const id = BEARER.exec(authorization)?.[1];
    if (id === undefined) return { kind: 'ended' };
    const key = keyOf(id);
    return this.live.has(key) ? { kind: 'live', key } : { kind: 'ended' };
  }

  /** A call keeps its session alive; the event stream does not, so an open tab alone never does. */
  touch(key: string): void {
    const session = this.live.get(key);
    if (session) session.lastCall = Date.now();
  }

  end(key: string, reason: SessionEnd): void {
    const session = this.live.get(key);
    if (!session) return;
    clearTimeout(session.expiry);
    this.live.delete(key);
    this.onEnd(key, reason);
  }

  close(): void {
    for (const session of this.live.values()) clearTimeout(session.expiry);
    this.live.clear();
  }

  // One timer per session, re-armed for the rest of the idle time when it fires early (a call came meanwhile),
  // rather than one per call.
  private expireAfter(key: string, delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => {
      const session = this.live.get(key);
      if (!session) return;
      const idleFor = Date.now() - session.lastCall;
      if (idleFor >= this.idleMs) this.end(key, 'idle');
      else session.expiry = this.expireAfter(key, this.idleMs - idleFor);
    }, delayMs);
    timer.unref();
    return timer;
  }
}

function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}
