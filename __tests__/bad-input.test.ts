import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from '@jest/globals';
import { mergeConfig } from '../src/config/load-config.ts';
import { lintTexts } from '../src/engine/lint.ts';
import { definePageRule, defineTrackRule } from '../src/rule-api/define-rule.ts';
import { pageRules, trackRules } from '../src/rule-api/registry.ts';
import { cliJson } from './helpers/cli.ts';

function messagesByFile(results: Awaited<ReturnType<typeof cliJson>>['results']) {
  return results.map((result) => [
    result.filePath,
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  ]);
}

test('a file that cannot be checked is one finding on that file, and the others are still checked', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-bad-'));
  writeFileSync(join(root, 'L1-Binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  writeFileSync(join(root, 'L2-Latin1.md'), Buffer.from('# L2: Caf\xe9 Engineer\n', 'latin1'));
  writeFileSync(
    join(root, 'L3-Engineer.md'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# L3: Engineer\n', 'utf16le')]),
  );
  writeFileSync(join(root, 'L5-Fine.md'), '# L5: Fine\n');
  const { code, results } = await cliJson(['.'], root);
  expect(messagesByFile(results)).toEqual([
    [
      'L1-Binary.md',
      [
        'file-unreadable: This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore.',
      ],
    ],
    [
      'L2-Latin1.md',
      [
        'file-unreadable: This file is not valid UTF-8 text, so some characters would show as �. Save it with UTF-8 encoding.',
      ],
    ],
    // UTF-16 is read; its byte-order mark is reported, as for UTF-8 (ladder-typography).
    [
      'L3-Engineer.md',
      [
        'ladder-typography: This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM.',
      ],
    ],
    ['L5-Fine.md', []],
  ]);
  expect(code).toBe(1);
});

test('a folder named like a page is one finding, whether found in a folder or given by name', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-bad-'));
  mkdirSync(join(root, 'L4-Folder.md'));
  writeFileSync(join(root, 'L5-Fine.md'), '# L5: Fine\n');
  const folderFinding = [
    'L4-Folder.md',
    [
      'file-unreadable: This is a folder, not a page, though its name ends in ".md". Rename it, or move its contents into a page.',
    ],
  ];
  expect(messagesByFile((await cliJson(['.'], root)).results)).toEqual([folderFinding, ['L5-Fine.md', []]]);
  expect(messagesByFile((await cliJson(['L4-Folder.md'], root)).results)).toEqual([folderFinding]);
});

test('an empty page, a 10 MB page, a symbolic link loop and a link to nothing: one finding each', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-bad-'));
  writeFileSync(join(root, 'L1-Empty.md'), ' \n\n');
  symlinkSync('L2-Loop.md', join(root, 'L2-Loop.md'));
  symlinkSync('missing.md', join(root, 'L3-Dangling.md'));
  writeFileSync(join(root, 'L4-Huge.md'), `# L4: Huge\n\n${'a'.repeat(10 * 1024 * 1024)}\n`);
  writeFileSync(join(root, 'L5-Fine.md'), '# L5: Fine\n');
  symlinkSync('L5-Fine.md', join(root, 'L6-Alias.md'));
  writeFileSync(join(root, 'L7-Data.md'), `# L7: Data\n\n${'**a** '.repeat(2500)}\n`);
  mkdirSync(join(root, 'nested'));
  // A link back up the tree: the walk must not follow it round and round.
  symlinkSync('..', join(root, 'nested', 'up'));
  const { results } = await cliJson(['.'], root);
  expect(messagesByFile(results)).toEqual([
    [
      'L1-Empty.md',
      ['empty-page: This page is empty. Write the page, or delete the file if it is not needed.'],
    ],
    [
      'L2-Loop.md',
      [
        'file-unreadable: This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it.',
      ],
    ],
    [
      'L3-Dangling.md',
      [
        'file-unreadable: This is a symbolic link to "missing.md", which does not exist. Point it at a page or delete it.',
      ],
    ],
    [
      'L4-Huge.md',
      [
        'file-unreadable: This file is 10.0 MB, more than the 5 MB a ladder page can be; it was not checked. Split it or add it to .ladderlintignore.',
      ],
    ],
    ['L5-Fine.md', []],
    // A link to a page is checked as the page it shows, under the link's name.
    [
      'L6-Alias.md',
      [
        'ladder-title: The title says L5 but the file name says L6. Change one so that both name the same level.',
        'ladder-title: The title names the role "Fine" but the file name says "Alias". Rename the file or change the title so they agree.',
      ],
    ],
    // Markdown parsing is quadratic on some such input: no ladder page has a line this long.
    [
      'L7-Data.md',
      [
        "file-unreadable: Line 3 is 15000 characters long, more than the 5000 a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.",
      ],
    ],
  ]);
});

const throwingRuleName = 'test-rule-that-throws';

afterEach(() => {
  const pageIndex = pageRules.findIndex((rule) => rule.meta.id === throwingRuleName);
  if (pageIndex >= 0) pageRules.splice(pageIndex, 1);
  const trackIndex = trackRules.findIndex((rule) => rule.meta.id === throwingRuleName);
  if (trackIndex >= 0) trackRules.splice(trackIndex, 1);
});

const pages = [
  { path: 'team/L1-Engineer.md', text: '# L1: Engineer\n\nRead the the page.\n' },
  { path: 'team/L2-Engineer.md', text: '# L2: Engineer\n' },
];

function configWith(rules: Record<string, 'warn' | 'error' | 'off'>) {
  return mergeConfig({ rules }, '', []);
}

test('a page rule that throws is an internal error naming the rule, on that file; the other rules still run', async () => {
  pageRules.push(
    definePageRule(
      { id: throwingRuleName, description: 'Throws on L1 pages.', defaultSeverity: 'off', scope: 'page' },
      (_tree, file) => {
        if (String(file.path).includes('L1')) throw new TypeError('Cannot read properties of undefined');
      },
    ),
  );
  const run = await lintTexts(pages, {
    config: configWith({ [throwingRuleName]: 'warn', 'ladder-doubled-word': 'error' }),
  });
  const first = run.results[0]?.messages.map(({ ruleId, severity, line, message }) => ({
    ruleId,
    severity,
    line,
    message,
  }));
  expect(first).toEqual([
    {
      ruleId: 'internal-error',
      severity: 2,
      line: 1,
      message:
        'ladder-lint failed inside the test-rule-that-throws rule on this file and could not finish that check: Cannot read properties of undefined. The other checks still ran. Please report this to ladder-lint with the file attached.',
    },
    expect.objectContaining({ ruleId: 'ladder-doubled-word', line: 3 }),
  ]);
  expect(run.results[1]?.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([]);
});

test('a cross-page rule that throws is an internal error on each page it was checking', async () => {
  trackRules.push(
    defineTrackRule(
      { id: throwingRuleName, description: '', defaultSeverity: 'off', scope: 'track' },
      {
        check() {
          throw new Error('no pages');
        },
      },
    ),
  );
  const run = await lintTexts(pages, {
    config: configWith({ [throwingRuleName]: 'error', 'ladder-doubled-word': 'off' }),
  });
  expect(run.results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([
    ['internal-error'],
    ['internal-error'],
  ]);
  expect(run.results[0]?.messages[0]?.message).toContain('the test-rule-that-throws rule');
});

test('a cross-page rule that collects what cannot be kept is an internal error naming it; the run goes on', async () => {
  trackRules.push(
    defineTrackRule(
      { id: throwingRuleName, description: '', defaultSeverity: 'off', scope: 'track' },
      { collect: () => ({ later: () => 'a function cannot be copied' }), check() {} },
    ),
  );
  const run = await lintTexts(pages, {
    config: configWith({ [throwingRuleName]: 'error', 'ladder-doubled-word': 'error' }),
  });
  expect(run.results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([
    ['internal-error', 'ladder-doubled-word'],
    ['internal-error'],
  ]);
  expect(run.results[0]?.messages[0]?.message).toContain('the test-rule-that-throws rule');
});
