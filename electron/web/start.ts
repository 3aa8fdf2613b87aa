import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventMap, EventName } from '@shared/contract';
import type { AppContext } from '../api/context';
import { createDispatch } from '../api/dispatch';
import { createApp } from '../api/handlers';
import { createKeyStore } from '../services/secrets/create-key-store';
import { errorFields, log } from '../services/log/log';
import { openLogFile } from '../services/log/log-file';
import { osLogFolder } from '../services/log/log-folder';
import type { WebServer } from './server';
import { DEFAULT_SESSION_IDLE_MS, startWebServer } from './server';

/**
 * Entry of browser mode (built to out/main/web.js): the same handler table as the Electron app, served on
 * 127.0.0.1. `npm start` falls back to it where no Electron runtime can be had; the end-to-end tests drive it.
 */
const outMainDir = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(outMainDir, '..', '..');

function readVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * A failure outside any request is logged and told on stderr, where the administrator who started browser
 * mode reads. The server keeps serving, as the desktop app does: a site's writes are single SQLite
 * transactions, so such a failure cannot leave half of one behind.
 */
function reportFailures(logFile: string): void {
  const tell = (event: string, error: unknown) => {
    log.error(event, errorFields(error));
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`[roster] Unexpected error: ${message}. The details are in the log file ${logFile}.\n`);
  };
  process.on('uncaughtException', (error) => tell('process.uncaughtException', error));
  process.on('unhandledRejection', (reason) => tell('process.unhandledRejection', reason));
}

async function main(): Promise<void> {
  const logFile = openLogFile({ folder: osLogFolder(process.platform, process.env, homedir()), errorsToConsole: true });
  reportFailures(logFile);
  log.info('app.start', { mode: 'browser', version: readVersion(), platform: process.platform, node: process.versions.node });
  // Events raised while the server is still starting have nobody to reach yet; they are dropped.
  let server: WebServer | null = null;
  const events = {
    emit<E extends EventName>(event: E, payload: EventMap[E]): void {
      server?.events.emit(event, payload);
    },
  };

  const context: AppContext = {
    paths: {
      configDir: process.env.ROSTER_CONFIG_DIR || join(homedir(), '.config', 'roster'),
      sitesFolder: process.env.ROSTER_SITES_DIR || join(homedir(), 'Documents', 'Roster'),
    },
    // No pickPath: a browser cannot show a native file dialog for the server's disk; the renderer asks.
    platform: { mode: 'browser', version: readVersion() },
    keyStore: createKeyStore(),
    events,
  };
  const roster = createApp(context);
  const dispatch = createDispatch(roster.handlers);

  const port = Number(process.env.ROSTER_PORT ?? 0);
  // ROSTER_SESSION_IDLE_SECONDS: how long a browser session lasts without a call (tests use a second or two).
  const idleSeconds = Number(process.env.ROSTER_SESSION_IDLE_SECONDS);
  const sessionIdleMs = idleSeconds > 0 ? idleSeconds * 1000 : DEFAULT_SESSION_IDLE_MS;
  const idleText = sessionIdleMs >= 60_000 ? `${Math.round(sessionIdleMs / 60_000)} min` : `${sessionIdleMs / 1000} s`;
  server = await startWebServer({
    port: Number.isInteger(port) && port >= 0 ? port : 0,
    host: '127.0.0.1',
    rendererDir: join(outMainDir, '..', 'renderer'),
    dispatch,
    sessionIdleMs,
    // stdout carries only sign-in addresses, one a line: people and the tests read them from there.
    onSignInAddress: (url) => process.stdout.write(`Roster sign-in address (for another browser, or after the session ended): ${url}\n`),
    onSessionEnded: (reason) =>
      console.error(
        `[roster] A browser session ended (${reason === 'idle' ? `no call for ${idleText}` : 'signed out'}). The newest sign-in address above signs in again.`,
      ),
  });
  process.stdout.write(`Roster is running in browser mode: ${server.url}\n`);
  console.error(`[roster] Log file: ${logFile}`);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Close the site first so SQLite checkpoints its WAL into the .roster file before the process ends.
    try {
      roster.shutdown();
    } catch (error) {
      log.error('app.shutdown.failed', errorFields(error));
      console.error(`[roster] could not close the site cleanly: ${error instanceof Error ? error.message : String(error)}`);
    }
    log.info('app.quit');
    await server?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  log.error('app.startFailed', errorFields(error));
  console.error(`[roster] browser mode could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
