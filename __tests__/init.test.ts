/**
 * `ladder-lint init`: on small ladders written for these tests (fixtures/layouts/), the exact
 * configuration it writes and what it prints; then, when the shared corpora are there, the layout
 * and level count it finds on copies of the real ladders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { loadConfig } from '../src/config/load-config.ts';
import { ruleMetas } from '../src/rule-api/registry.ts';
import { cli, fixtures, repoRoot } from './helpers/cli.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a ladder in a folder of its own, as init writes into the folder it looks at. */
function copyOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-init-'));
  made.push(dir);
  cpSync(source, dir, { recursive: true });
  return dir;
}

async function init(dir: string, args: string[] = []) {
  const run = await cli(['init', ...args], dir);
  const file = join(dir, '.ladderlintrc.json');
  const written = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : undefined;
  return { ...run, lines: run.stdout.trimEnd().split('\n'), written };
}

const schema = './node_modules/ladder-lint/schema.json';
const layouts = `${fixtures}/layouts`;

/** The configuration init wrote loads as ladder-lint loads it: schema, templates, scales, `ranksFrom`. */
async function expectLoads(dir: string) {
  await expect(loadConfig({ searchFrom: dir, knownRules: ruleMetas })).resolves.toBeDefined();
}

describe('init on a file per track with levels as headings', () => {
  test('writes the heading layout, the steps of the axes the README defines, and the shared sections', async () => {
    const dir = copyOf(`${layouts}/headings`);
    const { code, lines, written, stderr } = await init(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(written).toEqual({
      $schema: schema,
      extends: 'headings-per-level',
      ladder: {
        levels: { in: 'heading', depth: 2 },
        tracks: 'file',
        fields: [{ from: 'steps' }],
        template: 'level',
      },
      templates: {
        level: {
          metadata: {
            fields: [
              { label: 'Craft', required: true, scale: 'craft' },
              { label: 'Reach', required: true, scale: 'reach' },
            ],
          },
          sections: [
            { name: 'Habits', required: true, depth: 3 },
            { name: 'Examples', required: true, depth: 3 },
          ],
        },
      },
      scales: {
        craft: { kind: 'ranks', noun: 'craft', ranksFrom: { file: 'README.md', heading: 'Craft' } },
        // Taster 3 is a step lower on Reach than Taster 2: init does not claim the ladder only goes up.
        reach: {
          kind: 'ranks',
          noun: 'reach',
          direction: 'any',
          ranksFrom: { file: 'README.md', heading: 'Reach' },
        },
      },
      spelling: { words: ['Teapotly'] },
    });
    expect(lines).toEqual([
      'Layout: headings-per-level (a file per track, each level a "## " heading such as "B1 - Brewer 1").',
      'Read 5 levels in 2 tracks: Brewer.md B1–B3, Taster.md T2–T3.',
      'Fields: Craft, Reach (steps defined in README.md).',
      'Sections on every level: Habits, Examples.',
      'Left out headings found on some levels only, which ladder-lint will report: Notes (1 of 5).',
      'Other pages (no level in them): README.md.',
      'Spelling: proposed 1 word: Teapotly (4).',
      'Wrote .ladderlintrc.json. Check it with: ladder-lint --format outline',
    ]);
    await expectLoads(dir);
  });

  test('levels named by words get their names, lowest first; roman numerals a pattern', async () => {
    const names = await init(copyOf(`${layouts}/names`));
    expect(names.written?.ladder).toEqual({
      levels: { in: 'heading', depth: 2, names: ['Junior', 'Mid', 'Senior', 'Staff'] },
      tracks: 'file',
    });
    expect(names.lines.slice(0, 2)).toEqual([
      'Layout: headings-per-level (a file per track, each level a "## " heading such as "Junior Designer", levels named Junior < Mid < Senior < Staff).',
      'Read 6 levels in 2 tracks: Designer.md Junior–Staff, Engineer.md Junior–Senior.',
    ]);
    const roman = await init(copyOf(`${layouts}/roman`));
    expect(roman.written?.ladder).toEqual({
      levels: {
        in: 'heading',
        depth: 2,
        pattern: String.raw`^(?<name>.*\S)\s+(?<label>(?<roman>[IVX]{1,5}))$`,
      },
      tracks: 'file',
    });
    expect(roman.lines[1]).toBe('Read 3 levels in 1 track: Analyst.md I–III.');
  });
});

test('init on Hugo pages ordered by weight: the table fields, each with the scale and direction its values fit', async () => {
  const dir = copyOf(`${layouts}/front-matter`);
  const { code, lines, written } = await init(dir);
  expect(code).toBe(0);
  expect(written).toEqual({
    $schema: schema,
    extends: 'front-matter-pages',
    ladder: {
      levels: { in: 'front-matter', key: 'weight', titleKey: 'title' },
      fields: [{ from: 'table' }],
      template: 'level',
    },
    templates: {
      level: {
        metadata: {
          fields: [
            { label: 'Making', required: true, scale: 'making' },
            { label: 'Teaching', required: true, scale: 'teaching' },
            { label: 'Selling', required: true, scale: 'selling' },
            { label: 'Motto', required: true },
            { label: 'Typical time at this level', required: true, scale: 'typical-time-at-this-level' },
          ],
        },
        sections: [
          { name: 'Craft', required: true, depth: 2 },
          { name: 'Community', required: true, depth: 2 },
          { name: 'Studio duties', required: true, depth: 3 },
          { name: 'Time split', required: true, depth: 2 },
        ],
      },
    },
    scales: {
      making: { kind: 'number', noun: 'making', direction: 'down' },
      teaching: { kind: 'number', noun: 'teaching', direction: 'any' },
      selling: { kind: 'number', noun: 'selling', direction: 'up' },
      'typical-time-at-this-level': { kind: 'duration', noun: 'typical time at this level', direction: 'up' },
    },
  });
  expect(lines).toEqual([
    `Layout: front-matter-pages (a page per level, ordered by the front matter's "weight" and named by its "title" such as "Apprentice").`,
    'Read 3 levels in 1 track: content/levels Apprentice–Master.',
    'Fields: Making (number, down), Teaching (number, any), Selling (number, up), Motto (no scale), Typical time at this level (duration, up) (from a table on each level).',
    'Left out fields found on some levels only, which ladder-lint will report: Travel (1 of 3).',
    'Sections on every level: Craft, Community, Studio duties, Time split.',
    'Left out headings found on some levels only, which ladder-lint will report: Extras (1 of 3).',
    'Other pages (no level in them): content/levels/_index.md.',
    'Spelling: no words to propose; the dictionaries know the names the pages use.',
    'Could not decide a scale for "Motto": values such as "Measure twice" are neither lengths of time nor numbers, so it is listed without one. Add a scale of kind "ranks" if its values are steps.',
    'Wrote .ladderlintrc.json. Check it with: ladder-lint --format outline',
  ]);
  await expectLoads(dir);
});

test('init on a YAML framework: the design page written as headings gets an override', async () => {
  const dir = copyOf(`${layouts}/yaml`);
  const { code, lines, written } = await init(dir);
  expect(code).toBe(0);
  expect(written).toEqual({
    $schema: schema,
    extends: 'yaml-framework',
    // The YAML levels name no template: only pages of the page-per-level layout are matched by fit.
    ladder: { levels: { in: 'yaml' }, tracks: 'file' },
    templates: {
      design: {
        sections: [
          { name: 'Craft', required: true, depth: 3 },
          { name: 'Ownership', required: true, depth: 3 },
        ],
      },
    },
    overrides: [
      {
        files: ['design/**'],
        ladder: { levels: { in: 'heading', depth: 2 }, tracks: 'file', template: 'design' },
      },
    ],
    spelling: { words: ['Frytopia'] },
  });
  expect(lines).toEqual([
    'Layout: yaml-framework (a file per track, its levels in the YAML front matter: topics, each with content per level).',
    'Read 5 levels in 2 tracks: front-of-house.md Level 1–2, kitchen.md Level 1–3.',
    'Override for design/**: headings-per-level (a file per track, each level a "## " heading such as "Level 1").',
    '  Read 2 levels in 1 track: design/menus.md Level 1–2.',
    '  Fields: none on every level.',
    '  Sections on every level: Craft, Ownership.',
    'Spelling: proposed 1 word: Frytopia (4).',
    'Wrote .ladderlintrc.json. Check it with: ladder-lint --format outline',
  ]);
  await expectLoads(dir);
});

test('init on pages named L1-…, L2-… that the built-in templates fit writes only the preset and words', async () => {
  const dir = copyOf(`${layouts}/page-per-level`);
  const { code, lines, written } = await init(dir);
  expect(code).toBe(0);
  expect(written).toEqual({ $schema: schema, extends: 'page-per-level', spelling: { words: ['Crumbwell'] } });
  expect(lines).toEqual([
    'Layout: page-per-level (a page per level, the level in its file name or title such as "L1: Junior Baker").',
    'It is the default: no layout settings were needed.',
    'Read 2 levels in 1 track: Baking L1–L2.',
    'Templates: every level page fits one of the built-in templates.',
    'Other pages (no level in them): README.md.',
    'Spelling: proposed 1 word: Crumbwell (3).',
    'Wrote .ladderlintrc.json. Check it with: ladder-lint --format outline',
  ]);
});

test('two layouts that read as many levels: init says it could not decide, and which it chose', async () => {
  const { code, lines, written } = await init(copyOf(`${layouts}/tie`));
  expect(code).toBe(0);
  expect(written?.extends).toBe('page-per-level');
  expect(written?.overrides).toEqual([
    {
      files: ['Chef.md'],
      ladder: { levels: { in: 'heading', depth: 2 }, tracks: 'file' },
    },
  ]);
  expect(lines).toContain(
    'Could not decide the layout: page-per-level and headings-per-level both read 2 levels; chose page-per-level. If that is wrong, set "extends" to "headings-per-level".',
  );
  expect(lines).toContain('It is the default: no layout settings were needed for it.');
});

describe('what init refuses', () => {
  test('a folder with no level: exit 1, nothing written, and what it looked for', async () => {
    const dir = copyOf(`${layouts}/no-levels`);
    const { code, stdout, stderr, written } = await init(dir);
    expect(code).toBe(1);
    expect(written).toBeUndefined();
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'ladder-lint init: found no level in 1 Markdown page in ., so nothing was written. Looked for:',
        '  - a level in file names or page titles ("L4-Lead-Engineer.md", "# L4: Lead Engineer")',
        '  - two or more level headings in one file ("## D3 - Developer 3", "## Level 2", "## Senior Engineer", "## Engineer II")',
        '  - pages whose front matter gives a number (weight, order, level, rank, position) and a title',
        '  - YAML front matter with topics[].content[].level',
        '',
      ].join('\n'),
    );
  });

  test('an existing .ladderlintrc.json: exit 2 and left as it was, unless --force', async () => {
    const dir = copyOf(`${layouts}/names`);
    writeFileSync(join(dir, '.ladderlintrc.json'), '{}\n');
    const refused = await init(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'ladder-lint init: .ladderlintrc.json already exists; nothing was written. Run "ladder-lint init --force" to replace it.\n',
    );
    expect(readFileSync(join(dir, '.ladderlintrc.json'), 'utf8')).toBe('{}\n');
    const forced = await init(dir, ['--force']);
    expect(forced.code).toBe(0);
    expect(forced.written?.extends).toBe('headings-per-level');
  });

  test('a folder given by name, one that is not there, and --force without init', async () => {
    const parent = copyOf(layouts);
    const named = await cli(['init', 'roman'], parent);
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(
      /\nWrote roman\/\.ladderlintrc\.json\. Check it with: ladder-lint --format outline roman\n$/,
    );
    expect(existsSync(join(parent, 'roman', '.ladderlintrc.json'))).toBe(true);
    const missing = await cli(['init', 'nowhere'], parent);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ladder-lint init: "nowhere" is not a folder. Give the folder that holds the ladder.\n',
    });
    const stray = await cli(['--force'], parent);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe('ladder-lint: --force goes with init only ("ladder-lint init --force").\n');
  });
});

test('the command ends by itself once the spelling worker has answered', () => {
  const dir = copyOf(`${layouts}/headings`);
  const run = spawnSync(process.execPath, [`${repoRoot}/src/bin.ts`, 'init', dir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.signal).toBeNull();
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('Spelling: proposed 1 word: Teapotly (4).');
}, 70_000);

const corpora = `${repoRoot}/../shared/corpora`;

describe.each([
  ['octopus-people', 'octopus-people', 'page-per-level', 39],
  ['jorgef', 'other-ladders/jorgef__engineeringladders', 'headings-per-level', 18],
  ['infracloudio', 'other-ladders/infracloudio__career-ladders', 'front-matter-pages', 5],
  ['monzo', 'other-ladders/monzo__progression-framework/frameworks', 'yaml-framework', 73],
])('init on a copy of the real %s ladder', (_name, folder, preset, levels) => {
  (existsSync(corpora) ? test : test.skip)(
    `chooses ${preset} and reads ${levels} levels`,
    async () => {
      const dir = copyOf(`${corpora}/${folder}`);
      const { code, lines, written } = await init(dir);
      expect(code).toBe(0);
      expect(written?.extends).toBe(preset);
      expect(lines[0]).toMatch(new RegExp(`^Layout: ${preset} \\(`));
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Read ${levels} levels in `)));
      await expectLoads(dir);
      if (preset === 'page-per-level') {
        expect(Object.keys(written ?? {})).toEqual(['$schema', 'extends', 'spelling']);
        expect(lines[1]).toBe('It is the default: no layout settings were needed.');
      }
      if (preset === 'yaml-framework')
        expect(written?.overrides).toEqual([
          {
            files: ['design/**'],
            ladder: { levels: { in: 'heading', depth: 2 }, tracks: 'file', template: 'design' },
          },
        ]);
    },
    60_000,
  );
});
