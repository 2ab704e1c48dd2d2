/**
 * Checking a large batch on several cores. Worker threads run the CLI bundle itself ({@link runWorker}); they
 * and the main thread take files from one shared counter, so a slow file holds up no one. Outcomes come
 * back in batches and are put in file order; files a failed worker took are checked by the main thread.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileJob, type FileOutcome } from './check-file.js';

/**
 * Files per worker thread from which one pays for itself. Each thread loads the bundle (≈30 ms) and compiles
 * the engine anew (≈0.7 s of CPU while its first few hundred files run slowly). Where a core is left for
 * each thread's compiler, a thread pays from a few hundred files; where its compiling competes with the
 * linting (two threads on two cores), from ≈1,500 (measured on two cores with the CLI's V8 flags, one thread
 * vs two: 1,000 files 0.88 vs 0.94 s, 1,500 files 1.18 vs 1.16 s, 2,000 files 1.46 vs 1.32 s).
 */
const FILES_PER_THREAD = 200;
const FILES_PER_CROWDED_THREAD = 1500;
/** Outcomes per message from a worker. */
const BATCH = 32;

/** What a worker gets: every job, and the counter (an Int32Array's buffer) of the next job to take. */
interface WorkerInput {
  readonly jobs: readonly FileJob[];
  readonly settings: CheckSettings;
  readonly next: SharedArrayBuffer;
}

/** Outcomes a worker sends, by job index; `last` when it has taken its last job. */
interface WorkerMessage {
  readonly done: readonly (readonly [number, FileOutcome])[];
  readonly last: boolean;
}

/** How many worker threads a batch of `files` is worth on a machine with `cores`. */
export function workerCount(files: number, cores = availableParallelism()): number {
  // Threads that leave a core each for their compiler, or else threads that share the cores with it.
  const roomy = Math.min(Math.floor(cores / 2) - 1, Math.floor(files / FILES_PER_THREAD));
  const crowded = Math.min(cores - 1, Math.floor(files / FILES_PER_CROWDED_THREAD));
  return Math.max(0, roomy, crowded);
}

/** Worker threads for a batch: the script they run (see {@link runWorker}), and how many. */
export interface Workers {
  readonly script: string;
  readonly count: number;
}

/**
 * Checks every job and returns the outcomes in job order; `workers` share the work with the calling thread.
 * `onProgress` receives the index of each job the calling thread starts.
 */
export async function checkFiles(
  jobs: readonly FileJob[],
  settings: CheckSettings,
  workers: Workers,
  onProgress: (index: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(jobs.length);
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const input: WorkerInput = { jobs, settings, next };
  const started = Array.from({ length: workers.count }, () => startWorker(workers.script, input, outcomes));

  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) {
    onProgress(i);
    outcomes[i] = checkFile(jobs[i] as FileJob, settings);
  }
  await Promise.all(started);
  return jobs.map((job, i) => outcomes[i] ?? checkFile(job, settings));
}

/**
 * Starts a worker that fills `outcomes`; resolves with its last outcomes (its thread then shuts down while the
 * results are printed) or when it has exited, whether it succeeded or not.
 */
function startWorker(
  script: string,
  input: WorkerInput,
  outcomes: (FileOutcome | undefined)[],
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(script, { workerData: input });
    worker.on('message', (message: WorkerMessage) => {
      for (const [index, outcome] of message.done) outcomes[index] = outcome;
      if (message.last) resolve();
    });
    // A worker that fails leaves its files unanswered; the main thread checks them afterwards.
    worker.on('error', () => {});
    worker.on('exit', () => resolve());
  });
}

/** The body of a worker thread: takes jobs from the shared counter until none are left. */
export function runWorker(): void {
  const { jobs, settings, next } = workerData as WorkerInput;
  const counter = new Int32Array(next);
  let done: (readonly [number, FileOutcome])[] = [];
  for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) {
    done.push([i, checkFile(jobs[i] as FileJob, settings)]);
    if (done.length >= BATCH) {
      parentPort?.postMessage({ done, last: false } satisfies WorkerMessage);
      done = [];
    }
  }
  parentPort?.postMessage({ done, last: true } satisfies WorkerMessage);
}
