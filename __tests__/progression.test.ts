import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import { placeDuration, placeNumber, placeRank } from '../src/progression/scales.ts';
import { formatProgression } from '../src/reporters/progression.ts';
import { onlyRule } from './helpers/config.ts';
import { repoRoot } from './helpers/cli.ts';

const defaults = mergeConfig(undefined, '', []);
const ranks = (scale: string) => defaults.scales[scale]?.ranks ?? [];
const step = (scale: string) => (value: string) => placeRank(value, ranks(scale))?.min;

describe('scales read every value the reference ladder uses', () => {
  test('planning horizon, in weeks with six-week cycles', () => {
    const weeks = (value: string) => {
      const placed = placeDuration(value, 6);
      return placed && [placed.min, placed.max];
    };
    expect(weeks('Current cycle.')).toEqual([6, 6]);
    expect(weeks('Current and next cycle')).toEqual([12, 12]);
    expect(weeks('Two Quarters')).toEqual([26, 26]);
    expect(weeks('6-12 months.')).toEqual([26, 52]);
    expect(weeks('1 year')).toEqual([52, 52]);
    expect(weeks('3+ years')).toEqual([156, Number.POSITIVE_INFINITY]);
    expect(weeks('a ~3-year impact horizon')).toEqual([156, 156]);
    expect(weeks('The typical timeframe to be thinking ahead')).toBeUndefined();
    expect(placeDuration('Current and next cycle', 2)?.min).toBe(4);
  });

  test('impact radius, by words and by counts', () => {
    const impact = step('impact-radius');
    expect(
      [
        'Self.',
        'Self plus some teammates.',
        'Self plus some team mates',
        'Self plus some team members',
        'Peers (2-5).',
        'Team (5-15)',
        'Group',
        'R&D Leaders',
        'R&D + Company (~100 people).',
      ].map(impact),
    ).toEqual([0, 1, 1, 1, 2, 3, 4, 5, 6]);
    expect(impact('About (12) people')).toBe(3);
    expect(impact('Everyone we work with')).toBeUndefined();
  });

  test('evaluation and autonomy, by their first phrase', () => {
    expect(
      ['Manager.', 'Manager or Director', 'Director', 'VP of Engineering'].map(step('evaluation')),
    ).toEqual([0, 1, 2, 3]);
    expect(
      [
        'Daily to weekly supervision is needed from their manager or more senior analysts.',
        'Weekly supervision needed from their manager or more senior engineers.',
        'Takes vertical slices of larger products from idea to production, with minimal supervision but with regular check-ins.',
        'Runs defined activities, and collects feedback to identify opportunities to improve.',
        'Consistently takes brand new ideas from inception to production with limited supervision.',
        'Can take an ambigious problem space and communicate insights that has strategic impact with limited supervision.',
        'I drive technical strategy in alignment with product strategy for my group, with minimal oversight.',
        'No direction is required. High autonomy and accountability are expected.',
      ].map(step('autonomy')),
    ).toEqual([0, 1, 2, 2, 3, 3, 4, 5]);
  });

  test('numbers and ranges', () => {
    expect(placeNumber('5+')).toMatchObject({ min: 5, max: Number.POSITIVE_INFINITY });
    expect(placeNumber('~50-65%')).toMatchObject({ min: 50, max: 65, reading: '50–65%' });
    expect(placeNumber('3')).toMatchObject({ min: 3, max: 3 });
    expect(placeNumber('none')).toBeUndefined();
  });
});

const page = (level: string, horizon: string) => ({
  path: `Track/${level}-Engineer.md`,
  text: `# ${level}: Engineer\n\n- **Planning Horizon**: ${horizon}\n`,
});

const regressions = async (pages: Array<{ path: string; text: string }>) =>
  (await lintTexts(pages, { config: onlyRule('ladder-progression'), cwd: '/ladder' })).results.flatMap(
    (result) =>
      result.messages.map(
        (message) => `${result.filePath}:${message.line} ${message.message.split(' (')[0]}`,
      ),
  );

describe('the progression rule', () => {
  test('allows plateaus and finds the same regression whatever order the pages come in', async () => {
    const pages = [
      page('L1', 'Current cycle'),
      page('L2', 'Current cycle'),
      page('L3', '1 year'),
      page('L4', '6-12 months'),
    ];
    const expected = ['Track/L4-Engineer.md:3 Planning Horizon "6-12 months"'];
    expect(await regressions(pages)).toEqual(expected);
    expect(await regressions([...pages].reverse())).toEqual(expected);
  });

  test('compares each page of a fork with the level below and above it', async () => {
    const found = await regressions([
      page('L2', 'Two quarters'),
      { ...page('L3', 'Current cycle'), path: 'Track/L3-Senior-Engineer.md' },
      { ...page('L3', '1 year'), path: 'Track/L3-Senior-Cloud-Engineer.md' },
      page('L4', '6-12 months'),
    ]);
    expect(found).toEqual([
      'Track/L3-Senior-Engineer.md:3 Planning Horizon "Current cycle"',
      'Track/L4-Engineer.md:3 Planning Horizon "6-12 months"',
    ]);
  });

  test('a lowest level raised above the plateau of the others is the one value reported', async () => {
    const run = await lintTexts(
      [
        page('L1', '1 year'),
        page('L2', 'Current cycle'),
        page('L3', 'Current cycle'),
        page('L4', 'Current cycle'),
      ],
      { config: onlyRule('ladder-progression'), cwd: '/ladder' },
    );
    const found = run.results.flatMap((result) =>
      result.messages.map((message) => ({ filePath: result.filePath, ...message })),
    );
    expect(found.map((message) => `${message.filePath}:${message.line} ${message.message}`)).toEqual([
      'Track/L1-Engineer.md:3 Planning Horizon "1 year" (L1) is longer than "Current cycle" at L2, a higher level (L2-Engineer.md:3). A lower level should not ask for more than the levels above it: lower this value.',
    ]);
    // The neighbour it is out of order with is its related location.
    expect(found[0]?.related).toEqual({
      filePath: 'Track/L2-Engineer.md',
      line: 3,
      column: 25,
      message: 'Planning Horizon at L2 is "Current cycle"',
    });
  });

  test("a swap of the lowest and the highest level's values is reported on both swapped lines", async () => {
    const horizons = ['Current cycle', 'Current and next cycle', 'Two quarters', '1 year'];
    const swapped = [horizons[3], horizons[1], horizons[2], horizons[0]] as string[];
    expect(await regressions(swapped.map((horizon, index) => page(`L${index + 1}`, horizon)))).toEqual([
      'Track/L1-Engineer.md:3 Planning Horizon "1 year"',
      'Track/L4-Engineer.md:3 Planning Horizon "Current cycle"',
    ]);
    // With one level between, as with two levels, each value could be the one to change; the middle
    // one is kept as it needs the fewest steps moved, and of two levels the higher is blamed.
    expect(
      await regressions([page('L1', '1 year'), page('L2', 'Two quarters'), page('L3', 'Current cycle')]),
    ).toEqual([
      'Track/L1-Engineer.md:3 Planning Horizon "1 year"',
      'Track/L3-Engineer.md:3 Planning Horizon "Current cycle"',
    ]);
    expect(await regressions([page('L1', '1 year'), page('L2', 'Current cycle')])).toEqual([
      'Track/L2-Engineer.md:3 Planning Horizon "Current cycle"',
    ]);
  });

  test('names the missing levels of a gap and points at the page below as the cause', async () => {
    const run = await lintTexts([page('L2', '1 year'), page('L5', 'Current cycle')], {
      config: onlyRule('ladder-progression'),
      cwd: '/ladder',
    });
    const [message] = run.results.flatMap((result) => result.messages);
    expect(message?.message).toContain(
      'at L2, the nearest level below (this track has no L3, L4 page) (L2-Engineer.md:3)',
    );
  });
});

const corpus = `${repoRoot}/../shared/corpora/octopus-people`;
const describeCorpus = existsSync(corpus) ? describe : describe.skip;

describeCorpus('the reference ladder', () => {
  test('swapping L2 and L4 values in a copy of Data Engineering is reported on the values to change', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ladder-lint-swap-'));
    cpSync(`${corpus}/Engineering/Data-Engineering`, join(root, 'Data-Engineering'), { recursive: true });
    const swap = (file: string, from: string, to: string) => {
      const path = join(root, 'Data-Engineering', file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
    };
    swap(
      'L2-Data-Engineer.md',
      '**Planning horizon**: Current and next cycle',
      '**Planning horizon**: 6-12 months',
    );
    swap(
      'L4-Lead-Data-Engineer.md',
      '**Planning horizon**: 6-12 months',
      '**Planning horizon**: Current and next cycle',
    );
    swap(
      'L2-Data-Engineer.md',
      '**Impact radius**: Self plus some team mates',
      '**Impact radius**: Team (5-15)',
    );
    swap(
      'L4-Lead-Data-Engineer.md',
      '**Impact radius**: Team (5-15)',
      '**Impact radius**: Self plus some team mates',
    );
    const run = await lintFiles(['.'], { cwd: root, config: onlyRule('ladder-progression') });
    const found = run.results.flatMap((result) =>
      result.messages.map(
        (message) => `${result.filePath}:${message.line}:${message.column} ${message.message}`,
      ),
    );
    // The planning horizon of L4 now equals L3's (a plateau): changing L2 alone mends it, so L2 is
    // reported, not L3, which nobody touched. The impact radius goes Team, Peers, Self: both swapped
    // values are reported, and L3's stays.
    expect(found).toEqual([
      'Data-Engineering/L2-Data-Engineer.md:5:25 Planning horizon "6-12 months" (L2) is longer than "Current and next cycle" at L3, a higher level (L3-Senior-Data-Engineer.md:5). A lower level should not ask for more than the levels above it: lower this value.',
      expect.stringMatching(
        /^Data-Engineering\/L2-Data-Engineer\.md:6:\d+ Impact radius "Team \(5-15\)" \(L2\) is higher than "Peers \(2-5\)" at L3, a higher level/,
      ),
      expect.stringMatching(
        /^Data-Engineering\/L4-Lead-Data-Engineer\.md:6:\d+ Impact radius "Self plus some team mates" \(L4\) is lower than "Peers \(2-5\)" at L3 \(L3-Senior-Data-Engineer\.md:6\)\. A higher level should not ask for less than the level below: raise this value\.$/,
      ),
    ]);
  });

  // The whole ladder with every rule, dictionaries included: a minute on a busy machine.
  test('its progression table reads every value and marks no regression', async () => {
    const run = await lintFiles(['.'], { cwd: corpus });
    const table = formatProgression(run.pages, run.config);
    expect(table).not.toContain('⚠️');
    expect(table).not.toContain('❓');
    expect(table).toContain(
      '| L4 | L4-Lead-Data-Engineer.md | 6-12 months <sub>(26–52 weeks)</sub> | Team (5-15) <sub>(team, step 4 of 7 (5–15 people))</sub> |',
    );
  }, 300_000);
});

test('tracks may be configured by glob or by title instead of by folder', async () => {
  const pages = [
    {
      path: 'Juniors/L1-Platform-Engineer.md',
      text: '# L1: Platform Engineer\n\n- **Planning Horizon**: 1 year\n',
    },
    {
      path: 'Seniors/L3-Senior-Platform-Engineer.md',
      text: '# L3: Senior Platform Engineer\n\n- **Planning Horizon**: Current cycle\n',
    },
    {
      path: 'Seniors/L3-Senior-Data-Engineer.md',
      text: '# L3: Senior Data Engineer\n\n- **Planning Horizon**: Current cycle\n',
    },
    { path: 'Juniors/L1-Data-Engineer.md', text: '# L1: Data Engineer\n\n- **Planning Horizon**: 1 year\n' },
  ];
  const found = async (tracks: Array<{ name: string; files?: string[]; title?: string }>) =>
    (
      await lintTexts(pages, {
        config: onlyRule('ladder-progression', undefined, { tracks }),
        cwd: '/ladder',
      })
    ).results
      .filter((result) => result.messages.length > 0)
      .map((result) => result.filePath);
  expect(await found([])).toEqual([]);
  expect(await found([{ name: 'platform', files: ['**/*Platform-Engineer.md'] }])).toEqual([
    'Seniors/L3-Senior-Platform-Engineer.md',
  ]);
  expect(await found([{ name: 'data', title: 'Data Engineer$' }])).toEqual([
    'Seniors/L3-Senior-Data-Engineer.md',
  ]);
});
