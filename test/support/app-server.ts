import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const webEntry = join(repoRoot, 'out', 'main', 'web.js');
const READY = /Roster is running in browser mode: (http:\/\/127\.0\.0\.1:\d+\/\S*)/;
const STARTUP_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningApp {
  /** The URL with the one-time token, as printed by the server. */
  url: string;
  sitesDir: string;
  configDir: string;
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
    env: { ...process.env, ROSTER_CONFIG_DIR: configDir, ROSTER_SITES_DIR: sitesDir, ROSTER_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`no URL from ${webEntry} within ${STARTUP_TIMEOUT_MS / 1000} s\nstdout: ${stdout}\nstderr: ${stderr}`)),
      STARTUP_TIMEOUT_MS,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`${webEntry} exited (${code ?? signal}) before printing its URL\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    cleanDirs();
    throw error;
  });

  let stopping: Promise<number | null> | undefined;
  return {
    url,
    sitesDir,
    configDir,
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
