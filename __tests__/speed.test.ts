/**
 * The speed machinery (src/engine/speed/) still does its job: spelling runs in the worker thread,
 * large runs get the heap flag, a run over an unchanged ladder with the cache parses no page and
 * asks no spelling question, and the CLI then loads neither the parser, nor the rules, nor cspell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, jest, test } from '@jest/globals';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

// Every Markdown parse of the run, counted: the same parser as src/model/parse.ts.
let parses = 0;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
jest.unstable_mockModule('../src/model/parse.ts', () => {
  return {
    parseMarkdown: (file: VFile) => {
      parses++;
      return parser.parse(file);
    },
  };
});
const { lintFiles } = await import('../src/engine/lint.ts');
const { heapFlagsFor, largeRunFiles, spellingQuestionsAsked, spellingThreadId } =
  await import('../src/engine/speed/index.ts');
const { formatJson } = await import('../src/reporters/json.ts');

const folder = mkdtempSync(join(tmpdir(), 'ladder-lint-speed-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const level = (title: string, extra = '') =>
  `# ${title}\n\n## Summary\n\nLeads the team's work on the product.\n\n## Skills\n\n- Writes clear documents\n${extra}`;

test('spelling is answered by the worker thread, not the main thread', async () => {
  expect(await spellingThreadId()).toBeGreaterThan(0);
});

test('a run of thousands of files gets the flag that caps how far the heap grows; a small one does not', () => {
  expect(heapFlagsFor(largeRunFiles)).toBe('--heap-growing-percent=50');
  expect(heapFlagsFor(55_000)).toBe('--heap-growing-percent=50');
  expect(heapFlagsFor(largeRunFiles - 1)).toBeUndefined();
});

test('an unchanged ladder is not parsed again with the cache, nor spell-checked; a changed page is', async () => {
  const ladder = join(folder, 'ladder', 'Engineering');
  const cacheLocation = join(folder, 'cache');
  mkdirSync(ladder, { recursive: true });
  writeFileSync(
    join(ladder, 'L1-Engineer.md'),
    level('L1 Engineer', '\nSee [the next level](L2-Senior-Engineer.md#skills).\n'),
  );
  writeFileSync(join(ladder, 'L2-Senior-Engineer.md'), level('L2 Senior Engineer', '- Mentors ohters\n'));
  const options = { cwd: folder, cache: true, cacheLocation };
  const cold = await lintFiles(['ladder'], options);
  expect(parses).toBeGreaterThanOrEqual(2);

  const [parsesBefore, asked] = [parses, spellingQuestionsAsked()];
  const warm = await lintFiles(['ladder'], options);
  expect(parses).toBe(parsesBefore);
  expect(spellingQuestionsAsked()).toBe(asked);
  expect(formatJson(warm.results)).toBe(formatJson(cold.results));

  // The heading the first page links to is renamed: that page's finding depends on the second's text.
  writeFileSync(
    join(ladder, 'L2-Senior-Engineer.md'),
    level('L2 Senior Engineer').replace('## Skills', '## Abilities'),
  );
  const edited = await lintFiles(['ladder'], options);
  const uncached = await lintFiles(['ladder'], { cwd: folder });
  expect(formatJson(edited.results)).toBe(formatJson(uncached.results));
  expect(edited.results[0]?.messages.map((message) => message.ruleId)).toContain('ladder-links');
}, 60000);

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Runs the CLI with the cache on `ladder`, recording every module it loads (record-modules.ts). */
function runRecorded(cwd: string, record: string) {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      join(repoRoot, '__tests__/helpers/record-modules.ts'),
      join(repoRoot, 'src/bin.ts'),
      'ladder',
      '--cache',
      '--cache-location',
      'lint-cache',
      '--format',
      'json',
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, LADDER_LINT_RECORD_MODULES: record, NO_COLOR: '1' } },
  );
  const loaded = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
  return { ...run, loaded };
}

/** What only checking a page needs: the Markdown parser, the rules and the spell checker. */
const pageCheckingCode = [
  '/micromark',
  '/unified/',
  '/remark-',
  '/mdast-util-from-markdown/',
  '/cspell-lib/',
  '/rules/',
];
const pageCheckingIn = (loaded: string[]) =>
  pageCheckingCode.filter((part) => loaded.some((url) => url.includes(part)));

test('the CLI on an unchanged ladder with the cache loads neither the parser, nor the rules, nor cspell', () => {
  const cwd = mkdtempSync(join(folder, 'cli-'));
  const ladder = join(cwd, 'ladder', 'Engineering');
  mkdirSync(ladder, { recursive: true });
  writeFileSync(
    join(ladder, 'L1-Engineer.md'),
    level('L1 Engineer', '\nSee [the next level](L2-Senior-Engineer.md).\n'),
  );
  writeFileSync(join(ladder, 'L2-Senior-Engineer.md'), level('L2 Senior Engineer', '- Mentors ohters\n'));

  const cold = runRecorded(cwd, join(cwd, 'cold-modules'));
  expect(cold.stderr).toBe('');
  expect(cold.stdout).toContain('ohters');
  expect(pageCheckingIn(cold.loaded)).toEqual(pageCheckingCode);

  const warm = runRecorded(cwd, join(cwd, 'warm-modules'));
  expect(warm.stderr).toBe('');
  expect(warm.stdout).toBe(cold.stdout);
  expect(warm.status).toBe(cold.status);
  expect(pageCheckingIn(warm.loaded)).toEqual([]);
  expect(warm.loaded.some((url) => url.endsWith('/src/engine/lint.ts'))).toBe(true);

  // A changed page is checked again, with the parser and the rules.
  writeFileSync(join(ladder, 'L2-Senior-Engineer.md'), level('L2 Senior Engineer', '- Mentors otehrs\n'));
  const changed = runRecorded(cwd, join(cwd, 'changed-modules'));
  expect(changed.stdout).toContain('otehrs');
  expect(changed.stdout).not.toContain('ohters');
  expect(pageCheckingIn(changed.loaded)).toEqual(pageCheckingCode);
}, 60000);
