/**
 * `npm run fuzz`: the robustness properties of `npm test`, run long.
 *
 *   npm run fuzz                         10,000 runs per property
 *   npm run fuzz -- --runs=100000        more
 *   npm run fuzz -- --only=table        the properties whose name contains "table"
 *   npm run fuzz -- --seed=42 --path=3:1 replays a failure that fast-check reported
 */
import fc from 'fast-check';
import { robustnessProperties } from '../unit/support/robustness.js';

function flag(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const runs = Number(flag('runs') ?? 10000);
const seed = flag('seed');
const path = flag('path');
const only = flag('only');
let failed = false;
for (const { name, property } of robustnessProperties()) {
  if (only !== undefined && !name.includes(only)) continue;
  const start = performance.now();
  const details = fc.check(property, {
    numRuns: runs,
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    process.stdout.write(`✗ ${name} (${seconds} s)\n${fc.defaultReportMessage(details) ?? ''}\n`);
  } else {
    process.stdout.write(`✓ ${name}: ${details.numRuns} runs in ${seconds} s\n`);
  }
}
process.exitCode = failed ? 1 : 0;
