import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenUse = 'signedIn' | 'used' | 'invalid';

/** Enough to say "already used" for every address a person may still have in a terminal or history. */
const SPENT_REMEMBERED = 1_000;

/**
 * The sign-in addresses printed in the terminal (as Jupyter does), each good for one sign-in: once spent, a
 * fresh token takes its place, so an address left in a terminal, a browser history or a screenshot opens
 * nothing. Only digests of spent tokens are kept, to tell "already used" from "never valid".
 */
export class SignInTokens {
  private current: string;
  private readonly spent = new Set<string>();

  /** `first`: a fixed first token for tests; every later token is random. */
  constructor(first: string = newToken()) {
    this.current = first;
  }

  /** The token of the one address that signs in now. */
  get token(): string {
    return this.current;
  }

  /** Spends `candidate` if it is the current token (compared in constant time); a fresh token replaces it. */
  spend(candidate: string): TokenUse {
    const given = digest(candidate);
    if (timingSafeEqual(given, digest(this.current))) {
      this.remember(given.toString('hex'));
      this.current = newToken();
      return 'signedIn';
    }
    return this.spent.has(given.toString('hex')) ? 'used' : 'invalid';
  }

  private remember(spentDigest: string): void {
    this.spent.add(spentDigest);
    // A Set iterates in insertion order: the oldest is forgotten first.
    if (this.spent.size > SPENT_REMEMBERED) this.spent.delete(this.spent.values().next().value as string);
  }
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Hashing first gives both sides of the comparison the same length, whatever was sent. */
function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
