/**
 * Bundle sizes of a production build, and the client's load time: what `activate()` waits for before it
 * can start the server, measured in a fresh Node process with a stand-in for the `vscode` module.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bytes, median, ms, type BenchRow } from './measure.js';

/** Issue 5 §2: the server bundle at most 1 MB. */
export const BUNDLE_TARGET = { serverBytes: 1024 * 1024 } as const;

/**
 * Builds the production bundles into `outdir` with the project's build script, and {@link ENGINE_BUNDLE}: the
 * engine bundled alone as the server and the CLI bundle it, for the in-process benchmarks.
 */
export function buildProduction(root: string, outdir: string): void {
  const args = ['scripts/build.mjs', '--production', '--engine', `--outdir=${outdir}`];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`production build failed:\n${result.stderr}`);
}

/** The engine alone, built by {@link buildProduction} for the benchmarks (not shipped). */
export const ENGINE_BUNDLE = 'engine.js';

/** Sizes of every shipped `*.js` bundle in `outdir`. */
export function benchBundleSizes(outdir: string): BenchRow[] {
  return readdirSync(outdir)
    .filter((f) => f.endsWith('.js') && f !== ENGINE_BUNDLE)
    .sort()
    .map((file) => {
      const size = statSync(join(outdir, file)).size;
      const server = file === 'server.js';
      return {
        measure: `bundle ${file} (production, minified)`,
        value: bytes(size),
        ...(server
          ? { target: `≤ ${bytes(BUNDLE_TARGET.serverBytes)}`, ok: size <= BUNDLE_TARGET.serverBytes }
          : {}),
      };
    });
}

/**
 * Loads `client.js` in a child process whose `vscode` module is an inert stand-in, and prints the
 * milliseconds `require` took. Every property of the stand-in is another stand-in, callable and constructible.
 */
const LOAD_CLIENT = `
const Module = require('node:module');
const handler = { get: (t, key) => key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub(), apply: () => stub(), construct: () => stub() };
function stub() { return new Proxy(function () {}, handler); }
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? stub() : load.call(this, request, ...rest); };
const start = performance.now();
require(process.argv[1]);
process.stdout.write(String(performance.now() - start));
`;

/** Median load time of the client bundle in fresh processes. */
export function benchClientLoad(outdir: string, runs: number): BenchRow[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, ['-e', LOAD_CLIENT, join(outdir, 'client.js')], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`loading client.js failed:\n${result.stderr}`);
    times.push(Number(result.stdout));
  }
  return [{ measure: 'extension activation: client.js load (require)', value: ms(median(times)) }];
}
