import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startAxlServer } from '../support/axl-server';
import type { AxlServer } from '../support/axl-server';

// The AXL test server in a thread of its own, for benchmarks: building its answers (megabytes of XML) must
// not count as stalls of the main thread being measured.

export type ServerAddress = Pick<AxlServer, 'host' | 'port' | 'user' | 'password' | 'trust'>;

interface ThreadData {
  axlServerThread: true;
  users: number;
}

/** Starts this file in a worker from its TypeScript source (the import worker's loader); answers once listening. */
export function startAxlServerThread(users: number): Promise<{ server: ServerAddress; stop(): Promise<void> }> {
  const root = resolve(__dirname, '../..');
  const thread = new Worker(pathToFileURL(join(root, 'electron/services/importing/source-worker.mjs')), {
    workerData: { entry: pathToFileURL(__filename).href, sharedDir: join(root, 'shared'), axlServerThread: true, users },
  });
  return new Promise((resolvePromise, reject) => {
    thread.once('error', reject);
    thread.once('message', (server: ServerAddress) =>
      resolvePromise({
        server,
        stop: async () => {
          await thread.terminate();
        },
      }),
    );
  });
}

if (!isMainThread && (workerData as ThreadData | null)?.axlServerThread) {
  const server = await startAxlServer({ users: (workerData as ThreadData).users });
  parentPort!.postMessage({ host: server.host, port: server.port, user: server.user, password: server.password, trust: server.trust });
}
