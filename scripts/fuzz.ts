/**
 * `npm run fuzz`: the property test's generated and mutated pages (__tests__/property.test.ts) at
 * scale, through every rule at once. For each page it checks that nothing throws, no finding is an
 * internal error, every finding lies inside the page, the JSON and SARIF outputs parse, and the
 * page took under a second of CPU. A failure is shrunk by fast-check to a small page, written to
 * fixtures/property-failures/ (which the property test then lints on every run), and printed with
 * the seed and path that replay it.
 *
 *   node scripts/fuzz.ts [--runs 100000] [--seed N] [--workers W] [--kind generated|mutated|both]
 *   node scripts/fuzz.ts --seed N --path P [--kind K]      (replays one failure, in this thread)
 *
 * The pages run in-process through the library (one configuration, dictionaries loaded once per
 * thread), spread over worker threads: one per core unless --workers says otherwise. The run is
 * cut into batches of --batch-size pages (1000); batch k is fast-check's own run with seed
 * `batchSeed(seed, k)`, whichever worker takes it, so a seed and batch size check the same pages
 * and report the same first failure (the one in the lowest batch) with any number of workers. A failure's replay
 * line gives its batch's seed and fast-check's path in that batch.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkOptions } from './fuzz-options.ts';
import fc from 'fast-check';
import { generatedPage, mutatedPage, realPages } from '../__tests__/helpers/markdown-pages.ts';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { formatJson } from '../src/reporters/json.ts';
import { formatSarif } from '../src/reporters/sarif.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { spellingWorkerCpu } from '../src/engine/speed/index.ts';

/** Batch k's fast-check seed: the run's seed and k mixed, a 32-bit integer. */
export function batchSeed(seed: number, batch: number): number {
  return (Math.imul(batch, 0x9e3779b1) + seed) | 0;
}

type Kind = 'generated' | 'mutated' | 'both';

interface Batch {
  batch: number;
  seed: number;
  runs: number;
}

type FromWorker =
  | { kind: 'progress'; checked: number }
  | {
      kind: 'done';
      batch: number;
      numRuns: number;
      failure?: { text: string; problem: string; path: string; numShrinks: number };
    };

const everyRule = mergeConfig(
  { rules: Object.fromEntries(ruleNames.map((name) => [name, 'error' as const])) },
  '',
  [],
);
const pagePath = 'team/L3-Engineer.md';

/** This thread's CPU time and its spelling worker's, in microseconds. */
function cpuNow(): number {
  const used = process.threadCpuUsage();
  return used.user + used.system + spellingWorkerCpu();
}

/** What is wrong with linting `text`, or undefined when nothing is. */
async function problemWith(text: string, pageSeconds: number): Promise<string | undefined> {
  const started = cpuNow();
  const run = await lintTexts(
    [
      { path: pagePath, text },
      { path: 'team/L2-Engineer.md', text: realPages[0] ?? '' },
    ],
    { config: everyRule },
  );
  const seconds = (cpuNow() - started) / 1e6;
  const lines = text.split(/\r\n|\r|\n/);
  for (const result of run.results) {
    for (const message of result.messages) {
      if (message.ruleId === 'internal-error') return `internal error: ${message.message}`;
      if (result.filePath !== pagePath) continue;
      const inside = (line: number, column: number) =>
        Number.isInteger(line) &&
        Number.isInteger(column) &&
        line >= 1 &&
        line <= lines.length &&
        column >= 1 &&
        column <= (lines[line - 1]?.length ?? 0) + 1;
      if (!inside(message.line, message.column) || !inside(message.endLine, message.endColumn))
        return `${message.ruleId} finding outside the page: ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
      if (
        message.endLine < message.line ||
        (message.endLine === message.line && message.endColumn < message.column)
      )
        return `${message.ruleId} finding ends before it starts: ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
    }
  }
  for (const [name, format] of [
    ['JSON', formatJson],
    ['SARIF', formatSarif],
  ] as const) {
    try {
      JSON.parse(format(run.results));
    } catch (error) {
      return `the ${name} output does not parse: ${(error as Error).message}`;
    }
  }
  if (seconds >= pageSeconds) return `took ${seconds.toFixed(2)} s of CPU, more than ${pageSeconds} s`;
  return undefined;
}

function pagesOf(kind: Kind) {
  return kind === 'generated'
    ? generatedPage
    : kind === 'mutated'
      ? mutatedPage
      : fc.oneof(generatedPage, mutatedPage);
}

/** fast-check's run of `runs` pages from `seed` (or only the case at `path`), in this thread. */
async function checkPages(
  options: { kind: Kind; pageSeconds: number; seed: number; runs: number; path?: string },
  onPage: () => void,
) {
  const property = fc.asyncProperty(pagesOf(options.kind), async (text) => {
    onPage();
    const problem = await problemWith(text, options.pageSeconds);
    if (problem) throw new Error(problem);
  });
  const details = await fc.check(property, checkOptions(options.seed, options.runs, options.path));
  if (!details.failed) return { numRuns: details.numRuns };
  const [text] = details.counterexample ?? [''];
  const problem =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return {
    numRuns: details.numRuns,
    failure: { text, problem, path: details.counterexamplePath ?? '', numShrinks: details.numShrinks },
  };
}

// Loading the dictionaries happens once per thread, not per page: it is not a page's time.
async function warmUp(): Promise<void> {
  await lintTexts([{ path: 'team/L2-Engineer.md', text: realPages[0] ?? '' }], { config: everyRule });
}

if (!isMainThread) {
  // A worker: checks the batches the main thread sends, one at a time.
  const { kind, pageSeconds } = workerData as { kind: Kind; pageSeconds: number };
  await warmUp();
  let checked = 0;
  parentPort?.on('message', (batch: Batch) => {
    void checkPages({ kind, pageSeconds, seed: batch.seed, runs: batch.runs }, () => {
      if (++checked % 10 === 0) parentPort?.postMessage({ kind: 'progress', checked } satisfies FromWorker);
    }).then((result) =>
      parentPort?.postMessage({ kind: 'done', batch: batch.batch, ...result } satisfies FromWorker),
    );
  });
  parentPort?.postMessage({ kind: 'progress', checked: 0 } satisfies FromWorker);
} else {
  await main();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      path: { type: 'string' },
      kind: { type: 'string', default: 'both' },
      workers: { type: 'string', default: String(availableParallelism()) },
      'batch-size': { type: 'string', default: '1000' },
      'page-seconds': { type: 'string', default: '1' },
    },
  });
  const runs = Number(values.runs);
  const seed =
    values.seed === undefined ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(values.seed);
  const workers = Number(values.workers);
  const batchSize = Number(values['batch-size']);
  const pageSeconds = Number(values['page-seconds']);
  const kind = values.kind as Kind;
  if (
    !Number.isInteger(runs) ||
    runs < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(workers) ||
    workers < 1 ||
    !Number.isInteger(batchSize) ||
    batchSize < 1 ||
    !(pageSeconds > 0) ||
    !['generated', 'mutated', 'both'].includes(kind)
  ) {
    console.error(
      'fuzz: --runs, --workers and --batch-size must be whole numbers above 0, --seed a whole number, --page-seconds above 0, --kind generated, mutated or both.',
    );
    process.exit(2);
  }
  const startedAt = Date.now();
  const elapsed = () => `${Math.round((Date.now() - startedAt) / 1000)} s`;

  if (values.path) {
    // A replay: the one case, in this thread.
    await warmUp();
    console.log(`fuzz: replaying seed ${seed}, path ${values.path}`);
    const { failure } = await checkPages({ kind, pageSeconds, seed, runs, path: values.path }, () => {});
    if (!failure) {
      console.log('fuzz: no problem on replay.');
      process.exit(0);
    }
    report(failure, seed, kind);
  }

  const batches: Batch[] = [];
  for (let start = 0, batch = 0; start < runs; start += batchSize, batch++)
    batches.push({ batch, seed: batchSeed(seed, batch), runs: Math.min(batchSize, runs - start) });
  const threads = Math.min(workers, batches.length);
  console.log(
    `fuzz: ${runs} pages, seed ${seed}, ${batches.length} batches of up to ${batchSize} (--batch-size) on ${threads} worker threads`,
  );

  const checkedBy = new Map<Worker, number>();
  const checked = () => [...checkedBy.values()].reduce((sum, count) => sum + count, 0);
  const passedIn = new Map<number, number>();
  /** Pages that passed in finished batches (before `below`, the failed batch, if given). */
  const passed = (below = Infinity) =>
    [...passedIn].reduce((sum, [batch, count]) => sum + (batch < below ? count : 0), 0);
  let failed:
    { batch: Batch; failure: NonNullable<Extract<FromWorker, { kind: 'done' }>['failure']> } | undefined;
  let next = 0;
  const running = new Map<Worker, Batch>();

  // Stopped early (Ctrl-C, a CI time limit): say how far it got, so a partial run still counts.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      console.log(
        `fuzz: stopped after ${checked()} pages in ${elapsed()} (seed ${seed}; ${passed()} pages in finished batches passed): ${failed ? `a problem was found: ${failed.failure.problem}` : 'no problem found before that'}.`,
      );
      process.exit(130);
    });
  const progress = setInterval(() => {
    const count = checked();
    const perSecond = count / ((Date.now() - startedAt) / 1000);
    console.log(
      `fuzz: ${count} pages checked in ${elapsed()} (${perSecond.toFixed(1)} a second; ${Math.round((runs - count) / perSecond / 60)} min to go)`,
    );
  }, 30_000);

  await new Promise<void>((finish) => {
    const give = (worker: Worker) => {
      // After a failure in batch k, only the batches before k still matter: the lowest failure wins.
      const batch = batches[next];
      if (batch && (!failed || batch.batch < failed.batch.batch)) {
        next++;
        running.set(worker, batch);
        worker.postMessage(batch);
        return;
      }
      running.delete(worker);
      void worker.terminate();
      if (running.size === 0) finish();
    };
    for (let index = 0; index < threads; index++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: { kind, pageSeconds } });
      let started = false;
      worker.on('message', (message: FromWorker) => {
        if (message.kind === 'progress') {
          checkedBy.set(worker, message.checked);
          if (!started) {
            started = true;
            give(worker);
          }
          return;
        }
        const batch = running.get(worker);
        // A worker stopped for a later batch than a failure's may still have answered.
        if (!batch) return;
        if (message.failure) {
          if (!failed || batch.batch < failed.batch.batch) failed = { batch, failure: message.failure };
          // Workers on later batches can stop: their results no longer count.
          for (const [other, theirs] of running)
            if (other !== worker && theirs.batch > batch.batch) {
              running.delete(other);
              void other.terminate();
            }
        } else passedIn.set(batch.batch, message.numRuns);
        give(worker);
      });
      worker.on('error', (error) => {
        console.error(`fuzz: a worker stopped: ${error.stack ?? error.message}`);
        process.exit(2);
      });
      running.set(worker, { batch: -1, seed, runs: 0 });
    }
  });
  clearInterval(progress);

  if (!failed) {
    console.log(`fuzz: no problem in ${passed()} pages (seed ${seed}, ${elapsed()}).`);
    process.exit(0);
  }
  console.log(
    `fuzz: batch ${failed.batch.batch} (pages ${failed.batch.batch * batchSize + 1}–${failed.batch.batch * batchSize + failed.batch.runs}) failed, after ${passed(failed.batch.batch)} pages in earlier batches passed (${elapsed()}).`,
  );
  report(failed.failure, failed.batch.seed, kind);
}

function report(
  failure: { text: string; problem: string; path: string; numShrinks: number },
  replaySeed: number,
  kind: Kind,
): never {
  const failures = resolve(import.meta.dirname, '..', 'fixtures', 'property-failures');
  const name = `fuzz-${createHash('sha256').update(failure.text).digest('hex').slice(0, 12)}.md`;
  mkdirSync(failures, { recursive: true });
  writeFileSync(join(failures, name), failure.text);
  console.log(
    [
      `fuzz: FAILED (${failure.numShrinks} shrinks): ${failure.problem}`,
      `The smallest failing page is in fixtures/property-failures/${name}; add a line for it to that folder's README.`,
      `Replay: node scripts/fuzz.ts --seed=${replaySeed} --path ${failure.path} --kind ${kind}`,
    ].join('\n'),
  );
  process.exit(1);
}
