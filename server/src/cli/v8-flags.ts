/**
 * The V8 flag the CLI sets for itself (see cli.ts). A batch is short, and each thread compiles the engine anew:
 * with a quarter of TurboFan's default inlining budget (920), optimising costs ≈25% less CPU and the optimised
 * code is as fast (2,000 reports on two threads: ≈2.1 → ≈1.7 s). The benchmark's warm-up row runs with it too.
 */
export const CLI_V8_FLAGS = '--max-inlined-bytecode-size-cumulative=230';
