// `npm start` and `npm run migrate`: build only when the build is missing or older than its sources,
// then run the built entry point (dist/src/main.js unless another is given) in this same process.
// Production runs `npm run start:prod` (node dist/src/main.js): no compiler, no check.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = process.argv[2] ?? 'dist/src/main.js';
const SOURCES = ['src', 'migrations', 'scripts', 'web', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const SKIP = new Set(['node_modules', 'dist', '.data', 'test-results']);

/** The latest modification time under `path` (a file or a folder), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs; // a deleted file shows as its folder's change
  for (const item of readdirSync(path)) if (!SKIP.has(item)) latest = Math.max(latest, newest(join(path, item)));
  return latest;
}

/** Why a build is needed, or null when the build is there and newer than every source. */
function staleness() {
  const outputs = [join(root, entry), join(root, 'dist', 'web', 'index.html')];
  const missing = outputs.find((file) => !existsSync(file));
  if (missing) return `${missing.slice(root.length + 1)} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const changed = SOURCES.find((source) => newest(join(root, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const why = staleness();
if (why) {
  console.error(`Building (${why})...`);
  // npm_execpath: the npm that runs this script; otherwise the one on PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('The build failed (a production install has no compiler: build where the dev dependencies are)');
    process.exit(1);
  }
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(root, entry)).href);
