import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks are not tests: they print figures and assert nothing, so `npm test` never runs them.
// `npm run bench` runs them with this config (under the pinned Node, like npm test).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    include: ['test/bench/**/*.bench.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
