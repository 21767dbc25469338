// Lighthouse and its dependencies weigh about a third of a full node_modules, and only the benchmark
// needs them, so they are not in package.json: the first `npm run bench` that measures Lighthouse installs
// them from their own lockfile (scripts/bench/deps/) into .bench/deps, and later runs reuse that copy.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SPEC_DIR = resolve(import.meta.dirname, 'deps');
export const DEPS_DIR = resolve('.bench/deps');

function installedMatchesLock() {
  const lock = join(DEPS_DIR, 'package-lock.json');
  const marker = join(DEPS_DIR, 'node_modules/.package-lock.json');
  if (!existsSync(lock) || !existsSync(marker)) return false;
  return readFileSync(lock, 'utf8') === readFileSync(join(SPEC_DIR, 'package-lock.json'), 'utf8');
}

/** Installs the bench-only packages if .bench/deps does not hold the locked versions yet. */
export function ensureBenchDeps(log = console.log) {
  if (installedMatchesLock()) return;
  log(`Installing the benchmark's own packages (Lighthouse) into ${DEPS_DIR} from scripts/bench/deps/package-lock.json…`);
  mkdirSync(DEPS_DIR, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) copyFileSync(join(SPEC_DIR, f), join(DEPS_DIR, f));
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: DEPS_DIR, stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error(`npm ci in ${DEPS_DIR} failed (exit ${r.status ?? r.signal}); the Lighthouse part needs the lighthouse package`);
  }
}

/** Imports a module (a package name or a file inside one) from .bench/deps. */
export async function importBenchDep(specifier) {
  const path = createRequire(join(DEPS_DIR, 'package.json')).resolve(specifier);
  return import(pathToFileURL(path).href);
}
