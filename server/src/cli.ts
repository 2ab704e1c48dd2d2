/** `gov-report-lint`: the engine on files, from the command line. See `gov-report-lint --help`. */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { runWorker } from './cli/parallel.js';
import { runCli } from './cli/run.js';
import { CLI_V8_FLAGS } from './cli/v8-flags.js';

if (!isMainThread) {
  // This bundle also serves as the worker that checks part of a large batch.
  runWorker();
} else {
  // Set before any engine code runs; the worker threads share the flag.
  setFlagsFromString(CLI_V8_FLAGS);
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
