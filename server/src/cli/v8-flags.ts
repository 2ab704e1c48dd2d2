/**
 * The V8 flags the CLI sets for itself (see cli.ts). A batch is short, and each thread compiles the engine anew
 * while it lints: on two cores the optimising compiler's queue is full for most of a 2,000-file run, and the
 * engine runs unoptimised code until its turn comes. Cheaper optimisation gets the engine up to speed sooner:
 * a quarter of TurboFan's default inlining budget (920), no inlining of array builtins (`some`, `map`…) and no
 * loop peeling. Together they halve the compiling (≈1.35 → ≈0.73 s of CPU over 2,000 reports) for optimised
 * code ≈5% slower once warm (2,000 reports on one thread: ≈1.58 → ≈1.46 s; see parallel.ts for two threads).
 * The benchmark's warm-up row runs with them too.
 */
export const CLI_V8_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=230',
  '--no-turbo-inline-array-builtins',
  '--no-turbo-loop-peeling',
].join(' ');
