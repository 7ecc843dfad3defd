/**
 * `npm run bench:pathological`: each page of bench/pathological-pages.ts at several sizes, through
 * every rule, each in a child process of its own (so a page that overflows or hangs cannot take
 * the others with it): the shapes an adversarial run found slow, and the densest page of each
 * common shape that is still accepted. Prints, per page and per 100 KB, after the dictionaries
 * loaded: the CPU seconds of the threads that do the work (the main thread and the spelling
 * worker, as `npm run fuzz` counts them), the wall-clock seconds, and the whole process's CPU
 * seconds (which adds V8's garbage-collection and compiler threads). The target is any page under
 * the 5 MB limit in time linear in its size and under 1 s per 100 KB. It judges nothing; a child
 * that runs past PATHOLOGICAL_TIMEOUT seconds (default 120) is reported as such.
 *
 * Options (environment): PATHOLOGICAL_SIZES (default 100000,1000000), PATHOLOGICAL_PAGES (names,
 * default all), PATHOLOGICAL_TIMEOUT.
 */
import { spawnSync } from 'node:child_process';
import { densestAcceptedPages, pathologicalPages } from './pathological-pages.ts';

const pages = { ...pathologicalPages, ...densestAcceptedPages };

const sizes = (process.env.PATHOLOGICAL_SIZES ?? '100000,1000000').split(',').map(Number);
const names = process.env.PATHOLOGICAL_PAGES?.split(',') ?? Object.keys(pages);
const timeoutSeconds = Number(process.env.PATHOLOGICAL_TIMEOUT ?? 120);

if (process.argv[2] === '--child') {
  // One page, as the parent asked: the dictionaries load first, on a small page, and are not timed.
  const [, , , name = '', size = '0'] = process.argv;
  const { mergeConfig } = await import('../src/config/load-config.ts');
  const { lintTexts } = await import('../src/engine/lint.ts');
  const { ruleNames } = await import('../src/rule-api/registry.ts');
  const config = mergeConfig(
    { rules: Object.fromEntries(ruleNames.map((rule) => [rule, 'error' as const])) },
    '',
    [],
  );
  // A misspelling and both spellings of a word: the suggestion and variant lists load here too.
  const warmUp =
    '# L2: Engineer\n\nI write code for the organisation and the organization. I recieve qzxvbd.\n';
  await lintTexts([{ path: 'team/L2-Engineer.md', text: warmUp }], { config });
  const text = pages[name]?.(Number(size)) ?? '';
  const { spellingWorkerCpu } = await import('../src/engine/speed/index.ts');
  const microseconds = (used: NodeJS.CpuUsage) => used.user + used.system;
  const startedProcess = process.cpuUsage();
  const startedThread = process.threadCpuUsage();
  const startedWorker = spellingWorkerCpu();
  const startedWall = performance.now();
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], { config });
  const wall = (performance.now() - startedWall) / 1e3;
  const threads =
    (microseconds(process.threadCpuUsage(startedThread)) + spellingWorkerCpu() - startedWorker) / 1e6;
  const processSeconds = microseconds(process.cpuUsage(startedProcess)) / 1e6;
  const messages = run.results.flatMap((result) => result.messages);
  console.log(
    JSON.stringify({
      seconds: threads,
      wall,
      processSeconds,
      findings: messages.length,
      internalErrors: messages.filter((message) => message.ruleId === 'internal-error').length,
      unreadable: messages.some((message) => message.ruleId === 'file-unreadable'),
    }),
  );
  process.exit(0);
}

interface Row {
  seconds?: number;
  wall?: number;
  processSeconds?: number;
  findings?: number;
  internalErrors?: number;
  unreadable?: boolean;
  failed?: string;
}

function measure(name: string, size: number): Row {
  const child = spawnSync(process.execPath, [import.meta.filename, '--child', name, String(size)], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error || child.status !== 0)
    return {
      failed: child.error
        ? `killed after ${timeoutSeconds} s`
        : `exit ${child.status}: ${child.stderr.slice(-200)}`,
    };
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Row;
}

const per100KB = (seconds: number | undefined, size: number) =>
  seconds === undefined ? '' : ((seconds * 100_000) / size).toFixed(2);
console.log(
  '| page | size | CPU s (threads) | per 100 KB | wall s per 100 KB | process CPU s per 100 KB | findings | internal errors | not parsed |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const name of names) {
  for (const size of sizes) {
    const row = measure(name, size);
    console.log(
      `| ${name} | ${size} | ${row.failed ?? row.seconds?.toFixed(2)} | ${per100KB(row.seconds, size)} | ${per100KB(row.wall, size)} | ${per100KB(row.processSeconds, size)} | ${row.findings ?? ''} | ${row.internalErrors ?? ''} | ${row.unreadable ? 'yes' : ''} |`,
    );
  }
}
