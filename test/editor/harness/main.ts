/** Running a harness program: a hard time limit, clean exits on signals, and its exit code. */

const EXIT_TIMED_OUT = 124;

/**
 * Runs `program` and exits with the code it resolves to (1 when it throws). After `limitMs`, or on
 * SIGINT / SIGTERM, exits at once; the harness's 'exit' handlers still end code-server's process
 * group and delete temporary folders, and playwright-core ends the browser.
 */
export function runMain(name: string, limitMs: number, program: () => Promise<number>): void {
  setTimeout(() => {
    process.stderr.write(`${name}: no result after ${limitMs / 1000} s, giving up\n`);
    process.exit(EXIT_TIMED_OUT);
  }, limitMs).unref();
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  program().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
