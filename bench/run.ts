/**
 * `npm run bench`: ladder-lint against the tools a team would otherwise run on the same files
 * (cspell's CLI and markdownlint-cli2), as whole processes, on the reference ladder as it is and
 * copied ×100 and ×1000. Prints and writes bench/RESULTS.md: median wall time, peak memory, ms per
 * file, the ratio to each peer, and the cost per file once dictionaries are loaded.
 *
 * Options (environment): BENCH_CORPUS (default ../shared/corpora/octopus-people), BENCH_SIZES
 * (default 1,100,1000), BENCH_RUNS (default 5,3,1 — runs per size), BENCH_WARM_SIZES (default: every
 * size — the sizes at which the cached tools also run; each needs one untimed run to fill the cache).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, process.env.BENCH_CORPUS ?? '../shared/corpora/octopus-people');
const sizes = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);
const runsPerSize = (process.env.BENCH_RUNS ?? '5,3,1').split(',').map(Number);
const warmSizes = new Set((process.env.BENCH_WARM_SIZES ?? sizes.join(',')).split(',').map(Number));
const loadAtStart = loadavg()[0] ?? 0;
const corpora = join(root, 'bench', 'corpora');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface Tool {
  name: string;
  /** Run inside the corpus folder, which this repository's .gitignore would otherwise leave out. */
  command: string[];
  /** Run with its cache: once to fill it (not timed), then timed on the unchanged folder. */
  cacheFile?: string;
}

const tools: Tool[] = [
  { name: 'ladder-lint', command: [process.execPath, join(root, 'dist', 'cli.js'), '.', '--format', 'json'] },
  {
    name: 'cspell',
    command: [bin('cspell'), 'lint', '--no-progress', '--no-summary', '--no-cache', '**/*.md'],
  },
  { name: 'markdownlint-cli2', command: [bin('markdownlint-cli2'), '**/*.md'] },
  {
    name: 'ladder-lint --cache, warm',
    command: [
      process.execPath,
      join(root, 'dist', 'cli.js'),
      '.',
      '--format',
      'json',
      '--cache',
      '--cache-location',
    ],
    cacheFile: 'ladder-lint-cache',
  },
  {
    name: 'cspell --cache, warm',
    command: [bin('cspell'), 'lint', '--no-progress', '--no-summary', '--cache', '--cache-location'],
    cacheFile: 'cspell-cache',
  },
];

function countFiles(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) count++;
  return count;
}

/** The corpus copied `times` times into one folder, built once and reused. */
function corpus(times: number): string {
  const folder = join(corpora, `x${times}`);
  if (existsSync(join(folder, '.complete'))) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  if (times === 1) cpSync(source, folder, { recursive: true });
  else
    for (let copy = 0; copy < times; copy++)
      cpSync(source, join(folder, `copy-${String(copy).padStart(4, '0')}`), { recursive: true });
  writeFileSync(join(folder, '.complete'), '');
  return folder;
}

interface Measurement {
  seconds: number;
  /** User and system CPU time of the process, every thread: what a busy machine distorts least. */
  cpuSeconds: number;
  peakMegabytes: number;
}

/** One whole process, timed by GNU time: wall seconds, CPU seconds and peak resident memory. */
function measure(command: string[], cwd: string): Measurement {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...command], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const lastLine = result.stderr.trim().split('\n').pop() ?? '';
  const [seconds, user, system, kilobytes] = lastLine.split(' ').map(Number);
  if (
    seconds === undefined ||
    user === undefined ||
    system === undefined ||
    kilobytes === undefined ||
    Number.isNaN(seconds)
  )
    throw new Error(`could not time ${command.join(' ')}: ${result.stderr.slice(-500)}`);
  return { seconds, cpuSeconds: user + system, peakMegabytes: kilobytes / 1024 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

if (!existsSync(source)) {
  console.error(`The reference ladder is not at ${source}; set BENCH_CORPUS.`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'cli.js')) || statSync(join(root, 'dist', 'cli.js')).size === 0) {
  console.error('dist/cli.js is missing; run npm run build first.');
  process.exit(2);
}

interface Row {
  size: number;
  files: number;
  tool: string;
  seconds: number;
  cpuSeconds: number;
  peakMegabytes: number;
}
const rows: Row[] = [];
for (const [index, size] of sizes.entries()) {
  const folder = corpus(size);
  const files = countFiles(folder) - 1;
  const runs = runsPerSize[index] ?? 1;
  for (const tool of tools) {
    let command = tool.command;
    if (tool.cacheFile && !warmSizes.has(size)) continue;
    if (tool.cacheFile) {
      const cacheFile = join(corpora, `x${size}.${tool.cacheFile}`);
      rmSync(cacheFile, { force: true });
      command = [...tool.command, cacheFile, ...(tool.name.startsWith('cspell') ? ['**/*.md'] : [])];
      measure(command, folder);
    }
    const measurements = Array.from({ length: runs }, () => measure(command, folder));
    const row = {
      size,
      files,
      tool: tool.name,
      seconds: median(measurements.map((measurement) => measurement.seconds)),
      cpuSeconds: median(measurements.map((measurement) => measurement.cpuSeconds)),
      peakMegabytes: Math.max(...measurements.map((measurement) => measurement.peakMegabytes)),
    };
    rows.push(row);
    console.log(
      `×${size} (${files} files) ${tool.name}: ${row.seconds.toFixed(2)} s, ${row.cpuSeconds.toFixed(2)} s CPU, ${row.peakMegabytes.toFixed(0)} MB`,
    );
  }
}

/**
 * The bundled Action (dist/index.js) on a folder of one level page, as a whole process from Node's
 * start to its exit: its start-up, once without the spelling rules (whose dictionaries load in a
 * worker, beside the parsing) and once with every rule.
 */
function actionOnOnePage(withSpelling: boolean): number {
  const folder = join(corpora, withSpelling ? 'action-every-rule' : 'action-no-spelling');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const page = readdirSync(source, { recursive: true, encoding: 'utf8' }).find((path) =>
    /(^|\/)L\d[^/]*\.md$/.test(path),
  );
  if (!page) throw new Error(`no level page in ${source}`);
  cpSync(join(source, page), join(folder, 'L3-Page.md'));
  if (!withSpelling)
    writeFileSync(
      join(folder, '.ladderlintrc.json'),
      JSON.stringify({ rules: { 'ladder-spelling': 'off', 'ladder-mixed-spelling': 'off' } }),
    );
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    INPUT_PATHS: '.',
    'INPUT_FAIL-ON': 'never',
    GITHUB_WORKSPACE: folder,
    RUNNER_TEMP: folder,
  };
  const seconds = Array.from({ length: 5 }, () => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [join(root, 'dist', 'index.js')], { cwd: folder, env });
    if (result.status !== 0) throw new Error(`the Action failed: ${String(result.stdout).slice(-500)}`);
    return Number(process.hrtime.bigint() - started) / 1e9;
  });
  return median(seconds);
}
const actionRows = [
  `| one page, spelling rules off | ${(actionOnOnePage(false) * 1000).toFixed(0)} ms |`,
  `| one page, every rule | ${(actionOnOnePage(true) * 1000).toFixed(0)} ms |`,
];
console.log(actionRows.join('\n'));

const ours = (size: number) => rows.find((row) => row.size === size && row.tool === 'ladder-lint');
const table = [
  '| corpus | files | tool | median wall time | CPU time | peak memory | ms per file | ladder-lint / tool |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const mine = ours(row.size);
    const warm = rows.find((other) => other.size === row.size && other.tool === 'ladder-lint --cache, warm');
    const ratio =
      row.tool === 'cspell --cache, warm'
        ? warm
          ? (warm.seconds / row.seconds).toFixed(2)
          : ''
        : mine && !row.tool.startsWith('ladder-lint')
          ? (mine.seconds / row.seconds).toFixed(2)
          : '';
    return `| ×${row.size} | ${row.files} | ${row.tool} | ${row.seconds.toFixed(2)} s | ${row.cpuSeconds.toFixed(2)} s | ${row.peakMegabytes.toFixed(0)} MB | ${((row.seconds * 1000) / row.files).toFixed(2)} | ${ratio} |`;
  }),
];

// The cost of one more file once the dictionaries are loaded: the slope between two sizes.
const slopes: string[] = [];
const measuredSizes = [...new Set(rows.map((row) => row.size))];
for (let index = 1; index < measuredSizes.length; index++) {
  const small = ours(measuredSizes[index - 1] ?? 0);
  const large = ours(measuredSizes[index] ?? 0);
  if (small && large && large.files > small.files)
    slopes.push(
      `- ×${small.size} → ×${large.size}: ${(((large.seconds - small.seconds) * 1000) / (large.files - small.files)).toFixed(2)} ms per additional file`,
    );
}
const start = ours(measuredSizes[0] ?? 1);

// Issue 18's targets, each against this run's own numbers.
const row = (size: number, tool: string) => rows.find((found) => found.size === size && found.tool === tool);
const msPerFile = (found: Row | undefined) => (found ? (found.seconds * 1000) / found.files : undefined);
const verdict = (value: number | undefined, limit: number | undefined, unit: string) =>
  value === undefined || limit === undefined
    ? 'not measured in this run'
    : value <= limit
      ? `met: ${value.toFixed(2)} ${unit} ≤ ${limit.toFixed(2)} ${unit}`
      : `not met: ${value.toFixed(2)} ${unit}, ${(value - limit).toFixed(2)} ${unit} (${((value / limit - 1) * 100).toFixed(0)} %) over ${limit.toFixed(2)} ${unit}`;
const targets = [
  '| target | result |',
  '| --- | --- |',
  `| ×1 cold: ≤ cspell's time in the same run | ${verdict(ours(1)?.seconds, row(1, 'cspell')?.seconds, 's')} |`,
  `| ×100: ≤ 2 ms per file | ${verdict(msPerFile(ours(100)), 2, 'ms')} |`,
  `| ×1000: ≤ 2 ms per file | ${verdict(msPerFile(ours(1000)), 2, 'ms')} |`,
  `| ×1000: ≤ 1 GB peak | ${verdict(ours(1000)?.peakMegabytes, 1024, 'MB')} |`,
  `| ×1 unchanged, second run (--cache): ≤ 0.3 s | ${verdict(row(1, 'ladder-lint --cache, warm')?.seconds, 0.3, 's')} |`,
  `| ×1 unchanged, second run: ≤ cspell --cache in the same run | ${verdict(row(1, 'ladder-lint --cache, warm')?.seconds, row(1, 'cspell --cache, warm')?.seconds, 's')} |`,
];
const loadAtEnd = loadavg()[0] ?? 0;

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, ${osType()} ${release()}, Node.js ${process.version}`;
const report = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.

Machine: ${machine}. Load average (1 min) ${loadAtStart.toFixed(2)} when the run started and ${loadAtEnd.toFixed(2)} when it ended:
wall times on a shared machine depend on what else runs, CPU times much less.

Each tool runs as a whole process on the same folder: the reference ladder
(\`octopus-people\`) as it is, and copied ×100 and ×1000 into separate folders. ladder-lint runs every
rule family (structure, cross-page, text with spelling) and writes JSON; cspell and markdownlint-cli2
run with their defaults on \`**/*.md\`. The warm rows run ladder-lint and cspell with their caches
on the unchanged folder, after one untimed run that filled the cache (ratio: warm to warm). Wall time is the median of the runs, peak memory the largest
resident set seen.

${table.join('\n')}

## Issue 18's targets in this run

${targets.join('\n')}

## ladder-lint's cost per file once its dictionaries are loaded

${slopes.join('\n') || '- (needs two sizes)'}
${start ? `- start-up and the first ${start.files} files together: ${start.seconds.toFixed(2)} s` : ''}

## The GitHub Action's start-up

The bundled Action (\`dist/index.js\`) as a whole process, Node's own start and exit included, on
a folder of one level page; median of 5 runs. With every rule on, the dictionaries load in the
spelling worker while the main thread parses, so the first page is parsed as soon as without them;
the process then waits for its spelling.

| run | wall time |
| --- | ---: |
${actionRows.join('\n')}
`;
writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
console.log(`\n${report}`);
