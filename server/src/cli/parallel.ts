/**
 * Checking a large batch on every core. Worker threads run the CLI bundle itself ({@link runWorker}); they
 * and the main thread take files from one shared counter, so a slow file holds up no one. Outcomes come
 * back in batches and are put in file order; files a failed worker took are checked by the main thread.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { checkFile, type CheckSettings, type FileJob, type FileOutcome } from './check-file.js';

/**
 * Files per extra thread below which starting one costs more than it saves: a thread loads the bundle
 * (≈50 ms) and warms up its own JIT, and the first few hundred files run up to twice as slowly while two
 * threads compile at once.
 */
const FILES_PER_THREAD = 200;
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

/** How many worker threads a batch of `files` is worth on this machine. */
export function workerCount(files: number): number {
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_THREAD)));
}

/**
 * Checks every job and returns the outcomes in job order. With a `workerScript` and a batch large enough,
 * worker threads share the work. `onProgress` receives the index of each job the main thread starts.
 */
export async function checkFiles(
  jobs: readonly FileJob[],
  settings: CheckSettings,
  workerScript: string | undefined,
  onProgress: (index: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(jobs.length);
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const threads = workerScript === undefined ? 0 : workerCount(jobs.length);
  const input: WorkerInput = { jobs, settings, next };
  const workers = Array.from({ length: threads }, () => startWorker(workerScript ?? '', input, outcomes));

  const counter = new Int32Array(next);
  for (let i = Atomics.add(counter, 0, 1); i < jobs.length; i = Atomics.add(counter, 0, 1)) {
    onProgress(i);
    outcomes[i] = checkFile(jobs[i] as FileJob, settings);
  }
  await Promise.all(workers);
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
