import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import type { LintRun } from '../src/findings/types.ts';
import { formatJson } from '../src/reporters/json.ts';
import { englishVariantsOf } from '../src/text/spelling-service.ts';
import { repoRoot } from './helpers/cli.ts';
import { onlyRule } from './helpers/config.ts';

const rule = 'ladder-mixed-spelling';
const page = (path: string, ...lines: string[]) => ({
  path,
  text: `# ${path.replace(/^.*\/|\.md$/g, '').replace(/-/g, ' ')}\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`,
});
const lint = (pages: Array<{ path: string; text: string }>, options?: Record<string, unknown>, extra = {}) =>
  lintTexts(pages, { config: onlyRule(rule, options, extra), cwd: '/ladder' });
const findings = (run: LintRun) =>
  run.results.flatMap((result) =>
    result.messages.map((message) => ({ ...message, filePath: result.filePath })),
  );

/** The variants a run's findings ask for, read from their suggestions, not from what the rule says. */
async function askedVariants(run: LintRun): Promise<Set<string>> {
  const suggested = findings(run).flatMap((message) => message.expected ?? []);
  const words = suggested.map((word) => word.toLowerCase());
  const variants = await englishVariantsOf(words);
  // A suggestion that is no variant word would hide a contradiction: there must be none.
  expect(variants.map((variant, index) => (variant ? '' : words[index]))).toEqual(words.map(() => ''));
  return new Set(variants.map((variant) => variant?.variant ?? ''));
}

// Word by word, the majority of "organisation" is British and that of "analyzed" American: a rule
// that counted each word alone asked for both at once.
const wordByWord = [
  page(
    'Data/L2-Data-Engineer.md',
    'I know the organisation and the organisation knows me.',
    'I have analyzed data.',
  ),
  page('Data/L3-Senior-Data-Engineer.md', 'I analyzed the organization, and analyzed it again.'),
  page('Data/L4-Lead-Data-Engineer.md', 'I analysed the risks.'),
];
// Each page mixes, the other way round from the next: page majorities disagree with each other.
const pagesDisagree = [
  page('README.md', 'Our ladder.'),
  page('Ops/L2-Ops-Engineer.md', 'I prioritise, organise and recognise work; I analyze it.'),
  page('Ops/L3-Senior-Ops-Engineer.md', 'I prioritize, organize and recognize work; I analyse it.'),
  page('Ops/L4-Lead-Ops-Engineer.md', 'I model the behaviour we want.'),
];

describe('one variant for the whole ladder', () => {
  test.each([
    ['word-by-word majorities that disagree', wordByWord],
    ['page majorities that disagree', pagesDisagree],
  ])('no two findings of a run ask for different variants: %s', async (_name, pages) => {
    const run = await lint(pages);
    expect(findings(run).length).toBeGreaterThan(0);
    expect((await askedVariants(run)).size).toBeLessThanOrEqual(1);
  });

  const corpora = `${repoRoot}/../shared/corpora`;
  const ladders = [
    `${corpora}/octopus-people`,
    ...(existsSync(`${corpora}/other-ladders`)
      ? readdirSync(`${corpora}/other-ladders`, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${corpora}/other-ladders/${entry.name}`)
      : []),
  ].filter((folder) => existsSync(folder));
  const describeLadders = ladders.length > 0 ? describe : describe.skip;
  describeLadders('on real ladders', () => {
    test.each(ladders.map((folder) => [folder.split('/').pop() ?? folder, folder]))(
      'no two findings of a run ask for different variants: %s',
      async (_name, folder) => {
        const run = await lintFiles(['.'], { cwd: folder, config: onlyRule(rule) });
        expect((await askedVariants(run)).size).toBeLessThanOrEqual(1);
      },
    );
  });

  test('a ladder split close to even gets one finding on its root README, with the counts, and its consistent pages none', async () => {
    // 5 British against 4 American: 56%, short of two in three.
    const run = await lint(pagesDisagree);
    expect(
      findings(run).map(
        (message) => `${message.filePath}:${message.line}:${message.column} ${message.message}`,
      ),
    ).toEqual([
      'Ops/L2-Ops-Engineer.md:3:48 "analyze" is American, but this page writes British, as most of the ladder does. Write "analyse", or set spelling.variant.',
      'README.md:1:1 This ladder mixes British (5 words) and American (4) spelling. Choose one: set spelling.variant to "en-GB" or "en-US".',
    ]);
  });

  test('without a README, the split finding goes on the first page', async () => {
    const run = await lint(pagesDisagree.slice(1));
    expect(findings(run)[0]).toMatchObject({ filePath: 'Ops/L2-Ops-Engineer.md', line: 1, column: 1 });
  });

  test('a clear majority (two words in three) flags every word of the other variant, page by page', async () => {
    const run = await lint([
      page('Ops/L2-Ops-Engineer.md', 'I prioritise, organise and recognise work.'),
      page('Ops/L3-Senior-Ops-Engineer.md', 'I analyse and summarise; I organize.'),
    ]);
    expect(
      findings(run).map((message) => `${message.filePath}:${message.column} ${message.message}`),
    ).toEqual([
      'Ops/L3-Senior-Ops-Engineer.md:30 "organize" is American, but this ladder writes British (5 of 6 words). Write "organise", or set spelling.variant.',
    ]);
  });

  test('spelling.variant overrides the majority, and wins over the deprecated prefer', async () => {
    const pages = [
      page('Ops/L2-Ops-Engineer.md', 'I prioritise, organise and recognise work; I analyze it.'),
    ];
    const run = await lint(pages, { prefer: 'en-GB' }, { spelling: { variant: 'en-US' } });
    expect(findings(run).map((message) => message.expected?.[0])).toEqual([
      'prioritize',
      'organize',
      'recognize',
    ]);
    expect(findings(run)[0]?.message).toBe(
      '"prioritise" is British, but this ladder is set to American (spelling.variant is "en-US"). Write "prioritize".',
    );
  });

  test("the detail goes in the finding's data, for --format json", async () => {
    const run = await lint(pagesDisagree);
    const json = JSON.parse(formatJson(run.results)) as Array<{
      filePath: string;
      messages: Array<{ data?: unknown }>;
    }>;
    expect(json.find((result) => result.filePath === 'README.md')?.messages[0]?.data).toEqual({
      decidedBy: 'split',
      ladder: { 'en-GB': 5, 'en-US': 4 },
      firstUse: {
        'en-GB': { path: 'Ops/L2-Ops-Engineer.md', line: 3, word: 'prioritise' },
        'en-US': { path: 'Ops/L2-Ops-Engineer.md', line: 3, word: 'analyze' },
      },
    });
    expect(json.find((result) => result.filePath === 'Ops/L2-Ops-Engineer.md')?.messages[0]?.data).toEqual({
      variant: 'en-GB',
      decidedBy: 'split',
      ladder: { 'en-GB': 5, 'en-US': 4 },
      firstUse: { path: 'Ops/L2-Ops-Engineer.md', line: 3, word: 'prioritise' },
      page: { 'en-GB': 3, 'en-US': 1 },
      mixedOnPage: true,
    });
  });

  test('every message the rule can give is at most 150 characters, even for long words and large ladders', async () => {
    const long = 'internationalisation';
    const many = (word: string, times: number) => Array.from({ length: times }, () => `The ${word}.`);
    const runs = await Promise.all([
      // A clear majority, with three-digit counts.
      lint([
        page('L2-Engineer.md', ...many('organisation', 900)),
        page('L3-Senior-Engineer.md', 'Internationalization.'),
      ]),
      // A split ladder: the one finding, and a mixed page.
      lint([
        page('README.md', ...many('organization', 880)),
        page('L2-Engineer.md', ...many('organisation', 900), 'internationalization'),
      ]),
      lint([page('L2-Engineer.md', long)], undefined, { spelling: { variant: 'en-US' } }),
      lint([page('L2-Engineer.md', long)], { prefer: 'en-US' }),
    ]);
    const messages = runs.flatMap((run) => findings(run).map((message) => message.message));
    expect(new Set(messages.map((message) => message.split(',')[0]?.split(' ')[0]))).toEqual(
      new Set(['"Internationalization"', 'This', '"internationalization"', '"internationalisation"']),
    );
    expect(
      new Set(
        runs.flatMap((run) =>
          findings(run).map((message) => (message.data as { decidedBy: string }).decidedBy),
        ),
      ),
    ).toEqual(new Set(['majority', 'split', 'spelling.variant', 'prefer']));
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(150);
  });
});

const seeds = `${repoRoot}/../shared/seeds`;
(existsSync(seeds) ? test : test.skip)(
  'the seed pages: one British word among ten American ones',
  async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-seeds-'));
    mkdirSync(join(root, 'Security-Engineer'));
    copyFileSync(
      `${seeds}/000_e027cb7c7baa45bb.txt`,
      join(root, 'Security-Engineer/L4-Security-Engineer-Technical-Lead.md'),
    );
    copyFileSync(
      `${seeds}/001_1f1650ef3f778b83.txt`,
      join(root, 'Security-Engineer/L2-Security-Engineer.md'),
    );
    const run = await lintFiles(['.'], { cwd: root, config: onlyRule(rule) });
    expect(findings(run).map((message) => `${message.filePath}:${message.line} ${message.message}`)).toEqual([
      'Security-Engineer/L2-Security-Engineer.md:15 "organisation" is British, but this ladder writes American (10 of 11 words). Write "organization", or set spelling.variant.',
    ]);
  },
);
