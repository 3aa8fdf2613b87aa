import { AxlClient, MAX_IN_FLIGHT } from './axl-client';
import { throttleOf } from './axl-fault';
import { AxlFailure } from './axl-failure';
import { listUserBody } from './axl-request';
import type { CucmConnection } from './cucm-connection';
import type { CucmEndUser, CucmFetchProgress, CucmSearchCriteria } from './cucm-end-user';
import { endUsersOf } from './end-user-answer';

/**
 * Rows asked for per listUser page at first. An end user with Roster's tags takes about 600-800 bytes of
 * XML, so this stays well below CUCM's 8 MB answer limit; a throttle fault shrinks it to what CUCM suggests.
 */
export const INITIAL_PAGE_SIZE = 5000;
/** Below CUCM's "less than N rows": rows differ in size, so leave some room. */
const THROTTLE_MARGIN = 0.9;

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CucmFetchProgress) => void;
}

interface Range {
  skip: number;
  first: number;
}

/**
 * Every end user matching `criteria` (listUser searchCriteria), read page by page with skip/first, a few
 * pages in flight at once. A throttle fault ("Query request too large ... Suggestive Row Fetch: less than
 * N rows") makes the pages smaller and the refused page is asked again in smaller parts. Cancelling through
 * `signal` stops every request at once and refuses with CANCELLED; nothing is written anywhere.
 */
export async function fetchEndUsers(
  connection: CucmConnection,
  criteria: CucmSearchCriteria,
  options: FetchOptions = {},
): Promise<{ users: CucmEndUser[]; pages: number }> {
  const client = new AxlClient(connection);
  try {
    return await new PagedFetch(client, criteria, options).run();
  } finally {
    client.close();
  }
}

class PagedFetch {
  private pageSize = INITIAL_PAGE_SIZE;
  /** Where the next page not yet planned starts. */
  private nextSkip = 0;
  /** Ranges to ask (again), before new ones: the parts of a throttled page. */
  private readonly retry: Range[] = [];
  /** The first row that does not exist, once known (a short page, or the throttle fault's total). */
  private end: number | null = null;
  private readonly pagesBySkip = new Map<number, CucmEndUser[]>();
  private pages = 0;
  private users = 0;
  private inFlight = 0;
  private readonly requests = new AbortController();

  constructor(
    private readonly client: AxlClient,
    private readonly criteria: CucmSearchCriteria,
    private readonly options: FetchOptions,
  ) {}

  run(): Promise<{ users: CucmEndUser[]; pages: number }> {
    const { signal } = this.options;
    return new Promise((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        signal?.removeEventListener('abort', onAbort);
        this.requests.abort();
        reject(error);
      };
      const onAbort = () => fail(new AxlFailure('cancelled'));
      if (signal?.aborted) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });

      const pump = () => {
        if (failed) return;
        while (this.inFlight < MAX_IN_FLIGHT) {
          const range = this.nextRange();
          if (!range) break;
          this.inFlight++;
          this.fetchRange(range).then(() => {
            this.inFlight--;
            pump();
          }, fail);
        }
        if (this.inFlight === 0 && !failed) {
          signal?.removeEventListener('abort', onAbort);
          resolve({ users: this.collect(), pages: this.pages });
        }
      };
      pump();
    });
  }

  private beyondEnd(skip: number): boolean {
    return this.end !== null && skip >= this.end;
  }

  private nextRange(): Range | null {
    while (this.retry.length > 0) {
      const range = this.retry.shift()!;
      if (!this.beyondEnd(range.skip)) return this.bounded(range);
    }
    if (this.beyondEnd(this.nextSkip)) return null;
    const range = this.bounded({ skip: this.nextSkip, first: this.pageSize });
    this.nextSkip += range.first;
    return range;
  }

  /** Never asks past a known end. */
  private bounded(range: Range): Range {
    return this.end === null ? range : { skip: range.skip, first: Math.min(range.first, this.end - range.skip) };
  }

  private async fetchRange(range: Range): Promise<void> {
    let found: CucmEndUser[];
    try {
      const { response } = await this.client.call('listUser', listUserBody({ criteria: this.criteria, ...range }), { signal: this.requests.signal });
      found = endUsersOf(response);
    } catch (error) {
      const throttle = error instanceof AxlFailure && error.details.fault ? throttleOf(error.details.fault) : null;
      if (!throttle) throw error;
      this.shrink(range, throttle.suggestedRows, throttle.totalRows);
      return;
    }
    // An empty page past the end (asked ahead while the end was not known) is not a page of the result.
    if (found.length > 0 || range.skip === 0) this.pages++;
    this.users += found.length;
    this.pagesBySkip.set(range.skip, found);
    // A short page is the last one: nothing exists from here on.
    if (found.length < range.first) this.end = Math.min(this.end ?? Infinity, range.skip + found.length);
    this.options.onProgress?.({ pages: this.pages, users: this.users, pageSize: this.pageSize });
  }

  /** After a throttle fault: smaller pages from now on, and the refused range asked again in parts. */
  private shrink(range: Range, suggestedRows: number, totalRows: number): void {
    const size = Math.max(1, Math.floor((suggestedRows - 1) * THROTTLE_MARGIN));
    if (range.first <= 1) throw new AxlFailure('throttled', { rows: totalRows });
    this.pageSize = Math.min(this.pageSize, size, Math.max(1, Math.floor(range.first / 2)));
    // The total counts every row matching the criteria: the end is known now.
    if (this.end === null || totalRows < this.end) this.end = totalRows;
    const parts: Range[] = [];
    for (let skip = range.skip; skip < range.skip + range.first; skip += this.pageSize) {
      parts.push({ skip, first: Math.min(this.pageSize, range.skip + range.first - skip) });
    }
    this.retry.unshift(...parts);
  }

  /** The pages in order; a user that moved between pages while reading is kept once. */
  private collect(): CucmEndUser[] {
    const seen = new Set<string>();
    const users: CucmEndUser[] = [];
    for (const skip of [...this.pagesBySkip.keys()].sort((a, b) => a - b)) {
      for (const user of this.pagesBySkip.get(skip)!) {
        const key = user.uuid || user.userid;
        if (seen.has(key)) continue;
        seen.add(key);
        users.push(user);
      }
    }
    return users;
  }
}
