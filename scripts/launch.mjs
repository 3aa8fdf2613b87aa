// Run by `npm start` after `electron-vite build`: starts the Electron app where the Electron runtime can be
// had, and browser mode (out/main/web.js) in this terminal where it cannot. Only Node built-ins are used.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron } from './electron-runtime.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Notices go to stderr: in browser mode stdout carries only sign-in addresses, one a line, which tests parse.
function log(message) {
  process.stderr.write(`[roster] ${message}\n`);
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

const electron = findElectron(root);
if (electron.binary) {
  // ELECTRON_RUN_AS_NODE left over in a shell would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForwarding(electron.binary, ['.'], env);
} else {
  log(`Electron is not available here: ${electron.reason}. Roster starts in browser mode instead.`);
  runForwarding(process.execPath, [join(root, 'out', 'main', 'web.js')], process.env);
}
