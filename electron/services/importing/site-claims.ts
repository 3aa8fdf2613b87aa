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
 * Rows judged by looking each claim up in the site's indexes; after these, every active user's claims are
 * read at once. A small file into a large site (100 rows into 100,000 users) then reads a few hundred
 * index entries instead of every user, and a large one pays the full read once, early: before a large
 * write sets the site's indexes aside (user-write-batch.ts), which it does only after 2,000 writes.
 */
export const LOOKUPS_BEFORE_LOADING = 1_000;

/** A stored user: id and username. */
export type StoredName = [id: number, username: string];

/**
 * The active users whose username has a character outside printable ASCII, in id order. SQLite's NOCASE
 * folds only ASCII, so a lookup in the username index could miss these: they are read once, at the start
 * (a few in most sites), and compared in JavaScript. Read from the username index, which holds every
 * active username: a scan of it costs a quarter of a scan of the table's wide rows.
 */
export function usernamesOutsideAscii(db: Database.Database): StoredName[] {
  return db
    .prepare("SELECT id, username FROM users INDEXED BY users_username_active WHERE deleted_at IS NULL AND username GLOB '*[^ -~]*'")
    .raw()
    .all()
    .sort((a, b) => (a as StoredName)[0] - (b as StoredName)[0]) as StoredName[];
}

/**
 * Usernames (ignoring case) and numbers as the site will hold them after the rows accepted so far: the
 * active users' own, changed by the rows that update them, plus those of the rows that create users. It
 * mirrors the site's unique indexes, so a preview (which writes nothing) decides exactly as the import.
 *
 * The rows' changes are kept here (a claim let go is null); anything else is the site's as stored, looked
 * up by index until LOOKUPS_BEFORE_LOADING, then read whole. During a run the site already holds the
 * rows written so far, but every claim they changed is among the rows' changes, so what is looked up
 * beyond them is as it was before the import.
 */
export class SiteClaims {
  private readonly usernames = new Map<string, Holder | null>();
  private readonly numbers = new Map<string, Holder | null>();
  private stored: { usernames: Map<string, Holder>; numbers: Map<string, Holder> } | null = null;
  /** Stored usernames outside ASCII by their key, read at once: an index lookup ignoring case could miss them. */
  private readonly outsideAscii = new Map<string, Holder>();
  private readonly byUsername: Database.Statement;
  private readonly byNumber: Database.Statement;
  private lookups = 0;

  private constructor(
    private readonly db: Database.Database,
    outsideAscii: readonly StoredName[],
  ) {
    // In id order, each key's last holder wins, as when every user is read in id order (loadAll).
    for (const [id, username] of outsideAscii) this.outsideAscii.set(usernameKey(username), { userId: id, line: null, username });
    this.byUsername = db
      .prepare('SELECT id, username FROM users WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY id DESC LIMIT 1')
      .raw();
    // A number may be shared: the holder with the highest id, as in loadAll.
    this.byNumber = db
      .prepare("SELECT id, username FROM users WHERE number = ? AND number <> '' AND deleted_at IS NULL ORDER BY id DESC LIMIT 1")
      .raw();
  }

  /** Call at the start of the pass, before any row is written. */
  static load(db: Database.Database, outsideAscii: readonly StoredName[]): SiteClaims {
    return new SiteClaims(db, outsideAscii);
  }

  usernameHolder(username: string): Holder | undefined {
    const key = usernameKey(username);
    const changed = this.usernames.get(key);
    return changed !== undefined ? (changed ?? undefined) : this.storedUsername(key);
  }

  numberHolder(number: string): Holder | undefined {
    if (number === '') return undefined;
    const changed = this.numbers.get(number);
    return changed !== undefined ? (changed ?? undefined) : this.storedNumber(number);
  }

  /** A stored user now holds `next` instead of `previous`. */
  move(userId: number, previous: Held, next: Held): void {
    const mine = (holder: Holder | undefined) => holder?.userId === userId;
    if (mine(this.usernameHolder(previous.username))) this.usernames.set(usernameKey(previous.username), null);
    if (previous.number !== '' && mine(this.numberHolder(previous.number))) this.numbers.set(previous.number, null);
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

  private storedUsername(key: string): Holder | undefined {
    const stored = this.storedClaims();
    if (stored) return stored.usernames.get(key);
    // The key is lower case: NOCASE finds an ASCII username whose lower case it is, and nothing else.
    const row = this.byUsername.get(key) as [number, string] | undefined;
    const other = this.outsideAscii.get(key);
    if (!row) return other;
    return other && other.userId! > row[0] ? other : { userId: row[0], line: null, username: row[1] };
  }

  private storedNumber(number: string): Holder | undefined {
    const stored = this.storedClaims();
    if (stored) return stored.numbers.get(number);
    const row = this.byNumber.get(number) as [number, string] | undefined;
    return row ? { userId: row[0], line: null, username: row[1] } : undefined;
  }

  /** Every stored claim, once enough rows were looked up one by one; null before. */
  private storedClaims() {
    if (this.stored === null && ++this.lookups > LOOKUPS_BEFORE_LOADING * 2) this.stored = this.loadAll();
    return this.stored;
  }

  private loadAll() {
    const usernames = new Map<string, Holder>();
    const numbers = new Map<string, Holder>();
    const rows = this.db.prepare('SELECT id, username, number FROM users WHERE deleted_at IS NULL ORDER BY id').raw().iterate() as Iterable<
      [number, string, string]
    >;
    for (const [id, username, number] of rows) {
      const holder = { userId: id, line: null, username };
      usernames.set(usernameKey(username), holder);
      if (number !== '') numbers.set(number, holder);
    }
    return { usernames, numbers };
  }
}
