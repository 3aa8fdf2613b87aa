import type { WorkerOptions } from 'node:worker_threads';

/**
 * How far a worker's thread stands back (a nice value: 0 is main's, 19 the lowest). Under load, the scheduler
 * then gives main most of a core whenever both want one: main answers the screens at once and the heavy work
 * takes the rest. With a core free for each (the usual case) nothing changes: the worker runs at full speed.
 */
export const WORKER_NICENESS = 10;

/**
 * What `new Worker` is given to run `file` at background priority: a two-line entry that lowers its own thread
 * and then loads `file` (workerData and the port stay the worker's). Linux alone lets a thread lower itself
 * (setpriority on the thread's id, from /proc/thread-self); elsewhere `file` starts as it is. A failure to
 * lower only leaves the worker at main's priority.
 */
export function atBackgroundPriority(file: URL): { entry: string | URL; options: Pick<WorkerOptions, 'eval'> } {
  if (process.platform !== 'linux') return { entry: file, options: {} };
  const entry = `try {
  require('node:os').setPriority(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()), ${WORKER_NICENESS});
} catch {}
import(${JSON.stringify(file.href)});`;
  return { entry, options: { eval: true } };
}
