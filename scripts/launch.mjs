// Run by `npm start` after `electron-vite build`: starts the Electron app where the Electron runtime can be
// had, and browser mode (out/main/web.js) in this terminal where it cannot. Only Node built-ins are used.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Notices go to stderr: in browser mode stdout carries exactly one line, the URL, which tests parse.
function log(message) {
  process.stderr.write(`[roster] ${message}\n`);
}

/**
 * Where the Electron binary is, or why it cannot be used. This reads what node_modules/electron/index.js
 * would compute (path.txt + dist/) instead of calling require('electron'): on Electron 45 that call tries
 * to download a missing binary, which blocks for minutes on a machine without access to GitHub.
 */
function findElectron() {
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

/** Runs a child in this terminal, forwards Ctrl+C / termination to it, and exits with its exit code. */
function runForwarding(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  child.on('error', (error) => {
    console.error(`[roster] could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    // A child ended by SIGINT/SIGTERM after we forwarded it counts as a normal stop.
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

const electron = findElectron();
if (electron.binary) {
  // ELECTRON_RUN_AS_NODE left over in a shell would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForwarding(electron.binary, ['.'], env);
} else {
  log(`Electron is not available here: ${electron.reason}. Roster starts in browser mode instead.`);
  runForwarding(process.execPath, [join(root, 'out', 'main', 'web.js')], process.env);
}
