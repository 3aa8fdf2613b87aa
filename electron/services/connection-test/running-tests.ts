import { RosterError } from '@shared/result';

/** The connection tests under way, by the id the renderer gave them, so that one can be cancelled. */
export class RunningTests {
  private readonly tests = new Map<string, AbortController>();

  /** Runs `work` under a fresh cancellation signal registered as `testId`. */
  async run<T>(testId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.tests.has(testId)) throw new RosterError('CONFLICT', 'error.CONFLICT');
    const controller = new AbortController();
    this.tests.set(testId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.tests.delete(testId);
    }
  }

  /** Whether a test of that id was running (and is now being stopped). */
  cancel(testId: string): boolean {
    const controller = this.tests.get(testId);
    if (!controller) return false;
    controller.abort();
    return true;
  }
}
