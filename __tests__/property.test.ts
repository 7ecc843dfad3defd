// Generated and mutated Markdown through every rule at once: nothing may escape as an exception
// (an internal-error finding counts as one), every finding lies inside the page, and no page may
// take more than a second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { fixtures } from './helpers/cli.ts';
import { generatedPage, mutatedPage, realPages } from './helpers/markdown-pages.ts';

const everyRule = mergeConfig(
  { rules: Object.fromEntries(ruleNames.map((name) => [name, 'error' as const])) },
  '',
  [],
);
const pageSeconds = 1;

/**
 * Bounded: 40 inputs each, and a failure is reported as found, not shrunk (shrinking re-runs the
 * slow input hundreds of times). fast-check prints the seed and the input; add it to failureSeeds.
 */
const runOptions = { numRuns: 40, endOnFailure: true, interruptAfterTimeLimit: 45_000 };

/** Inputs that once broke a rule: each stays a test case for good. */
const failureSeeds = join(fixtures, 'property-failures');

async function lintsCleanly(text: string, path = 'team/L3-Engineer.md'): Promise<void> {
  // CPU time rather than wall time: other test files share the machine's two cores.
  const started = process.cpuUsage();
  const run = await lintTexts(
    [
      { path, text },
      { path: 'team/L2-Engineer.md', text: realPages[0] ?? '' },
    ],
    { config: everyRule },
  );
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  const crashes = run.results.flatMap((result) =>
    result.messages
      .filter((message) => message.ruleId === 'internal-error')
      .map((message) => message.message),
  );
  expect(crashes).toEqual([]);
  // Every finding on the page lies inside it, where an editor can show it.
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (line: number, column: number) =>
    line >= 1 && line <= lines.length && column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 1;
  const outside = run.results
    .filter((result) => result.filePath === path)
    .flatMap((result) => result.messages)
    .filter((message) => !inside(message.line, message.column) || !inside(message.endLine, message.endColumn))
    .map(
      (message) =>
        `${message.ruleId} ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
    );
  expect(outside).toEqual([]);
  expect(seconds).toBeLessThan(pageSeconds);
}

// Loading the dictionaries happens once per run, not per page: it is not the page's time.
beforeAll(async () => {
  await lintTexts([{ path: 'team/L2-Engineer.md', text: realPages[0] ?? '' }], { config: everyRule });
});

test('every seed that once broke a rule now lints cleanly', async () => {
  for (const name of readdirSync(failureSeeds).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  )) {
    await lintsCleanly(readFileSync(join(failureSeeds, name), 'utf8'));
  }
});

test('generated Markdown never crashes a rule nor takes more than a second', async () => {
  await fc.assert(
    fc.asyncProperty(generatedPage, (text) => lintsCleanly(text)),
    runOptions,
  );
}, 60_000);

test('mutated real pages never crash a rule nor take more than a second', async () => {
  await fc.assert(
    fc.asyncProperty(mutatedPage, (text) => lintsCleanly(text)),
    runOptions,
  );
}, 60_000);
