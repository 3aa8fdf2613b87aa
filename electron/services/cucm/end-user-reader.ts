import type { CucmBusyReason, CucmReadReport } from '@shared/cucm/cucm-import-preview';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { AxlClient, MAX_IN_FLIGHT } from './axl-client';
import { BUSY_BUDGET_MS, busyReasonOf, busyWaitMs, CONNECTION_TRIES } from './axl-busy';
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
/** Pages grow back towards answers of about this size (half of CUCM's 8 MB), never to one CUCM refused. */
const GROWTH_TARGET_BYTES = 4 * 1024 * 1024;
/** Answered pages in a row before a page grows (by half), and before one more request goes in flight. */
const CALM_PAGES = 3;

/** A wait announced while CUCM is busy: why, for how long, and the how-many-th try in a row. */
interface BusyWait {
  reason: CucmBusyReason;
  seconds: number;
  attempt: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CucmFetchProgress) => void;
  onWait?: (wait: BusyWait & CucmFetchProgress) => void;
  /** How long busy answers may be waited out in a row (BUSY_BUDGET_MS unless a test says otherwise). */
  busyBudgetMs?: number;
}

export interface EndUsersRead {
  users: CucmEndUser[];
  pages: number;
  report: CucmReadReport;
}

interface Range {
  skip: number;
  first: number;
}

/** A read that cannot be completed: named by step, with what was read so far (nothing of it is used). */
const incomplete = (code: 'CUCM_TIMEOUT' | 'CUCM_PROTOCOL' | 'CUCM_UNREACHABLE', key: MessageKey, params: MessageParams) =>
  new RosterError(code, key, params);

/**
 * Every end user matching `criteria` (listUser searchCriteria), read page by page with skip/first, a few
 * pages in flight at once. Complete or nothing:
 * - the read ends only where CUCM says there is nothing more: a page shorter than asked. The throttle fault's
 *   "Total rows matched" is never taken as the end (a CUCM may count the whole result or only the page asked);
 *   a total larger than the page asked is the whole result's, and a read ending short of it is refused;
 * - a throttle fault ("Query request too large ... Suggestive Row Fetch: less than N") shrinks the pages and
 *   the refused range is asked again in parts; pages grow back carefully once answers come in calmly;
 * - HTTP 503 and "Maximum AXL Memory Allocation Consumed" are waited out (Retry-After when CUCM gives one, else
 *   growing waits), with only one request in flight until CUCM answers again; bounded in time;
 * - a connection that drops mid-read is tried again a few times, then the read is given up;
 * - rows that moved while reading (a page past the end that is not empty) refuse the read.
 * Cancelling through `signal` stops every request at once and refuses with CANCELLED.
 */
export async function readEndUsers(connection: CucmConnection, criteria: CucmSearchCriteria, options: ReadOptions = {}): Promise<EndUsersRead> {
  const client = new AxlClient(connection);
  try {
    return await new PagedRead(client, criteria, options).run();
  } finally {
    client.close();
  }
}

class PagedRead {
  private pageSize = INITIAL_PAGE_SIZE;
  /** Never grow a page to this many rows again: CUCM refused it. */
  private refusedSize = Infinity;
  private bytesPerRow = 0;
  private calmPages = 0;
  private inFlightLimit = MAX_IN_FLIGHT;
  /** Where the next page not yet planned starts. */
  private nextSkip = 0;
  /** Ranges to ask (again), before new ones: the parts of a throttled page, pages CUCM was too busy for. */
  private readonly retry: Range[] = [];
  /** The first row that does not exist, once a page came back shorter than asked. */
  private end: number | null = null;
  /** A throttle fault's total that can only be the whole result's: the read must reach it. */
  private atLeast = 0;
  private readonly pagesBySkip = new Map<number, { asked: number; users: CucmEndUser[] }>();
  private pages = 0;
  private users = 0;
  private inFlight = 0;
  /** No request goes out before this time (CUCM is busy). */
  private pausedUntil = 0;
  private busyTries = 0;
  /** CUCM answered something (a page, a fault, a busy answer): from then on a dropped connection is tried again. */
  private heard = false;
  private lastWait: Pick<BusyWait, 'reason' | 'attempt'> | null = null;
  private busySince: number | null = null;
  private readonly report = { throttled: 0, busy: 0, waitedMs: 0 };
  private readonly requests = new AbortController();

  constructor(
    private readonly client: AxlClient,
    private readonly criteria: CucmSearchCriteria,
    private readonly options: ReadOptions,
  ) {}

  run(): Promise<EndUsersRead> {
    const { signal } = this.options;
    return new Promise((resolve, reject) => {
      let failed = false;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        if (timer) clearTimeout(timer);
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
        const wait = this.pausedUntil - Date.now();
        if (wait > 0) {
          if (!timer) {
            timer = setTimeout(() => {
              timer = null;
              pump();
            }, wait);
          }
          return;
        }
        while (this.inFlight < this.inFlightLimit) {
          const range = this.nextRange();
          if (!range) break;
          this.inFlight++;
          this.fetchRange(range).then(() => {
            this.inFlight--;
            pump();
          }, fail);
        }
        if (this.inFlight === 0 && !failed && !timer) {
          try {
            const result = this.finish();
            signal?.removeEventListener('abort', onAbort);
            resolve(result);
          } catch (error) {
            fail(error);
          }
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
    // Until the end is known only so many pages are asked ahead: one per request in flight.
    const range = this.bounded({ skip: this.nextSkip, first: this.pageSize });
    this.nextSkip += range.first;
    return range;
  }

  /** Never asks past a known end. */
  private bounded(range: Range): Range {
    return this.end === null ? range : { skip: range.skip, first: Math.min(range.first, this.end - range.skip) };
  }

  private progress(): CucmFetchProgress {
    return { pages: this.pages, users: this.users, pageSize: this.pageSize };
  }

  private async fetchRange(range: Range): Promise<void> {
    let found: CucmEndUser[];
    let bytes: number;
    try {
      const answer = await this.client.call('listUser', listUserBody({ criteria: this.criteria, ...range }), { signal: this.requests.signal });
      found = endUsersOf(answer.response);
      bytes = answer.bytes;
    } catch (error) {
      const throttle = error instanceof AxlFailure && error.details.fault ? throttleOf(error.details.fault) : null;
      if (throttle) {
        this.heard = true;
        this.shrink(range, throttle.suggestedRows, throttle.totalRows);
        return;
      }
      const reason = busyReasonOf(error);
      // A connection refused or dropped before CUCM ever answered is not a busy CUCM: said at once.
      if (!reason || (reason === 'connection' && !this.heard)) throw error;
      if (reason !== 'connection') this.heard = true;
      this.waitOut(range, reason, error as AxlFailure);
      return;
    }
    this.answered(range, found, bytes);
  }

  private answered(range: Range, found: CucmEndUser[], bytes: number): void {
    this.heard = true;
    this.busyTries = 0;
    this.busySince = null;
    if (this.beyondEnd(range.skip) && found.length > 0) {
      // CUCM said earlier that nothing exists from here on: rows moved while reading.
      throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.changed', { users: this.users });
    }
    if (found.length > range.first) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.tooMany', { asked: range.first, found: found.length });
    // An empty page past the end (asked ahead while the end was not known) is not a page of the result.
    if (found.length > 0 || range.skip === 0) this.pages++;
    this.users += found.length;
    this.pagesBySkip.set(range.skip, { asked: range.first, users: found });
    if (found.length < range.first) {
      const end = range.skip + found.length;
      // A page further on already held rows: the result moved while reading.
      for (const [skip, page] of this.pagesBySkip) {
        if (skip >= end && page.users.length > 0) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.changed', { users: this.users });
      }
      this.end = Math.min(this.end ?? Infinity, end);
    }
    if (found.length > 0) this.grow(bytes / found.length);
    const paused = this.pausedUntil - Date.now();
    // A page asked before CUCM turned busy answered meanwhile: the read is still waiting, and says so.
    if (paused > 0 && this.lastWait) this.options.onWait?.({ ...this.progress(), ...this.lastWait, seconds: Math.max(1, Math.round(paused / 1000)) });
    else this.options.onProgress?.(this.progress());
  }

  /** After calm answers: one more request in flight (up to the few AXL serves), and larger pages, carefully. */
  private grow(rowBytes: number): void {
    this.bytesPerRow = this.bytesPerRow === 0 ? rowBytes : Math.max(this.bytesPerRow * 0.8 + rowBytes * 0.2, rowBytes);
    this.calmPages++;
    if (this.calmPages < CALM_PAGES) return;
    this.calmPages = 0;
    this.inFlightLimit = Math.min(MAX_IN_FLIGHT, this.inFlightLimit + 1);
    const fits = Math.floor(GROWTH_TARGET_BYTES / this.bytesPerRow);
    const ceiling = Math.min(INITIAL_PAGE_SIZE, fits, Math.floor(this.refusedSize * THROTTLE_MARGIN));
    if (this.pageSize < ceiling) this.pageSize = Math.min(ceiling, Math.ceil(this.pageSize * 1.5));
  }

  /** After a throttle fault: smaller pages from now on, and the refused range asked again in parts. */
  private shrink(range: Range, suggestedRows: number, totalRows: number): void {
    this.report.throttled++;
    this.calmPages = 0;
    if (range.first <= 1) throw new AxlFailure('throttled', { rows: totalRows });
    this.refusedSize = Math.min(this.refusedSize, range.first);
    const size = Math.max(1, Math.floor((suggestedRows - 1) * THROTTLE_MARGIN));
    this.pageSize = Math.min(this.pageSize, size, Math.max(1, Math.floor(range.first / 2)));
    // More rows than the page asked can only be the whole result's count: the read must get that far.
    if (totalRows > range.first) this.atLeast = Math.max(this.atLeast, totalRows);
    const parts: Range[] = [];
    for (let skip = range.skip; skip < range.skip + range.first; skip += this.pageSize) {
      parts.push({ skip, first: Math.min(this.pageSize, range.skip + range.first - skip) });
    }
    this.retry.unshift(...parts);
  }

  /** CUCM is busy: the range waits, one request at a time from now on, and the read is given up when it lasts. */
  private waitOut(range: Range, reason: CucmBusyReason, error: AxlFailure): void {
    const now = Date.now();
    this.report.busy++;
    this.busyTries++;
    this.busySince ??= now;
    this.calmPages = 0;
    this.inFlightLimit = 1;
    this.retry.unshift(range);
    const waitMs = busyWaitMs(this.busyTries, error.details.retryAfterMs);
    const budget = this.options.busyBudgetMs ?? BUSY_BUDGET_MS;
    const step = { users: this.users, pages: this.pages };
    const overBudget = now + waitMs - this.busySince > budget;
    // A connection that keeps failing is a CUCM that stopped, however long that took to find out.
    if (reason === 'connection' && (overBudget || this.busyTries >= CONNECTION_TRIES)) {
      throw incomplete('CUCM_UNREACHABLE', 'cucmImport.read.stopped', { ...step, tries: this.busyTries }).causedBy(error);
    }
    if (overBudget) {
      throw incomplete('CUCM_TIMEOUT', 'cucmImport.read.busy', { ...step, seconds: Math.round((now - this.busySince) / 1000) }).causedBy(error);
    }
    // Requests already in flight answer as they will; nothing new goes out before the wait is over.
    const until = now + waitMs;
    if (until > this.pausedUntil) {
      this.report.waitedMs += until - Math.max(now, this.pausedUntil);
      this.pausedUntil = until;
      this.lastWait = { reason, attempt: this.busyTries };
      this.options.onWait?.({ ...this.progress(), reason, seconds: Math.max(1, Math.round(waitMs / 1000)), attempt: this.busyTries });
    }
  }

  /** Every row from 0 to the end read once, or the read is refused: a gap would show users as deleted. */
  private finish(): EndUsersRead {
    if (this.end === null) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.noEnd', { users: this.users });
    if (this.end < this.atLeast) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.short', { users: this.end, total: this.atLeast });
    const seen = new Set<string>();
    const users: CucmEndUser[] = [];
    let covered = 0;
    for (const skip of [...this.pagesBySkip.keys()].sort((a, b) => a - b)) {
      if (skip >= this.end) break;
      if (skip > covered) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.gap', { from: covered + 1, to: skip });
      const page = this.pagesBySkip.get(skip)!;
      covered = Math.max(covered, skip + page.users.length);
      // A user that moved between pages while reading is kept once.
      for (const user of page.users) {
        const key = user.uuid || user.userid;
        if (seen.has(key)) continue;
        seen.add(key);
        users.push(user);
      }
    }
    if (covered < this.end) throw incomplete('CUCM_PROTOCOL', 'cucmImport.read.gap', { from: covered + 1, to: this.end });
    return {
      users,
      pages: this.pages,
      report: {
        complete: true,
        users: users.length,
        pages: this.pages,
        throttled: this.report.throttled,
        busy: this.report.busy,
        waitedSeconds: Math.round(this.report.waitedMs / 100) / 10,
      },
    };
  }
}
