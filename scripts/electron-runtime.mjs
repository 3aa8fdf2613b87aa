// Where the Electron runtime is on this machine, or why there is none: shared by `npm start` (launch.mjs) and
// the Electron smoke test. Node built-ins only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Electron binary is, or why it cannot be used. This reads what node_modules/electron/index.js
 * would compute (path.txt + dist/) instead of calling require('electron'): on Electron 45 that call tries
 * to download a missing binary, which blocks for minutes on a machine without access to GitHub.
 */
export function findElectron(root) {
  if (process.env.ROSTER_FORCE_BROWSER === '1') return { reason: 'ROSTER_FORCE_BROWSER=1 is set' };
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { reason: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let binary;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  } else if (relative) {
    binary = join(packageDir, 'dist', relative);
  } else {
    return { reason: 'the Electron runtime was never downloaded (node_modules/electron has no path.txt)' };
  }
  if (!existsSync(binary)) return { reason: `the Electron runtime is missing (${binary} does not exist)` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { binary };
}
