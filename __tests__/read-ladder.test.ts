import { describe, expect, test } from '@jest/globals';
import type { List } from 'mdast';
import { VFile } from 'vfile';
import { mergeConfig } from '../src/config/load-config.ts';
import type { LadderLintConfig } from '../src/config/types.ts';
import { levelReader } from '../src/model/level-pattern.ts';
import { parseMarkdown } from '../src/model/parse.ts';
import { readLadderFile } from '../src/model/read-ladder.ts';

function read(path: string, text: string, config: LadderLintConfig) {
  const file = new VFile({ path, value: text });
  return readLadderFile(parseMarkdown(file), file, path, mergeConfig(config, '', []));
}

describe('a file with a heading per level', () => {
  const text = [
    '# Designer',
    '',
    '## Junior Designer',
    '',
    '**Scope:** Tasks',
    '',
    '### Working with senior colleagues',
    '',
    '- Asks for reviews.',
    '',
    '## Senior Designer',
    '',
    '**Scope:** Projects',
    '',
  ].join('\n');
  const config: LadderLintConfig = {
    extends: 'headings-per-level',
    ladder: { levels: { in: 'heading', names: ['Junior', 'Senior'] }, fields: [{ from: 'label-lines' }] },
  };

  test('each level heading starts a level, whose track is the file', () => {
    const pages = read('Design/Designer.md', text, config);
    expect(
      pages.map((page) => [page.level?.label, page.level?.rank, page.track, page.title?.position.start.line]),
    ).toEqual([
      ['Junior', 1, 'Design/Designer', 3],
      ['Senior', 2, 'Design/Designer', 11],
    ]);
  });

  test('a label line is one field, whichever reader finds it first', () => {
    const [junior] = read('Design/Designer.md', text, config);
    expect(
      junior?.metadata.map((field) => [field.label, field.value, field.labelPosition.start.line]),
    ).toEqual([['Scope', 'Tasks', 5]]);
  });

  test('a heading that only mentions a level name is a section, not a level', () => {
    const [junior] = read('Design/Designer.md', text, config);
    expect(junior?.sections.map((section) => section.name)).toEqual(['Working with senior colleagues']);
  });

  test('a file without level headings is one other page', () => {
    const pages = read('Design/README.md', '# Design\n\nHow we grow.\n', config);
    expect(pages.map((page) => [page.kind, page.level])).toEqual([['other', undefined]]);
  });
});

describe('level patterns', () => {
  test.each([
    ['D3 - Developer 3', 'D3', 3, 'Developer 3'],
    ['TPM4 – Technical Program Manager 4', 'TPM4', 4, 'Technical Program Manager 4'],
    ['Level 2', 'Level 2', 2, ''],
    ['L1.5: Associate', 'L1.5', 1, 'Associate'],
  ])('%s is %s', (text, label, major, name) => {
    const found = levelReader({
      pattern: String.raw`^(?<label>(?:[A-Z]{1,4}|Level\s?)(?<number>\d{1,2}(?:\.\d{1,2})?))\b\s*(?:[-–—:]\s*)?(?<name>.*)$`,
    })(text);
    expect([found?.level.label, found?.level.major, found?.name]).toEqual([label, major, name]);
  });

  test('roman numerals order levels', () => {
    const reader = levelReader({ pattern: String.raw`^(?<name>.+?)\s+(?<roman>[IVX]+)$` });
    expect(['Engineer II', 'Engineer IV', 'Engineer'].map((text) => reader(text)?.level.rank)).toEqual([
      2,
      4,
      undefined,
    ]);
  });

  test('a level pattern and a field pattern of (a+)+ read long lines in linear time', () => {
    // In JavaScript's backtracking engine each "aaa…a!" line takes 2^60 steps; these run in RE2.
    // "## L2 aaa…a!" is no level and "Reach: aaa…a!" no field.
    const a = 'a'.repeat(60);
    const pages = read(
      'Design/Designer.md',
      ['# Designer', '', `## L1 ${a}`, '', `Scope: ${a}`, '', `Reach: ${a}!`, '', `## L2 ${a}!`, ''].join(
        '\n',
      ),
      {
        extends: 'headings-per-level',
        ladder: {
          levels: { in: 'heading', depth: 2, pattern: String.raw`^(?<label>L(?<number>\d)) (a+)+$` },
          fields: [{ from: 'pattern', pattern: String.raw`^(?<label>\w+): (?<value>(a+)+)$` }],
        },
      },
    );
    expect(
      pages.map((page) => [
        page.level?.label,
        page.metadata.map((field) => [field.label, field.value.length, field.valuePosition?.start.line]),
      ]),
    ).toEqual([['L1', [['Scope', 60, 5]]]]);
  });

  test('in a level pattern, \\s takes in a no-break space and \\u00A0 is that character, as in JavaScript', () => {
    expect(
      levelReader({ pattern: String.raw`^(?<label>Level\s(?<number>\d))` })('Level\u00a03 Lead')?.level.label,
    ).toBe('Level\u00a03');
    expect(
      levelReader({ pattern: String.raw`^(?<label>Level\u00A0(?<number>\d))` })('Level\u00a03')?.level.major,
    ).toBe(3);
    expect(levelReader({ pattern: String.raw`^(?<label>L(?<number>\d))\S` })('L3\u00a0Lead')).toBeUndefined();
  });
});

describe('progression in a file of levels', () => {
  test('a step that goes down is reported on its bullet, naming the level, not a page', async () => {
    const { lintTexts } = await import('../src/engine/lint.ts');
    const { ruleNames } = await import('../src/rule-api/registry.ts');
    const rules = Object.fromEntries(ruleNames.map((name) => [name, 'off' as const]));
    const config = mergeConfig(
      {
        extends: 'headings-per-level',
        ladder: { fields: [{ from: 'steps' }], template: 'level' },
        templates: { level: { sections: [], metadata: { fields: [{ label: 'People', scale: 'people' }] } } },
        scales: {
          people: {
            kind: 'ranks',
            ranks: [
              { name: 'Learns', phrases: ['Learns'] },
              { name: 'Mentors', phrases: ['Mentors'] },
            ],
          },
        },
        rules: { ...rules, 'ladder-progression': 'error' },
      },
      '',
      [],
    );
    const text =
      '# Developer\n\n## D1 - Developer 1\n\n* **Mentors**: mentors others\n\n## D3 - Developer 3\n\n* **Learns**: learns from others\n';
    const run = await lintTexts([{ path: 'Developer.md', text }], { config, cwd: '/ladder' });
    expect(
      run.results[0]?.messages.map((message) => `${message.line}:${message.column} ${message.message}`),
    ).toEqual([
      '9:5 People "Learns" (D3) is lower than "Mentors" at D1, the nearest level below (this track has no D2 level) (Developer.md:5). A higher level should not ask for less than the level below: raise this value.',
    ]);
  });
});

describe('configured tracks', () => {
  // The model gives each page its track: the engine and the remark preset only read it.
  const readIn = (path: string, text: string, config: LadderLintConfig, base = '') => {
    const file = new VFile({ path, value: text, cwd: '/ladder' });
    return readLadderFile(parseMarkdown(file), file, path, mergeConfig(config, base, [])).map((page) => [
      page.kind,
      page.track,
    ]);
  };
  const tracks: LadderLintConfig['tracks'] = [
    { name: 'platform', files: ['**/*Platform-Engineer.md'] },
    { name: 'data', title: 'Data Engineer$' },
  ];

  test('a page is in the track whose files glob its path from the working directory matches', () => {
    expect(
      readIn('Seniors/L3-Senior-Platform-Engineer.md', '# L3: Senior Platform Engineer\n', { tracks }),
    ).toEqual([['level', 'platform']]);
  });

  test('a page is in the track whose title pattern its title matches', () => {
    expect(readIn('Seniors/L3-Senior-Data-Engineer.md', '# L3: Senior Data Engineer\n', { tracks })).toEqual([
      ['level', 'data'],
    ]);
  });

  test('a page no configured track claims keeps its folder, and a glob is read from its track’s folder', () => {
    expect(readIn('Seniors/L3-Senior-Designer.md', '# L3: Senior Designer\n', { tracks })).toEqual([
      ['level', 'Seniors'],
    ]);
    const fromOtherFolder = [{ name: 'platform', files: ['*.md'] }];
    expect(
      readIn('Seniors/L3-Senior-Platform-Engineer.md', '# L3\n', { tracks: fromOtherFolder }, '/elsewhere'),
    ).toEqual([['level', 'Seniors']]);
    expect(
      readIn(
        'Seniors/L3-Senior-Platform-Engineer.md',
        '# L3\n',
        { tracks: fromOtherFolder },
        '/ladder/Seniors',
      ),
    ).toEqual([['level', 'platform']]);
  });

  test('a page that holds no level is claimed by its track too', () => {
    expect(
      readIn('Platform/README.md', '# Platform\n\nThe levels.\n', {
        tracks: [{ name: 'p', files: ['Platform/*.md'] }],
      }),
    ).toEqual([['other', 'p']]);
  });
});

test('a section of 150,000 bullets is read whole, without overflowing the call stack', () => {
  // Parsing such a page takes seconds, so one parsed bullet stands for all of them.
  const text = '# L3: Engineer\n\n## Scope\n\n- Owns it.\n';
  const file = new VFile({ path: 'team/L3-Engineer.md', value: text });
  const tree = parseMarkdown(file);
  const list = tree.children.at(-1) as List;
  list.children = Array.from({ length: 150_000 }, () => structuredClone(list.children[0]!));
  const [page] = readLadderFile(tree, file, 'team/L3-Engineer.md', mergeConfig({}, '', []));
  expect(page?.sections.map((section) => [section.name, section.bullets.length])).toEqual([
    ['Scope', 150_000],
  ]);
});
