import { describe, expect, test } from '@jest/globals';
import { lintTexts } from '../src/engine/lint.ts';
import { frontMatterRange, readYamlLadder } from '../src/model/yaml-ladder.ts';
import { onlyRule } from './helpers/config.ts';

// A small framework in the shape of Monzo's progression framework, written for these tests.
const framework = [
  '---',
  'path: "/platform"',
  'title: "🛠 Platform Engineering"',
  'levels: 3',
  'topics:',
  '  - name: "delivery"',
  '    title: "🚚 Delivery"',
  '    content:',
  '      - level: 1',
  '        criteria:',
  '          - "Ships small changes with help"',
  '          - Asks for review early',
  '        exampleCriteria:',
  '          - criteria: "Breaks work into tasks"',
  '            examples:',
  '              - "Split the \\"logs\\" migration in three"',
  '      - level: 2',
  '        criteria:',
  '          - "Ships features on their own"',
  '  - name: "mentoring"',
  '    title:',
  '    content:',
  '      - level: 2',
  '        criteria:',
  "          - 'Pairs with newer engineers'",
  '      - level: 3',
  '        criteria:',
  '          - |',
  '            Coaches the team',
  '            through incidents',
  '---',
  '',
  'Body text.',
  '',
].join('\n');

const slice = (source: string, span: { offset: number; endOffset: number }) =>
  source.slice(span.offset, span.endOffset);
const lineOf = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

describe('frontMatterRange', () => {
  test('is the YAML between the fences, also empty, and absent without an opening fence', () => {
    const range = frontMatterRange('---\na: 1\n---\n# Title\n');
    expect(range).toEqual({ start: 4, end: 9 });
    expect(frontMatterRange('---\n---\n')).toEqual({ start: 4, end: 4 });
    expect(frontMatterRange('# Title\n---\na: 1\n---\n')).toBeUndefined();
    expect(frontMatterRange('---\na: 1\n')).toBeUndefined();
    expect(frontMatterRange('\uFEFF---\r\na: 1\r\n---\r\n')).toEqual({ start: 6, end: 12 });
  });
});

describe('readYamlLadder', () => {
  test('is undefined for a page without front matter', () => {
    expect(readYamlLadder('# L2: Platform Engineer\n')).toBeUndefined();
  });

  test('reads the title, the declared count and the levels in ascending order with their topics', () => {
    const ladder = readYamlLadder(framework)!;
    expect(ladder.errors).toEqual([]);
    expect(ladder.title?.text).toBe('🛠 Platform Engineering');
    expect(slice(framework, ladder.title!)).toBe('🛠 Platform Engineering');
    expect(ladder.declaredCount?.value).toBe(3);
    expect(slice(framework, ladder.declaredCount!)).toBe('3');
    expect(ladder.levels.map((level) => [level.level, level.topics.map((topic) => topic.name)])).toEqual([
      [1, ['delivery']],
      [2, ['delivery', 'mentoring']],
      [3, ['mentoring']],
    ]);
    const [first] = ladder.levels;
    expect(slice(framework, first!)).toMatch(/^level: 1\n {8}criteria:/);
  });

  test('reads criteria from both keys, each with the topic it is under and its exact text in the file', () => {
    const ladder = readYamlLadder(framework)!;
    const criteria = ladder.levels.map((level) =>
      level.criteria.map((criterion) => [criterion.topic, criterion.text, slice(framework, criterion)]),
    );
    expect(criteria).toEqual([
      [
        ['delivery', 'Ships small changes with help', 'Ships small changes with help'],
        ['delivery', 'Asks for review early', 'Asks for review early'],
        ['delivery', 'Breaks work into tasks', 'Breaks work into tasks'],
      ],
      [
        ['delivery', 'Ships features on their own', 'Ships features on their own'],
        ['mentoring', 'Pairs with newer engineers', 'Pairs with newer engineers'],
      ],
      [
        [
          'mentoring',
          'Coaches the team\nthrough incidents\n',
          'Coaches the team\n            through incidents',
        ],
      ],
    ]);
    expect(lineOf(framework, ladder.levels[2]!.criteria[0]!.offset)).toBe(29);
  });

  test('follows the keys the configuration names', () => {
    const source = [
      '---',
      'name: Support',
      'steps: 1',
      'areas:',
      '  - name: care',
      '    rungs:',
      '      - rung: 1',
      '        expectations: ["Answers tickets kindly"]',
      '---',
      '',
    ].join('\n');
    const ladder = readYamlLadder(source, {
      in: 'yaml',
      key: 'rung',
      titleKey: 'name',
      topics: 'areas',
      content: 'rungs',
      criteria: ['expectations'],
      count: 'steps',
    })!;
    expect(ladder.title?.text).toBe('Support');
    expect(ladder.declaredCount?.value).toBe(1);
    expect(ladder.levels.map((level) => level.criteria.map((criterion) => slice(source, criterion)))).toEqual(
      [['Answers tickets kindly']],
    );
    // Another layout's keys are not the YAML ladder's: the defaults apply.
    expect(readYamlLadder(source, { in: 'front-matter', key: 'rung' })?.levels).toEqual([]);
  });

  test('lists the prose texts: values of several words, inside their quotes, without escapes or keys', () => {
    const ladder = readYamlLadder(framework)!;
    const prose = ladder.prose.map((span) => slice(framework, span));
    expect(prose).toContain('🛠 Platform Engineering');
    expect(prose).toContain('Asks for review early');
    expect(prose).toContain('Pairs with newer engineers');
    expect(prose).toContain('Coaches the team\n            through incidents');
    // `\"` is how the file spells a quote: the text on both sides is prose, the escape is not.
    expect(prose).toEqual(expect.arrayContaining(['Split the ', 'logs', ' migration in three']));
    // Paths, single words and keys are not prose.
    expect(prose).not.toContain('/platform');
    expect(prose).not.toContain('delivery');
    expect(prose.some((text) => text.includes('exampleCriteria'))).toBe(false);
  });

  test('a tab that indents a line, also after "-", is an error on that line; the rest is still read', () => {
    const source = framework.replace(
      '          - Asks for review early',
      '          -\tAsks for review early',
    );
    const ladder = readYamlLadder(source)!;
    expect(ladder.errors).toEqual([
      {
        offset: source.indexOf('\t'),
        endOffset: source.indexOf('\t') + 1,
        reason:
          'A tab is used to indent this line; YAML allows only spaces, so the whole front matter cannot be read. Replace the tab with spaces.',
      },
    ]);
    expect(lineOf(source, ladder.errors[0]!.offset)).toBe(12);
    expect(ladder.levels.map((level) => level.level)).toEqual([1, 2, 3]);

    const leading = framework.replace(
      '      - level: 2\n        criteria:\n          - "Ships',
      '      - level: 2\n        criteria:\n\t  - "Ships',
    );
    const errors = readYamlLadder(leading)!.errors;
    expect(errors.map((error) => [lineOf(leading, error.offset), error.reason.slice(0, 33)])).toEqual([
      [19, 'A tab is used to indent this line'],
    ]);
  });

  test('an empty count or level is not read as level 0; a quoted number is a number', () => {
    const source =
      '---\nlevels:\ntopics:\n  - name: care\n    content:\n      - level:\n      - level: "2"\n---\n';
    const ladder = readYamlLadder(source)!;
    expect(ladder.declaredCount).toBeUndefined();
    expect(ladder.levels.map((level) => level.level)).toEqual([2]);
  });

  test('a tab inside a text is not an error', () => {
    expect(readYamlLadder('---\ntitle: "A\ttabbed title"\nnotes: |\n  one\ttwo\n---\n')!.errors).toEqual([]);
  });

  test('other parser errors are in plain words, at the place to fix', () => {
    const unclosed = '---\ntitle: "Platform\nlevels: 3\n---\n';
    expect(readYamlLadder(unclosed)!.errors.map((error) => [slice(unclosed, error), error.reason])).toEqual([
      [
        '"Platform',
        'This text starts with " but is never closed, so the front matter after it is read as part of the text. Add the closing " where the text ends.',
      ],
    ]);
    const twice = '---\ntitle: One\ntitle: Two\n---\n';
    expect(readYamlLadder(twice)!.errors.map((error) => [lineOf(twice, error.offset), error.reason])).toEqual(
      [[3, '"title" is given twice here, and only one of the two values can be kept. Remove one of them.']],
    );
    const comment = '---\ntitle: "One"#note\n---\n';
    expect(readYamlLadder(comment)!.errors.map((error) => error.reason)).toEqual([
      'The front matter cannot be read from here: Comments must be separated from other tokens by white space characters.',
    ]);
  });

  test('CRLF line endings and a byte-order mark keep offsets exact', () => {
    const source = `\uFEFF${framework.replaceAll('\n', '\r\n')}`;
    const ladder = readYamlLadder(source)!;
    expect(ladder.errors).toEqual([]);
    expect(
      ladder.levels.flatMap((level) => level.criteria.map((criterion) => slice(source, criterion))),
    ).toEqual([
      'Ships small changes with help',
      'Asks for review early',
      'Breaks work into tasks',
      'Ships features on their own',
      'Pairs with newer engineers',
      'Coaches the team\r\n            through incidents',
    ]);
    expect(slice(source, ladder.declaredCount!)).toBe('3');
  });
});

describe('YAML criteria are prose for the text rules', () => {
  const page = [
    '---',
    'title: "Platform Engineering"',
    'levels: 1',
    'topics:',
    '  - name: "delivery"',
    '    content:',
    '      - level: 1',
    '        criteria:',
    '          - "Proactivley shares what they learn"',
    '          - "Reviews the the changes of their team"',
    '---',
    '',
    'The framework.',
    '',
  ].join('\n');

  test('a misspelling inside a criterion is reported by ladder-spelling at its line and column', async () => {
    const run = await lintTexts([{ path: 'frameworks/platform.md', text: page }], {
      config: onlyRule('ladder-spelling'),
    });
    expect(
      run.results[0]?.messages.map((message) => [
        message.line,
        message.column,
        message.endLine,
        message.endColumn,
        message.message.slice(0, 30),
      ]),
    ).toEqual([[9, 14, 9, 25, '"Proactivley" looks misspelled']]);
  });

  test('a doubled word inside a criterion is reported by ladder-doubled-word', async () => {
    const run = await lintTexts([{ path: 'frameworks/platform.md', text: page }], {
      config: onlyRule('ladder-doubled-word'),
    });
    expect(
      run.results[0]?.messages.map(
        (message) =>
          `${message.line}:${message.column}-${message.endLine}:${message.endColumn}: ${message.message}`,
      ),
    ).toEqual(['10:22-10:29: "the" is written twice in a row. Remove one of them.']);
  });
});
