import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// ROSTER_OUT_DIR: the build made with the same variable (see electron.vite.config.ts), else out/.
const webEntry = join(resolve(repoRoot, process.env.ROSTER_OUT_DIR ?? 'out'), 'main', 'web.js');
// Every stdout line of browser mode ends in a sign-in address: the first at start, the next after each sign-in.
const SIGN_IN_ADDRESS = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/;
const STARTUP_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;
const SIGN_IN_TIMEOUT_MS = 15_000;

export interface RunningApp {
  /** The first sign-in address printed. Its token works once: every later sign-in takes signInUrl(). */
  url: string;
  /**
   * The next sign-in address not handed out yet (`url` counts as handed out), waiting for the server to print
   * it: it does once the address before has been used.
   */
  signInUrl(): Promise<string>;
  sitesDir: string;
  configDir: string;
  /** What the app has written to stderr (its log) so far. */
  stderr(): string;
  /** SIGTERM, wait for the exit, remove the temp dirs. Resolves to the exit code (null if it had to be killed). */
  stop(): Promise<number | null>;
}

/** Starts the built app in browser mode (`node out/main/web.js`) on a free port with its own empty dirs. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  if (!existsSync(webEntry)) {
    throw new Error(`${webEntry} is missing: build first (npm run build)`);
  }
  const configDir = mkdtempSync(join(tmpdir(), 'roster-config-'));
  const sitesDir = mkdtempSync(join(tmpdir(), 'roster-sites-'));
  const cleanDirs = () => {
    rmSync(configDir, { recursive: true, force: true });
    rmSync(sitesDir, { recursive: true, force: true });
  };
  const child = spawn(process.execPath, [webEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ROSTER_CONFIG_DIR: configDir,
      ROSTER_SITES_DIR: sitesDir,
      ROSTER_LOG_DIR: join(configDir, 'logs'),
      ROSTER_PORT: '0',
      // The interface follows the system's language: English unless a test asks for another (env below).
      LANG: 'en_US.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      LANGUAGE: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  // Every sign-in address printed so far, in order; `printed` wakes whoever waits for the next.
  const addresses: string[] = [];
  const printed = new EventEmitter();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lineStart = stdout.lastIndexOf('\n') + 1;
    stdout += chunk;
    // Only complete lines: an address cut between two chunks is read once its line has ended.
    for (const line of stdout.slice(lineStart).split('\n').slice(0, -1)) {
      const address = SIGN_IN_ADDRESS.exec(line)?.[1];
      if (address) addresses.push(address);
    }
    printed.emit('address');
  });
  /** The address printed at `index` (0: the first), once it is. */
  const addressAt = (index: number, waitMs: number) =>
    new Promise<string>((done, fail) => {
      const check = () => {
        const address = addresses[index];
        if (address === undefined) return;
        cleanUp();
        done(address);
      };
      const timer = setTimeout(() => {
        cleanUp();
        fail(
          new Error(
            `${webEntry} printed no sign-in address #${index + 1} within ${waitMs / 1000} s (is the one before used?)\nstdout: ${stdout}\nstderr: ${stderr}`,
          ),
        );
      }, waitMs);
      const cleanUp = () => {
        clearTimeout(timer);
        printed.off('address', check);
      };
      printed.on('address', check);
      check();
    });
  const url = await new Promise<string>((done, fail) => {
    addressAt(0, STARTUP_TIMEOUT_MS).then(done, fail);
    child.once('error', fail);
    child.once('exit', (code, signal) => {
      fail(new Error(`${webEntry} exited (${code ?? signal}) before printing its URL\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    cleanDirs();
    throw error;
  });

  let stopping: Promise<number | null> | undefined;
  let handedOut = 1;
  return {
    url,
    signInUrl: () => addressAt(handedOut++, SIGN_IN_TIMEOUT_MS),
    sitesDir,
    configDir,
    stderr: () => stderr,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        const code = await exited;
        clearTimeout(killer);
        cleanDirs();
        return code;
      })();
      return stopping;
    },
  };
}
