import { performance } from 'node:perf_hooks';
import type { ConnectionTestReport, TestNote, TestProblem, TestStep } from '@shared/channels/connection-test';
import { StepTimeout, TestCancelled, TestStopped } from './step-errors';

export { TestStopped };

/** Told of every change of a running test, for the steps shown live on the screen. */
export type ProgressListener<R> = (report: R) => void;

/** Where the failure happened, for the explanation: at least the step, and whatever the steps learnt. */
export interface StepContext<Id extends string> {
  step: Id;
}

/** Turns whatever a step threw into words for the technician (one per kind of test: LDAP, CUCM). */
export type ExplainFailure<C> = (error: unknown, context: C) => TestProblem;

type StepIdOf<R> = R extends ConnectionTestReport<infer Id> ? Id : never;

/**
 * One connection test as a list of steps: each runs bounded by the timeout and by cancellation, records
 * its time and findings, and on failure an explanation; the steps after a failure are skipped. Whatever
 * holds the connection registers a closer, so a timeout or a cancel ends the network work at once.
 */
export class ConnectionTestRun<R extends ConnectionTestReport<string>, C extends StepContext<StepIdOf<R>>> {
  readonly report: R;
  /** What the failed step threw, kept for the log (a support ticket needs the network error; the screen shows the explanation). */
  failure: unknown = undefined;
  private readonly closers = new Set<() => void>();

  constructor(
    report: Omit<R, 'steps' | 'ok' | 'cancelled'>,
    stepIds: readonly StepIdOf<R>[],
    private readonly timeoutMs: number,
    private readonly signal: AbortSignal,
    private readonly onProgress: ProgressListener<R>,
    /** Filled in by the steps as they learn it (the resolved address, ...). */
    readonly context: C,
    private readonly explain: ExplainFailure<C>,
  ) {
    this.report = {
      ...report,
      ok: false,
      cancelled: false,
      steps: stepIds.map((id): TestStep<StepIdOf<R>> => ({ id, status: 'pending', durationMs: null, notes: [] })),
    } as unknown as R;
    signal.addEventListener('abort', () => this.closeAll(), { once: true });
  }

  /** Registers what must be destroyed on timeout, cancel or the end of the test. */
  holds(close: () => void): void {
    this.closers.add(close);
  }

  /** Forgets a closer whose resource was handed on (and is closed by its new holder). */
  releases(close: () => void): void {
    this.closers.delete(close);
  }

  /**
   * Closes in reverse order of registration: the TLS socket before the TCP socket it wraps (Node 22 crashes
   * the process when a TLS socket's underlying socket is destroyed first).
   */
  closeAll(): void {
    for (const close of [...this.closers].reverse()) {
      try {
        close();
      } catch {
        // Already closed.
      }
    }
    this.closers.clear();
  }

  private stepOf(id: StepIdOf<R>): TestStep<StepIdOf<R>> {
    const step = (this.report.steps as TestStep<StepIdOf<R>>[]).find((s) => s.id === id);
    if (!step) throw new Error(`No step ${id} in this test`);
    return step;
  }

  private emit(): void {
    this.onProgress(structuredClone(this.report));
  }

  /** Marks a step as not needed (e.g. TLS with encryption off), with a note saying why. */
  skip(id: StepIdOf<R>, notes: TestNote[] = []): void {
    const step = this.stepOf(id);
    step.status = 'skipped';
    step.notes.push(...notes);
    this.emit();
  }

  /** Runs one step; a failure is recorded and rethrown (as TestStopped) to end the test. */
  async step<T>(id: StepIdOf<R>, work: (notes: TestNote[]) => Promise<T>): Promise<T> {
    const step = this.stepOf(id);
    this.context.step = id;
    if (this.signal.aborted) throw new TestStopped();
    step.status = 'running';
    this.emit();
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    try {
      const bounded = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new StepTimeout()), this.timeoutMs);
        onAbort = () => reject(new TestCancelled());
        if (this.signal.aborted) onAbort();
        else this.signal.addEventListener('abort', onAbort, { once: true });
      });
      const value = await Promise.race([work(step.notes), bounded]);
      step.status = 'ok';
      return value;
    } catch (error) {
      step.status = error instanceof TestCancelled || this.signal.aborted ? 'cancelled' : 'failed';
      this.failure = error;
      step.problem = this.explain(this.signal.aborted ? new TestCancelled() : error, this.context);
      // Whatever the step was waiting for is abandoned: close it so nothing keeps running.
      this.closeAll();
      throw new TestStopped();
    } finally {
      clearTimeout(timer);
      if (onAbort) this.signal.removeEventListener('abort', onAbort);
      step.durationMs = Math.round(performance.now() - started);
      this.emit();
    }
  }

  /** Ends the test: pending steps are skipped, the connection closed, the outcome set. */
  finish(): R {
    this.closeAll();
    for (const step of this.report.steps) if (step.status === 'pending') step.status = 'skipped';
    this.report.cancelled = this.report.steps.some((s) => s.status === 'cancelled');
    this.report.ok = this.report.steps.every((s) => s.status === 'ok' || s.status === 'skipped') && !this.report.cancelled;
    this.emit();
    return this.report;
  }
}
