// The test runner behind `npm test` (after typecheck, lint and build): every vitest test (unit, integration,
// end-to-end) in one run, then the Electron security scan and the dead code check (knip), then one summary
// line. Node 22, built-ins only.
//
// Extra arguments go to vitest: `npm test -- test/unit` runs only the unit tests.
// The last line printed is always `N passed, N failed[, N skipped]`; the exit code is non-zero when anything
// failed or when no test ran at all.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const reportFile = join(resultsDir, 'vitest.json');
const securityScript = join(root, 'scripts', 'check-electron-security.mjs');
const knipBin = join(root, 'node_modules', 'knip', 'bin', 'knip.js');
// A hung browser or server must not hold CI forever; the whole run is well under this on 2 cores.
const vitestTimeoutMs = Number(process.env.ROSTER_TEST_TIMEOUT_MS ?? 20 * 60_000);

function log(message) {
  process.stdout.write(`[tests] ${message}\n`);
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

/** A private home for this run: Chromium profiles, gnome-keyring's keyrings and caches land here. */
function freshHome() {
  const home = mkdtempSync(join(tmpdir(), 'roster-test-home-'));
  const dirs = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: join(home, 'runtime'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { home, dirs };
}

/** The command that runs vitest, wrapped in a private D-Bus session with an unlocked keyring when possible. */
function vitestCommand(vitestArgs, env) {
  const vitest = [
    process.execPath,
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${relative(root, reportFile)}`,
    ...vitestArgs,
  ];
  if (process.platform !== 'linux') {
    log(`keychain integration tests use the ${process.platform} keychain as it is (no private session on this OS)`);
    return { cmd: vitest[0], args: vitest.slice(1), env };
  }
  const missing = ['dbus-run-session', 'gnome-keyring-daemon'].filter((c) => !onPath(c));
  if (missing.length > 0) {
    log(`keychain integration tests will skip: ${missing.join(' and ')} not found (Debian: dbus-bin, gnome-keyring)`);
    return { cmd: vitest[0], args: vitest.slice(1), env };
  }
  log('running in a private D-Bus session with an unlocked gnome-keyring (Secret Service) for the keychain tests');
  // The password is throwaway: the keyring lives in this run's temporary HOME. It reaches the daemon on stdin,
  // and vitest's own arguments travel as "$@" so that nothing needs shell quoting.
  // If the keyring will not start, the tests still run and the keychain ones skip.
  const script =
    'if ! printf %s "$ROSTER_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then ' +
    'echo "[tests] gnome-keyring-daemon did not start: the keychain tests will skip" >&2; fi; ' +
    'unset ROSTER_KEYRING_PASSWORD; exec "$@"';
  return {
    cmd: 'dbus-run-session',
    args: ['--', 'sh', '-c', script, 'sh', ...vitest],
    env: { ...env, ROSTER_KEYRING_PASSWORD: randomBytes(18).toString('base64url'), ROSTER_TEST_KEYRING: '1' },
  };
}

function readReport() {
  if (!existsSync(reportFile)) return undefined;
  try {
    return JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch (error) {
    log(`could not read ${relative(root, reportFile)}: ${error.message}`);
    return undefined;
  }
}

const vitestArgs = process.argv.slice(2);
const { home, dirs } = freshHome();
const baseEnv = { ...process.env, ...dirs };

rmSync(reportFile, { force: true });
rmSync(join(resultsDir, 'screenshots'), { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

// 1. vitest: unit, integration and end-to-end. It runs in its own process group so that a timeout or a
// Ctrl-C takes down everything it started (D-Bus session, keyring, browsers, app servers) and nothing is left
// holding the terminal.
function runVitest({ cmd, args, env }) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit', detached: process.platform !== 'win32' });
    const killGroup = (signal) => {
      try {
        if (process.platform === 'win32' || !child.pid) child.kill(signal);
        else process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      log(`vitest still running after ${Math.round(vitestTimeoutMs / 60_000)} min: stopping it`);
      killGroup('SIGKILL');
    }, vitestTimeoutMs);
    const forward = (signal) => () => killGroup(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    let finished = false;
    const finish = (status) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      done({ status, timedOut });
    };
    child.once('error', (error) => {
      log(`vitest could not start: ${error.message}`);
      finish(1);
    });
    child.once('close', (code, signal) => {
      killGroup('SIGKILL'); // stragglers of the group, if any
      if (signal) log(`vitest ended by ${signal}`);
      finish(code ?? 1);
    });
  });
}
const { status: vitestStatus, timedOut } = await runVitest(vitestCommand(vitestArgs, baseEnv));

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const report = readReport();
if (report) {
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    const name = relative(root, file.name);
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failedTests) failures.push(`${name} > ${t.fullName}`);
    // A file that failed outside any test (import error, failing beforeAll/afterAll) counts as one failure.
    if (file.status === 'failed' && failedTests.length === 0) {
      failed += 1;
      failures.push(`${name}: ${file.message || 'failed outside its tests'}`);
    }
  }
} else {
  log('vitest wrote no report (it crashed, timed out or found nothing to run)');
}
const vitestTests = passed + failed + skipped;
if (vitestStatus !== 0 && failed === 0) {
  failed += 1;
  failures.push(
    timedOut
      ? `vitest: stopped after ${Math.round(vitestTimeoutMs / 1000)} s`
      : vitestTests === 0
        ? 'vitest: no test ran (no test file matched?)'
        : `vitest: exited with status ${vitestStatus}`,
  );
}
try {
  rmSync(home, { recursive: true, force: true, maxRetries: 3 });
} catch {
  // a daemon of the run still writing there; the temp dir is left for the OS to clean
}

// 2. The Electron security scan of the build, counted as one test.
if (existsSync(securityScript)) {
  log('Electron security scan (scripts/check-electron-security.mjs)');
  const scan = spawnSync(process.execPath, [securityScript], { cwd: root, env: process.env, stdio: 'inherit' });
  if (scan.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(`Electron security scan: exit status ${scan.status ?? scan.signal ?? scan.error?.message}`);
  }
} else {
  failed += 1;
  failures.push('Electron security scan: scripts/check-electron-security.mjs is missing');
}

// 3. Dead code (knip.jsonc): unused files, exports, exported types and dependencies, counted as one test.
if (existsSync(knipBin)) {
  log('dead code check (knip)');
  const knip = spawnSync(process.execPath, [knipBin, '--no-progress'], { cwd: root, env: process.env, stdio: 'inherit' });
  if (knip.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(`Dead code check (knip): exit status ${knip.status ?? knip.signal ?? knip.error?.message}`);
  }
} else {
  failed += 1;
  failures.push('Dead code check: knip is not installed (npm ci)');
}

// 4. The summary, last line fixed.
if (failures.length > 0) {
  log('failed:');
  for (const f of failures) process.stdout.write(`  - ${f.split('\n')[0]}\n`);
}
if (existsSync(join(resultsDir, 'screenshots'))) log('screenshots: test-results/screenshots/');
if (vitestTests === 0) log('no vitest test ran: that counts as a failed run');
process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed > 0 || vitestTests === 0 ? 1 : 0);
