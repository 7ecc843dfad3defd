// Pages built to be slow or deep (issue 19, item 5): what each is reported as, never how long it
// takes (bench/pathological.ts times them). Each input here once took minutes or overflowed the stack.
import { expect, test } from '@jest/globals';
import fc from 'fast-check';
import { location } from 'vfile-location';
import { VFile } from 'vfile';
import { pathologicalPages } from '../bench/pathological-pages.ts';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { unparseableReason } from '../src/engine/read-text.ts';
import { pageAnchors } from '../src/model/anchors.ts';
import { parseMarkdown } from '../src/model/parse.ts';
import { ruleNames } from '../src/rule-api/registry.ts';
import { positions } from '../src/text/positions.ts';
import { onlyRule } from './helpers/config.ts';

const everyRule = mergeConfig(
  { rules: Object.fromEntries(ruleNames.map((name) => [name, 'error' as const])) },
  '',
  [],
);

const findings = (run: Awaited<ReturnType<typeof lintTexts>>) =>
  run.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.message}`,
    ),
  );

test('positions places every offset where vfile-location does, CR, LF and CRLF alike', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', '\n\r'), { maxLength: 30 }),
      (parts) => {
        const text = parts.join('');
        const ours = positions(text);
        const theirs = location(text);
        for (let offset = -1; offset <= text.length + 1; offset++)
          expect(ours.toPoint(offset)).toEqual(theirs.toPoint(offset));
      },
    ),
    { numRuns: 300 },
  );
});

test("a page's anchors are gathered once, however many links ask for them", () => {
  const tree = parseMarkdown(new VFile({ value: '# One\n\n## Two\n\n[a](#x) [b](#y)\n' }));
  const first = pageAnchors(tree);
  expect([...first]).toEqual(['one', 'two']);
  expect(pageAnchors(tree)).toBe(first);
});

test('`- ` two thousand times on one line is one finding, not six internal errors', async () => {
  const text = pathologicalPages['dash-line']?.(4_200) ?? '';
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], { config: everyRule });
  expect(findings(run)).toEqual([
    "1:1-1:1 file-unreadable Line 7 starts with more than 100 characters of indentation, quote marks (>) and list markers, so its lists or quotes nest deeper than a ladder page's can; this file was not checked. Indent it less, or add the file to .ladderlintignore.",
  ]);
});

test('quote marks thousands deep are one finding on the first line too deep', async () => {
  const text = pathologicalPages['nested-quotes']?.(300_000) ?? '';
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], { config: everyRule });
  expect(findings(run)).toEqual([
    "1:1-1:1 file-unreadable Line 106 starts with more than 100 characters of indentation, quote marks (>) and list markers, so its lists or quotes nest deeper than a ladder page's can; this file was not checked. Indent it less, or add the file to .ladderlintignore.",
  ]);
});

test.each([
  [
    'nested-lists',
    40_000,
    '1:1-1:1 file-unreadable By line 2156 this file has 1075 lists or quotes inside list items, more than a page of its size can have: the time to read them grows with the square of their number, so this file was not checked. Split the page into smaller ones or flatten its lists, or add the file to .ladderlintignore.',
  ],
  [
    'quotes-in-items',
    40_000,
    '1:1-1:1 file-unreadable By line 1008 this file has 1002 lists or quotes inside list items, more than a page of its size can have: the time to read them grows with the square of their number, so this file was not checked. Split the page into smaller ones or flatten its lists, or add the file to .ladderlintignore.',
  ],
  [
    'long-paragraph',
    40_000,
    '1:1-1:1 file-unreadable This file has runs of lines with no blank line, heading or bullet between them that are too long for its size, or too full of the characters * _ ~ [ ]; the worst is lines 7 to 13308. The Markdown parser reads a paragraph like that in time that grows with the square of its length, and from its lines alone there is no telling it from a table, so this file was not checked. Put blank lines between its paragraphs, split its tables, or add the file to .ladderlintignore.',
  ],
  [
    'short-bullets',
    100_000,
    '1:1-1:1 file-unreadable This file has 24979 lines of text, 0 table bars (|) and 4 emphasis and link characters (* _ ~ [ ]): 24983 in all, more than the 4000 a page of its size can hold (a ladder page has a few hundred). The Markdown parser would take seconds on it, so it was not checked. It looks like generated data: split it into smaller pages, or add it to .ladderlintignore.',
  ],
  [
    'closing-stars',
    20_000,
    '1:1-1:1 file-unreadable This file has runs of lines with no blank line, heading or bullet between them that are too long for its size, or too full of the characters * _ ~ [ ]; the worst is lines 7 to 333. The Markdown parser reads a paragraph like that in time that grows with the square of its length, and from its lines alone there is no telling it from a table, so this file was not checked. Put blank lines between its paragraphs, split its tables, or add the file to .ladderlintignore.',
  ],
  [
    'tall-table',
    100_000,
    '1:1-1:1 file-unreadable This file has runs of lines with no blank line, heading or bullet between them that are too long for its size, or too full of the characters * _ ~ [ ]; the worst is lines 7 to 4817. The Markdown parser reads a paragraph like that in time that grows with the square of its length, and from its lines alone there is no telling it from a table, so this file was not checked. Put blank lines between its paragraphs, split its tables, or add the file to .ladderlintignore.',
  ],
])(
  '%s (%i characters), which the parser would take seconds on, is one finding',
  async (name, size, finding) => {
    const text = pathologicalPages[name]?.(size) ?? '';
    const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], { config: everyRule });
    expect(findings(run)).toEqual([finding]);
  },
);

test('a page nesting lists as often as the most nested real ladder is parsed', async () => {
  // Monzo's data.md: 218 nested bullets in 21 KB; this 20 KB page has three times as many.
  const text = pathologicalPages['nested-lists']?.(20_000) ?? '';
  const nested = text.split('\n').filter((line) => line.startsWith('  - ')).length;
  expect(nested / text.length).toBeGreaterThan((3 * 218) / 21_499);
  const run = await lintTexts([{ path: 'team/L3-Senior-Engineer.md', text }], {
    config: onlyRule('ladder-title'),
  });
  expect(findings(run)).toEqual([]);
});

test('a line separator (U+2028) is text to the parser, so it neither blanks a line nor ends a heading', () => {
  const line = (start: string) => `${start}wo! wo! wo! wo! wo! wo! wo! a!`;
  for (const start of ['\u2028', '#\u2028', '\u2029']) {
    const oneParagraph = `# L3: Engineer\n\n${Array.from({ length: 3_000 }, () => line(start)).join('\n')}\n`;
    expect(unparseableReason(oneParagraph)).toMatch(
      /^This file has runs of lines with no blank line, heading or bullet between them .* the worst is lines 3 to 3002\./,
    );
    const paragraphs = `# L3: Engineer\n\n${Array.from({ length: 3_000 }, () => line(start)).join('\n\n')}\n`;
    expect(unparseableReason(paragraphs)).toBeUndefined();
  }
});

test('a table of 800 rows, seven times the longest run of lines in a real ladder, is checked', async () => {
  // Monzo's web.md: 112 lines with no blank line, heading or bullet between them, in 8 KB.
  const text = pathologicalPages['tall-table']?.(16_000) ?? '';
  expect(text.split('\n').filter((line) => line.startsWith('| L')).length).toBeGreaterThanOrEqual(800);
  const run = await lintTexts([{ path: 'team/L3-Senior-Engineer.md', text }], {
    config: onlyRule('ladder-title'),
  });
  expect(findings(run)).toEqual([]);
});

test('lists nested as deep as a page may go are checked by every rule without a crash', async () => {
  const deepest = `${'- '.repeat(50)}deep\n${'>'.repeat(99)} quoted\n${' '.repeat(98)}- indented\n`;
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text: `# L3: Engineer\n\n${deepest}` }], {
    config: everyRule,
  });
  expect(findings(run).filter((finding) => /internal-error|file-unreadable/.test(finding))).toEqual([]);
});

test('a page of two hundred thousand emoji is checked for their style without an internal error', async () => {
  const text = `# L3: Engineer\n\n## Scope :owl:\n\n${`${'🦉'.repeat(40)}\n\n`.repeat(5_000)}`;
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], {
    config: onlyRule('ladder-emoji-style'),
  });
  expect(findings(run)).toEqual([
    '3:10-3:15 ladder-emoji-style ":owl:" is written as a shortcode, but the rest of the ladder writes the emoji itself (200000 times, first at team/L3-Engineer.md:5). Write "🦉" instead.',
  ]);
  // In a heading, where writing it the other way moves the heading's link anchor: a suggestion.
  const [message] = run.results.flatMap((result) => result.messages);
  expect(message?.fix).toBeUndefined();
  expect(message?.suggestions?.[0]?.fix).toEqual({ range: [25, 30], text: '🦉' });
});

test('the same word in two table cells is not a doubled word; in one cell it is', async () => {
  const text =
    '# L2: Platform Engineer\n\n| Mentors | Reviews | Notes |\n| --- | --- | --- |\n| Yes | Yes | the the end |\n';
  const run = await lintTexts([{ path: 'L2-Platform-Engineer.md', text }], {
    config: onlyRule('ladder-doubled-word'),
  });
  expect(findings(run)).toEqual([
    '5:15-5:22 ladder-doubled-word "the" is written twice in a row. Remove one of them.',
  ]);
});

test('a wide table of the same answer has no doubled-word finding', async () => {
  const text = pathologicalPages['wide-table']?.(20_000) ?? '';
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], {
    config: onlyRule('ladder-doubled-word'),
  });
  expect(findings(run)).toEqual([]);
});

test('a placeholder on every line is listed twenty times, then counted in one finding', async () => {
  const text = `# L3: Engineer\n\n${Array.from({ length: 100 }, (_, index) => `- TODO ${index}\n`).join('')}`;
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], {
    config: onlyRule('ladder-placeholder'),
  });
  const messages = findings(run);
  expect(messages).toHaveLength(21);
  expect(messages[19]).toBe(
    '22:3-22:10 ladder-placeholder "TODO" is a placeholder left in the page. Write the text it stands for, or remove it.',
  );
  expect(messages[20]).toBe(
    '23:3-23:10 ladder-placeholder "TODO" is left in the page 80 more times after the 20 listed, starting here. Write the text each stands for, or remove them.',
  );
});

test('only the first ten different misspelled words of a page get suggestions', async () => {
  const typos = ['acheive', 'recieve', 'seperate', 'occured', 'definately', 'accomodate', 'untill', 'wich'];
  const more = ['beleive', 'tommorow', 'goverment', 'existance'];
  const text = `# L3: Engineer\n\n${[...typos, ...more].map((typo) => `- I ${typo} it.\n`).join('')}`;
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], {
    config: onlyRule('ladder-spelling'),
  });
  const messages = run.results[0]?.messages ?? [];
  expect(messages.map((message) => message.message.split(';')[0]?.split('.')[0])).toEqual([
    ...[...typos, ...more].slice(0, 10).map((typo) => `"${typo}" looks misspelled`),
    '"goverment" looks misspelled',
    '"existance" looks misspelled',
  ]);
  expect(messages.map((message) => (message.suggestions?.length ?? 0) > 0)).toEqual([
    ...Array(10).fill(true),
    false,
    false,
  ]);
});

test('a page with more than a hundred misspelled words lists a hundred, without suggestions, and counts the rest', async () => {
  // Typos that have suggestions on a page of made-up words, each different: more likely a page
  // in another language than one full of typos.
  const typos = ['acheive', 'recieve', 'seperate', 'occured', 'definately'];
  const text = `# L3: Engineer\n\n${typos.map((typo) => `I ${typo} it.\n\n`).join('')}${(pathologicalPages['unknown-words']?.(6_000) ?? '').replace(/^[^]*?## .*\n\n/, '')}`;
  const run = await lintTexts([{ path: 'team/L3-Engineer.md', text }], {
    config: onlyRule('ladder-spelling'),
  });
  const messages = run.results[0]?.messages ?? [];
  expect(messages).toHaveLength(101);
  expect(messages.slice(0, 100).filter((message) => (message.suggestions?.length ?? 0) > 0)).toEqual([]);
  expect(findings(run)[0]).toBe(
    '3:3-3:10 ladder-spelling "acheive" looks misspelled. If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.',
  );
  expect(findings(run).at(-1)).toBe(
    '119:11-119:11 ladder-spelling 96 more words on this page look misspelled and are not listed one by one. Is the page written in en-US? Set "spelling.language" in the ladder-lint config if not.',
  );
});
