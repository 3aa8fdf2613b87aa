import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh directory under the OS temp folder; remove() deletes it with everything inside. */
export function makeTempDir(prefix = 'roster-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** For a test file: returns a function giving a new temp dir per call, all removed after each test. */
export function useTempDirs(prefix?: string): () => string {
  const made: { remove(): void }[] = [];
  afterEach(() => {
    while (made.length) made.pop()!.remove();
  });
  return () => {
    const dir = makeTempDir(prefix);
    made.push(dir);
    return dir.path;
  };
}
