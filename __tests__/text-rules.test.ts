import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { lintFiles, lintTexts } from '../src/engine/lint.ts';
import { onlyRule } from './helpers/config.ts';

const findings = (run: Awaited<ReturnType<typeof lintTexts>>) =>
  run.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.message} ${JSON.stringify(message.expected)}`,
    ),
  );

test('invisible characters are found in prose and code alike, non-breaking spaces in prose only', async () => {
  const text =
    '# L2: Platform Engineer\n\n- Zero\u200Bwidth and non\u00A0breaking, a mark\uFEFFhere.\n- Code keeps `a\u00A0b`.\n';
  const run = await lintTexts([{ path: 'L2-Platform-Engineer.md', text }], {
    config: onlyRule('ladder-mojibake'),
  });
  expect(findings(run)).toEqual([
    '3:7-3:8 An invisible zero-width space (U+200B) is here. It breaks search and spell checking. Delete it. [""]',
    '3:21-3:22 A non-breaking space is here instead of an ordinary one (usually pasted from a document or web page). It stops the line from wrapping and search from matching. Replace it with a space. [" "]',
    '3:38-3:39 An invisible byte-order mark (U+FEFF) is here, in the middle of the page (usually from joining two files). It breaks search and spell checking. Delete it. [""]',
  ]);
});

test('words from a cspell.json the repository already has, and cspell comments in a page, are used', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-cspell-'));
  mkdirSync(join(root, 'Platform'));
  writeFileSync(join(root, 'cspell.json'), JSON.stringify({ version: '0.2', words: ['Octonauts'] }));
  writeFileSync(
    join(root, 'Platform', 'L2-Platform-Engineer.md'),
    '# L2: Platform Engineer\n\n<!-- cspell:ignore Bugcrowd -->\n\n- I welcome Octonauts and triage Bugcrowd and Zorblax reports.\n',
  );
  const run = await lintFiles(['.'], { cwd: root, config: onlyRule('ladder-spelling') });
  expect(run.results[0]?.messages.map((message) => /^"([^"]+)"/.exec(message.message)?.[1])).toEqual([
    'Zorblax',
  ]);
});

test('pages of one configuration share one spell checker, so dictionaries load once per run', async () => {
  const { spellCheckerFor } = await import('../src/text/spelling.ts');
  const spelling = { language: 'en-US', words: ['Octonauts'], ignoreWords: [] };
  const first = await spellCheckerFor('/ladder/Platform/L2-Platform-Engineer.md', spelling);
  expect(await spellCheckerFor('/ladder/Platform/L3-Senior-Platform-Engineer.md', { ...spelling })).toBe(
    first,
  );
  expect(
    await spellCheckerFor('/ladder/Platform/L2-Platform-Engineer.md', { ...spelling, words: [] }),
  ).not.toBe(first);
});

test("cspell's common misspellings keep working when read as a lookup: corrections first, always-wrong words flagged", async () => {
  const text = '# L2: Platform Engineer\n\n- We seperate concerns, and therefor ship.\n';
  const run = await lintTexts([{ path: 'L2-Platform-Engineer.md', text }], {
    config: onlyRule('ladder-spelling'),
  });
  expect(run.results[0]?.messages.map((message) => [message.line, message.column, message.expected])).toEqual(
    [
      [3, 6, ['separate']],
      [3, 29, ['therefore']],
    ],
  );
});

test('a suggestion is offered only when it is about two edits away or nearer, and once whatever its case', async () => {
  const text =
    '# L2: Platform Engineer\n\n- We triage Bugcrowd reports and fix Codefresh pipelines with Stovell.\n';
  const run = await lintTexts([{ path: 'L2-Platform-Engineer.md', text }], {
    config: onlyRule('ladder-spelling'),
  });
  expect(run.results[0]?.messages.map((message) => [message.message.slice(0, 40), message.expected])).toEqual(
    [
      ['"Bugcrowd" is not in the dictionary. If ', undefined],
      ['"Codefresh" is not in the dictionary. If', undefined],
      ['"Stovell" is not in the dictionary; did ', ['Stowell', 'Shovel']],
    ],
  );
});

test('an error in the spelling worker comes back to the page that asked, and the worker keeps serving', async () => {
  const { misspellingsOf } = await import('../src/text/spelling-service.ts');
  const spelling = { language: 'en-US', words: [], ignoreWords: [] };
  await expect(
    misspellingsOf('/ladder/L2.md', { ...spelling, words: null as never }, 'Hello', 10),
  ).rejects.toThrow(/not iterable/);
  expect(await misspellingsOf('/ladder/L2.md', spelling, 'We recieve', 10)).toEqual({
    misspellings: [{ offset: 3, word: 'recieve', suggestions: ['receive'] }],
  });
});

test('a replacement takes the capitals of the word it replaces, and keeps its own', async () => {
  const { withCapitalsOf } = await import('../src/text/match-case.ts');
  expect(withCapitalsOf('Recieve', 'receive')).toBe('Receive');
  expect(withCapitalsOf('recieve', 'receive')).toBe('receive');
  expect(withCapitalsOf('ORGANISATION', 'organization')).toBe('ORGANIZATION');
  expect(withCapitalsOf('Iphone', 'iPhone')).toBe('iPhone');
  expect(withCapitalsOf('githib', 'GitHub')).toBe('GitHub');
  expect(withCapitalsOf('A', 'an')).toBe('An');
});

test('a byte-order mark opening a file is reported once, and the page is read as if it were not there', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-bom-'));
  const page = '# L2: Platform Engineer\n\n- I am a humble, team-oriented  person.\n';
  writeFileSync(join(root, 'L2-Platform-Engineer.md'), `\uFEFF${page}`);
  writeFileSync(join(root, 'L3-Platform-Engineer.md'), page.replace('L2', 'L3'));
  const run = await lintFiles(['.'], { cwd: root, config: onlyRule('ladder-typography') });
  expect(run.results.map((result) => [result.filePath, findings({ ...run, results: [result] })])).toEqual([
    [
      'L2-Platform-Engineer.md',
      [
        '1:1-1:1 This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM. undefined',
        '3:18-3:40 There are 2 spaces in "team-oriented  person.". Write one: "team-oriented person.". ["team-oriented person."]',
      ],
    ],
    [
      'L3-Platform-Engineer.md',
      [
        '3:18-3:40 There are 2 spaces in "team-oriented  person.". Write one: "team-oriented person.". ["team-oriented person."]',
      ],
    ],
  ]);
});
