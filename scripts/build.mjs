// Bundles the extension client, the language server and the CLI with esbuild.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
// `--outdir=<dir>` builds elsewhere (the benchmarks build a production copy without touching dist/).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
// `--engine` also bundles the engine alone (engine.js), as the server and the CLI bundle it: for benchmarks.
const engine = process.argv.includes('--engine');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: `${outdir}/client.js`,
    external: ['vscode'],
  }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js` }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: `${outdir}/cli.js`,
    banner: { js: '#!/usr/bin/env node' },
  }),
  ...(engine
    ? [build({ ...common, entryPoints: ['server/src/core/index.ts'], outfile: `${outdir}/engine.js` })]
    : []),
]);
