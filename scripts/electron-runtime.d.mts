/** Where the Electron runtime is (binary), or why there is none (reason). See electron-runtime.mjs. */
export function findElectron(root: string): { binary: string; reason?: undefined } | { binary?: undefined; reason: string };
