import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const alias = { '@shared': resolve(__dirname, 'shared') };
// ROSTER_OUT_DIR: build somewhere other than out/ (a folder inside the checkout, so the build finds
// node_modules), for two people testing their own builds in one checkout; the tests read the same variable.
const out = resolve(__dirname, process.env.ROSTER_OUT_DIR ?? 'out');

// Three explicit entries: the main process (plus the browser-mode server, which reuses the same handler
// table without Electron, and the import worker), the preload, and the renderer.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(out, 'main'),
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/web/start.ts'),
          // The import's worker thread, started by electron/services/importing/worker-script.ts.
          'import-worker': resolve(__dirname, 'electron/services/importing/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: resolve(out, 'preload'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
