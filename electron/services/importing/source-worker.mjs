// Starts the import worker from its TypeScript source, for tests and benchmarks (the built app runs
// out/main/import-worker.js instead and never loads this file). Node's module hooks resolve the '@shared'
// alias and extensionless imports as the bundler does, and each .ts module is compiled with rolldown's
// transform, the compiler of the build itself (types erased, type-only imports dropped).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';
import { transformSync } from 'rolldown/utils';

const { entry, sharedDir } = workerData;

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The .ts file an import names: as written, .js written for .ts, without extension, or a folder's index. */
function sourceUrl(url) {
  const path = fileURLToPath(url);
  const candidates = [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')];
  const found = candidates.find(isFile);
  return found ? pathToFileURL(found).href : url;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('@shared/'))
      return { url: sourceUrl(pathToFileURL(join(sharedDir, specifier.slice('@shared/'.length))).href), shortCircuit: true };
    if (/^\.\.?\//.test(specifier) && context.parentURL?.endsWith('.ts'))
      return { url: sourceUrl(new URL(specifier, context.parentURL).href), shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts')) return nextLoad(url, context);
    const path = fileURLToPath(url);
    const { code, errors } = transformSync(path, readFileSync(path, 'utf8'));
    if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
    return { format: 'module', source: code, shortCircuit: true };
  },
});

await import(entry);
