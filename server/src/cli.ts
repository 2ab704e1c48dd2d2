/** `gov-report-lint`: the engine on files, from the command line. See `gov-report-lint --help`. */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { runWorker } from './cli/parallel.js';
import { runCli } from './cli/run.js';

if (!isMainThread) {
  // This bundle also serves as the worker that checks part of a large batch.
  runWorker();
} else {
  // A batch is short, and each thread compiles the engine anew: with a quarter of TurboFan's default inlining
  // budget (920), optimising costs ≈25% less CPU and the optimised code is as fast (2,000 reports on two
  // threads: ≈2.1 → ≈1.7 s). Set before any engine code runs; the worker threads share the flag.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=230');
  // A closed pipe (`gov-report-lint … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });

  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    writeStdout: (text) => process.stdout.write(text),
    writeStderr: (text) => process.stderr.write(text),
    workerScript: __filename,
  }).then((code) => {
    process.exitCode = code;
  });
}
