import type Database from 'better-sqlite3';

/** Who holds a username or number: a stored user (userId), or a row of the file being imported (line). */
export interface Holder {
  userId: number | null;
  line: number | null;
  username: string;
}

interface Held {
  username: string;
  number: string;
}

const usernameKey = (username: string) => username.trim().toLowerCase();

/**
 * Usernames (ignoring case) and numbers as the site will hold them after the rows accepted so far: the
 * active users' own, changed by the rows that update them, plus those of the rows that create users. It
 * mirrors the site's unique indexes, so a preview (which writes nothing) decides exactly as the import.
 */
export class SiteClaims {
  private readonly usernames = new Map<string, Holder>();
  private readonly numbers = new Map<string, Holder>();

  static load(db: Database.Database): SiteClaims {
    const claims = new SiteClaims();
    const rows = db.prepare('SELECT id, username, number FROM users WHERE deleted_at IS NULL').raw().iterate() as Iterable<[number, string, string]>;
    for (const [id, username, number] of rows) claims.hold({ username, number }, { userId: id, line: null, username });
    return claims;
  }

  usernameHolder(username: string): Holder | undefined {
    return this.usernames.get(usernameKey(username));
  }

  numberHolder(number: string): Holder | undefined {
    return number === '' ? undefined : this.numbers.get(number);
  }

  /** A stored user now holds `next` instead of `previous`. */
  move(userId: number, previous: Held, next: Held): void {
    const mine = (holder: Holder | undefined) => holder?.userId === userId;
    if (mine(this.usernames.get(usernameKey(previous.username)))) this.usernames.delete(usernameKey(previous.username));
    if (previous.number !== '' && mine(this.numbers.get(previous.number))) this.numbers.delete(previous.number);
    this.hold(next, { userId, line: null, username: next.username });
  }

  /** A row of the file creates a user holding these. */
  create(line: number, next: Held): void {
    this.hold(next, { userId: null, line, username: next.username });
  }

  private hold(held: Held, holder: Holder): void {
    this.usernames.set(usernameKey(held.username), holder);
    if (held.number !== '') this.numbers.set(held.number, holder);
  }
}
