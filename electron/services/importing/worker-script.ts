import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to start the import worker: its script, and what that script needs to find the worker's code. */
export interface WorkerScript {
  file: URL;
  workerData?: { entry: string; sharedDir: string };
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The built app has the worker as an entry of its own (electron.vite.config.ts: out/main/import-worker.js)
 * next to the main entries, while this module may sit in a chunk one folder below them. Run from the
 * TypeScript source (tests, benchmarks), there is no built file: source-worker.mjs loads import-worker.ts
 * itself, compiling each module as the build would.
 */
export function importWorkerScript(): WorkerScript {
  for (const folder of [here, dirname(here)]) {
    const built = join(folder, 'import-worker.js');
    if (existsSync(built)) return { file: pathToFileURL(built) };
  }
  const source = join(here, 'import-worker.ts');
  if (!existsSync(source)) throw new Error(`the import worker is missing next to ${here}`);
  return {
    file: pathToFileURL(join(here, 'source-worker.mjs')),
    workerData: { entry: pathToFileURL(source).href, sharedDir: resolve(here, '../../../shared') },
  };
}
