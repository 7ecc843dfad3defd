// Generated and mutated Markdown through every rule at once: nothing may escape as an exception
// (an internal-error finding counts as one), and no page may take more than a second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { fixtures } from './helpers/cli.ts';

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

const realPages = ['L2-Security-Engineer.md', 'L3 - Senior Security Engineer.md', 'README.md'].map((name) =>
  readFileSync(join(fixtures, 'ladder', 'Security-Engineering', name), 'utf8'),
);

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
  expect(seconds).toBeLessThan(pageSeconds);
}

// Loading the dictionaries happens once per run, not per page: it is not the page's time.
beforeAll(async () => {
  await lintTexts([{ path: 'team/L2-Engineer.md', text: realPages[0] ?? '' }], { config: everyRule });
});

const lineEnding = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');
const word = fc.constantFrom(
  'Engineer',
  'organisation',
  'organization',
  'the',
  'the the',
  'L3:',
  '**Planning Horizon**:',
  'ü¶â',
  '🦉',
  ':octopus:',
  '\u00a0',
  '\ufeff',
  '\ufffd',
  'https://example.com/a_(b)',
  '[link](./L2-Engineer.md#domain-expertise)',
  '<!-- cspell:ignore -->',
  '`code`',
  '$$',
  '\\',
);
const fragment = fc.oneof(
  fc.array(word, { maxLength: 12 }).map((words) => words.join(' ')),
  fc.nat(6).map((depth) => `${'#'.repeat(depth + 1)} `),
  fc.nat(60).map((depth) => `${'  '.repeat(depth)}- `),
  fc.nat(60).map((depth) => `${'> '.repeat(depth)}`),
  fc.nat(60).map((depth) => `${'['.repeat(depth)}x${'](y)'.repeat(depth)}`),
  fc.constantFrom(
    '<details><summary>Examples</summary>',
    '<details>',
    '</details>',
    '<summary>',
    '<div',
    '<!--',
    '```',
    '~~~md',
    '---',
    '| a | b |\n|---|---|',
    '- [ ] ',
    '* * *',
    '**',
    '_',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc
    .tuple(
      fc.constantFrom(' ', '*', '-', 'a', '(', '1', ':', '~', '\t', 'é'),
      fc.integer({ min: 1000, max: 6_000 }),
    )
    .map(([character, length]) => character.repeat(length)),
);
const generatedPage = fc
  .array(fc.tuple(fragment, lineEnding), { maxLength: 40 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

const mutatedPage = fc
  .tuple(
    fc.constantFrom(...realPages),
    fc.array(fc.tuple(fc.nat(), fc.nat(200), fragment), { maxLength: 6 }),
    lineEnding,
  )
  .map(([page, edits, ending]) => {
    let text = page.replace(/\n/g, ending);
    for (const [at, cut, insert] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + insert + text.slice(start + cut);
    }
    return text;
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
