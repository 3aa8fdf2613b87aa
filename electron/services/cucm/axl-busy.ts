import type { CucmBusyReason } from '@shared/cucm/cucm-import-preview';
import { AxlFailure } from './axl-failure';

/**
 * When CUCM is busy rather than refusing. Cisco's AXL guide: writes are throttled by the database's change
 * queue and answered "503 Service Unavailable" (also when other applications load the same cluster), and an
 * application should wait a few seconds and ask again; a node short of AXL memory answers the fault
 * "Maximum AXL Memory Allocation Consumed". Reads are only ever repeated, so asking again changes nothing.
 */

const MEMORY_FAULT = /Maximum AXL Memory Allocation Consumed/i;

/** Why this failure is worth waiting out, or null when asking again would not help (sign-in, certificate, fault). */
export function busyReasonOf(error: unknown): CucmBusyReason | null {
  if (!(error instanceof AxlFailure)) return null;
  if (error.reason === 'httpStatus' && (error.details.httpStatus === 503 || error.details.httpStatus === 429)) return 'busy';
  if (error.reason === 'fault' && error.details.fault) {
    const { faultstring, axlmessage } = error.details.fault;
    if (MEMORY_FAULT.test(faultstring) || MEMORY_FAULT.test(axlmessage)) return 'memory';
  }
  // A connection dropped or an answer that never came: a busy node does this too, but so does one that
  // stopped; a few tries tell them apart (see CONNECTION_TRIES).
  if (error.reason === 'connectionClosed' || error.reason === 'answerTimeout' || error.reason === 'refused') return 'connection';
  return null;
}

/**
 * How long busy answers are waited out in a row before the read is given up: two minutes, or
 * ROSTER_CUCM_BUSY_SECONDS (the tests' shorter patience).
 */
export const BUSY_BUDGET_MS = (Number(process.env.ROSTER_CUCM_BUSY_SECONDS) || 120) * 1000;
/** A connection that keeps failing is a server that stopped, not a busy one: given up after this many tries in a row. */
export const CONNECTION_TRIES = 4;
const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 30_000;
/** CUCM's Retry-After is followed, but never below this (it may say 0) nor above the longest wait. */
const SHORTEST_WAIT_MS = 250;

/**
 * The wait before the next try: what CUCM asked for (Retry-After), else doubling from one second, with some
 * jitter so that several clients turned away together do not come back together.
 */
export function busyWaitMs(attempt: number, retryAfterMs: number | undefined, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(LONGEST_WAIT_MS, Math.max(SHORTEST_WAIT_MS, retryAfterMs));
  const base = Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
