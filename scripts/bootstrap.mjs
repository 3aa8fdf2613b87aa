// Entry point of `npm start` and `npm test` on a fresh clone. It runs on whatever Node the machine has
// (Node 20 included), makes sure the project's pinned Node (.nvmrc) and its dependencies are in place,
// then runs the real npm script under the pinned Node. Only Node built-ins are used here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const isWindows = process.platform === 'win32';
const npmCmd = isWindows ? 'npm.cmd' : 'npm';

function log(message) {
  process.stdout.write(`[roster] ${message}\n`);
}

function run(cmd, args, env, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: isWindows, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Returns the directory holding a Node >= 22 binary: the running one if new enough, else the pinned one. */
function ensureNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return dirname(process.execPath);
  const toolDir = join(root, '.tools', `node-${pinned}`);
  const binDir = isWindows ? toolDir : join(toolDir, 'bin');
  if (existsSync(join(binDir, isWindows ? 'node.exe' : 'node'))) return binDir;
  const pkg = `node-${isWindows ? 'win' : process.platform}-${process.arch}@${pinned}`;
  log(`Node ${process.versions.node} is older than 22; fetching the pinned Node ${pinned} (${pkg}) from the npm registry`);
  const staging = join(root, '.tools', 'staging');
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  if (run(npmCmd, ['pack', pkg, '--silent', '--pack-destination', staging], process.env) !== 0) {
    throw new Error(`could not fetch ${pkg} from the npm registry`);
  }
  const tarball = readdirSync(staging).find((f) => f.endsWith('.tgz'));
  if (!tarball || run('tar', ['-xzf', tarball], process.env, { cwd: staging }) !== 0) {
    throw new Error(`could not unpack ${pkg}`);
  }
  rmSync(toolDir, { recursive: true, force: true });
  renameSync(join(staging, 'package'), toolDir);
  rmSync(staging, { recursive: true, force: true });
  return binDir;
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
function ensureDependencies(env) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (npm ci)');
  // No install scripts: nothing is compiled on the administrator's machine. better-sqlite3 ships prebuilt
  // N-API binaries for every platform (its implicit `node-gyp rebuild` would need Node's headers from the
  // internet and a C++ compiler); the other scripts are a donation banner (es5-ext) and Squirrel's 7-Zip
  // choice (electron-winstaller, unused: the Windows installer is NSIS). The Electron binary, the one script
  // that matters, is fetched explicitly below so that a machine without access to it still works.
  if (run(npmCmd, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }) !== 0) {
    throw new Error('npm ci failed');
  }
  if (process.env.ROSTER_SKIP_ELECTRON !== '1') {
    log('fetching the Electron runtime (optional: browser mode is used where it cannot be had)');
    const status = run('node', [join(root, 'node_modules', 'electron', 'install.js')], env, {
      stdio: 'ignore',
      timeout: 120_000,
      shell: false,
    });
    log(status === 0 ? 'Electron runtime ready' : 'Electron runtime not available here');
  }
}

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <npm-script> [args...]');
  process.exit(2);
}
try {
  const nodeBin = ensureNode();
  const pathKey = Object.keys(process.env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  const sep = isWindows ? ';' : ':';
  const env = { ...process.env, [pathKey]: `${nodeBin}${sep}${process.env[pathKey] ?? ''}` };
  ensureDependencies(env);
  process.exit(run(npmCmd, ['run', '--silent', script, '--', ...process.argv.slice(3)], env));
} catch (error) {
  console.error(`[roster] setup failed: ${error.message}`);
  process.exit(1);
}
