import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A runtime import cycle makes the order modules load in decide whether a constant exists yet (a worker
// once crashed on "Cannot access 'USER_LIST_COLUMNS' before initialization"). Type-only imports vanish at
// build time and cannot cause that, so only value imports count.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_FOLDERS = ['shared', 'electron', 'renderer/src'];
const VALUE_IMPORT = /^(?:import|export) (?!type )[^;]*? from '([^']+)';/gms;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string, known: Set<string>): string | null {
  let base: string;
  if (specifier.startsWith('@shared/')) base = join(root, 'shared', specifier.slice('@shared/'.length));
  else if (specifier.startsWith('.')) base = normalize(join(dirname(from), specifier));
  else return null;
  base = base.replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => known.has(candidate)) ?? null;
}

/** Every cycle of value imports, each as the chain of files that closes it. */
function importCycles(files: string[], read: (file: string) => string): string[][] {
  const known = new Set(files);
  const edges = new Map(files.map((file) => [file, [...read(file).matchAll(VALUE_IMPORT)].flatMap((m) => resolveImport(file, m[1]!, known) ?? [])]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'visiting');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('no module of shared, electron or the renderer imports itself back through others', () => {
    const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)));
    const cycles = importCycles(files, (file) => readFileSync(file, 'utf8')).map((cycle) => cycle.map((f) => relative(root, f)).join(' -> '));
    expect(cycles).toEqual([]);
  });

  it('finds a cycle of value imports, and ignores one closed by a type-only import', () => {
    const a = join(root, 'shared', 'a.ts');
    const b = join(root, 'shared', 'b.ts');
    const sources: Record<string, string> = { [a]: "import { b } from './b.js';\n", [b]: "import { a } from './a.js';\n" };
    expect(importCycles([a, b], (f) => sources[f]!)).toHaveLength(1);
    sources[b] = "import type { A } from './a.js';\n";
    expect(importCycles([a, b], (f) => sources[f]!)).toEqual([]);
  });
});
