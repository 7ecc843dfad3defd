/**
 * The thread spelling runs in (src/text/spelling-worker.ts): cspell-lib and its dictionaries load
 * and answer on the machine's other core while the main thread parses and checks the next pages.
 * One worker per process serves every page and keeps its dictionaries loaded between runs. This
 * module only carries questions and answers; what the questions are is src/text/spelling-service.ts's.
 */
import { Worker } from 'node:worker_threads';

/** Every question names its kind; `thread` asks which thread answers (see spellingThreadId). */
export type ThreadQuestion = { kind: string };

export type ThreadRequest<Question extends ThreadQuestion = ThreadQuestion> = Question & { id: number };

export type ThreadResponse = {
  id: number;
  /** The worker thread's CPU time so far, in microseconds, when it answered. */
  cpu?: number;
} & ({ ok: true; value: unknown } | { ok: false; message: string });

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

// The build names the bundled worker beside each bundle; the sources run the TypeScript file itself.
declare const LADDER_LINT_SPELLING_WORKER: string | undefined;
const workerFile =
  typeof LADDER_LINT_SPELLING_WORKER === 'string'
    ? LADDER_LINT_SPELLING_WORKER
    : '../../text/spelling-worker.ts';

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let lastId = 0;
let workerCpu = 0;
let cpuOfEarlierWorkers = 0;

/**
 * CPU time (microseconds) the spelling worker has spent, as of its latest answer: with the
 * thread's own time (process.threadCpuUsage) it gives one page's time when several threads of
 * the process lint at once (npm run fuzz), which process.cpuUsage cannot.
 */
export function spellingWorkerCpu(): number {
  return cpuOfEarlierWorkers + workerCpu;
}

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
  cpuOfEarlierWorkers += workerCpu;
  workerCpu = 0;
}

function startWorker(): Worker {
  // A larger young generation than the default: loading dictionaries allocates hundreds of
  // megabytes of short-lived objects, and collecting them in small steps took a fifth of the time.
  const started = new Worker(new URL(workerFile, import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 64 },
  });
  started.on('message', (response: ThreadResponse) => {
    const waiting = pending.get(response.id);
    pending.delete(response.id);
    if (response.cpu !== undefined) workerCpu = response.cpu;
    // An idle worker must not keep the process alive; a busy one must, or its answer is lost.
    if (pending.size === 0) started.unref();
    if (!waiting) return;
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(new Error(response.message));
  });
  started.on('error', (error) => failAll(new Error(`the spell checker stopped: ${error.message}`)));
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`the spell checker stopped (exit code ${code})`));
  });
  return started;
}

/**
 * Starts the worker without asking it anything, so that it imports cspell-lib while the caller
 * is still loading its own modules; it stays idle (and does not keep the process alive) until asked.
 */
export function startSpellingWorker(): void {
  worker ??= startWorker();
  if (pending.size === 0) worker.unref();
}

/**
 * Stops a worker that startSpellingWorker started and nothing has asked for since: a run whose
 * configuration turns spelling off then does not pay for it at exit.
 */
export function stopUnaskedSpellingWorker(): void {
  if (!worker || lastId > 0) return;
  const unasked = worker;
  worker = undefined;
  void unasked.terminate();
}

/** Carries a question to the spelling thread, starting it if need be, and brings back its answer. */
export function askSpellingThread<Answer>(question: ThreadQuestion): Promise<Answer> {
  worker ??= startWorker();
  const id = ++lastId;
  const asked = worker;
  return new Promise<Answer>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    asked.ref();
    asked.postMessage({ ...question, id });
  });
}

/** How many questions the spelling worker has been asked in this process (0: the dictionaries never loaded). */
export function spellingQuestionsAsked(): number {
  return lastId;
}

/** The thread that answers spelling questions (0 would be the main thread): see speed.test.ts. */
export function spellingThreadId(): Promise<number> {
  return askSpellingThread({ kind: 'thread' });
}
