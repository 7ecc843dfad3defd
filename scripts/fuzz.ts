/**
 * `npm run fuzz`: the property test's generated and mutated pages (__tests__/property.test.ts) at
 * scale, through every rule at once. For each page it checks that nothing throws, no finding is an
 * internal error, every finding lies inside the page, the JSON and SARIF outputs parse, and the
 * page took under a second of CPU. A failure is shrunk by fast-check to a small page, written to
 * fixtures/property-failures/ (which the property test then lints on every run), and printed with
 * the seed and path that replay it.
 *
 *   node scripts/fuzz.ts [--runs 100000] [--seed N] [--path P] [--kind generated|mutated|both]
 *
 * --seed and --path come from a failure's report: `--seed N --path P` replays that case alone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { generatedPage, mutatedPage, realPages } from '../__tests__/helpers/markdown-pages.ts';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { formatJson } from '../src/reporters/json.ts';
import { formatSarif } from '../src/reporters/sarif.ts';
import { ruleNames } from '../src/rule-api/registry.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    path: { type: 'string' },
    kind: { type: 'string', default: 'both' },
    'page-seconds': { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);
const pageSeconds = Number(values['page-seconds']);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(pageSeconds > 0)) {
  console.error(
    'fuzz: --runs must be a whole number above 0, --seed a whole number, --page-seconds above 0.',
  );
  process.exit(2);
}

const everyRule = mergeConfig(
  { rules: Object.fromEntries(ruleNames.map((name) => [name, 'error' as const])) },
  '',
  [],
);
const failures = resolve(import.meta.dirname, '..', 'fixtures', 'property-failures');
const pagePath = 'team/L3-Engineer.md';

/** What is wrong with linting `text`, or undefined when nothing is. */
async function problemWith(text: string): Promise<string | undefined> {
  const started = process.cpuUsage();
  const run = await lintTexts(
    [
      { path: pagePath, text },
      { path: 'team/L2-Engineer.md', text: realPages[0] ?? '' },
    ],
    { config: everyRule },
  );
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
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

// Loading the dictionaries happens once per run, not per page: it is not a page's time.
await lintTexts([{ path: 'team/L2-Engineer.md', text: realPages[0] ?? '' }], { config: everyRule });

const page =
  values.kind === 'generated'
    ? generatedPage
    : values.kind === 'mutated'
      ? mutatedPage
      : fc.oneof(generatedPage, mutatedPage);
let checked = 0;
let firstProblem: string | undefined;
const startedAt = Date.now();
const property = fc.asyncProperty(page, async (text) => {
  checked++;
  if (checked % 100 === 0)
    console.log(`fuzz: ${checked} pages checked in ${Math.round((Date.now() - startedAt) / 1000)} s`);
  const problem = await problemWith(text);
  if (problem) {
    firstProblem ??= problem;
    throw new Error(problem);
  }
});

// Stopped early (Ctrl-C, a CI time limit): say how far it got, so a partial run still counts.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    console.log(
      `fuzz: stopped after ${checked} pages (seed ${seed}): ${firstProblem ? `a problem was being shrunk: ${firstProblem}` : 'no problem found before that'}.`,
    );
    process.exit(130);
  });

console.log(`fuzz: ${runs} pages, seed ${seed}${values.path ? `, path ${values.path}` : ''}`);
const details = await fc.check(property, {
  numRuns: runs,
  seed,
  ...(values.path ? { path: values.path } : {}),
});
if (!details.failed) {
  console.log(`fuzz: no problem in ${details.numRuns} pages (seed ${seed}).`);
  process.exit(0);
}
const [text] = details.counterexample ?? [''];
const problem =
  details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
const name = `fuzz-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.md`;
mkdirSync(failures, { recursive: true });
writeFileSync(join(failures, name), text);
console.log(
  [
    `fuzz: FAILED after ${details.numRuns} pages (${details.numShrinks} shrinks): ${problem}`,
    `The smallest failing page is in fixtures/property-failures/${name}; add a line for it to that folder's README.`,
    `Replay: node scripts/fuzz.ts --seed ${details.seed} --path ${details.counterexamplePath ?? ''} --kind ${values.kind}`,
  ].join('\n'),
);
process.exit(1);
