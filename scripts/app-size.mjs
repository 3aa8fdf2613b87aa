// What the packaged app carries besides Electron itself, as electron-builder.yml packs it: the build output
// (out/), package.json, and the production dependencies (package.json "dependencies" and what they need).
// Prints the size of each part and the total; the renderer's packages are bundled into out/renderer by Vite
// and belong in devDependencies. Usage: npm run app:size (after a build). Node built-ins only.
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sizeOf(path) {
  const info = lstatSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of readdirSync(path)) total += sizeOf(join(path, entry));
  return total;
}

/** The production dependency folders, each once, as npm resolves them (nested copies included). */
function productionPackages() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const listed = spawnSync(npm, ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (listed.status !== 0 && !listed.stdout) throw new Error(`npm ls failed: ${listed.stderr}`);
  const folders = listed.stdout.split(/\r?\n/).filter((line) => line && resolve(line) !== root);
  // A package nested inside another listed one is counted with its parent.
  return folders.filter((folder) => !folders.some((other) => other !== folder && folder.startsWith(other + '/node_modules/')));
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const parts = [
  ['out/ (main, preload, workers, renderer bundle)', sizeOf(join(root, 'out'))],
  ['package.json', sizeOf(join(root, 'package.json'))],
];
const packages = productionPackages().map((folder) => [relative(root, folder), sizeOf(folder)]);
const dependencies = packages.reduce((sum, [, bytes]) => sum + bytes, 0);
for (const [name, bytes] of parts) console.log(`${mb(bytes).padStart(10)}  ${name}`);
console.log(`${mb(dependencies).padStart(10)}  production dependencies (${packages.length} packages), largest:`);
for (const [name, bytes] of packages.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${mb(bytes).padStart(18)}  ${name}`);
console.log(
  `${mb(parts.reduce((sum, [, bytes]) => sum + bytes, 0) + dependencies).padStart(10)}  in the app archive (before compression), Electron not included`,
);
