import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { cliJson } from './helpers/cli.ts';

test('a file that cannot be checked is one finding on that file, and the others are still checked', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-bad-'));
  writeFileSync(join(root, 'L1-Binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  writeFileSync(join(root, 'L2-Latin1.md'), Buffer.from('# L2: Caf\xe9 Engineer\n', 'latin1'));
  writeFileSync(
    join(root, 'L3-Engineer.md'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# L3: Engineer\n', 'utf16le')]),
  );
  mkdirSync(join(root, 'L4-Folder.md'));
  writeFileSync(join(root, 'L5-Fine.md'), '# L5: Fine\n');
  const { code, results } = await cliJson(['.'], root);
  expect(
    results.map((result) => [result.filePath, result.messages.map((message) => message.message)]),
  ).toEqual([
    [
      'L1-Binary.md',
      [
        'This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore.',
      ],
    ],
    [
      'L2-Latin1.md',
      ['This file is not valid UTF-8 text, so some characters would show as �. Save it with UTF-8 encoding.'],
    ],
    ['L3-Engineer.md', []],
    ['L5-Fine.md', []],
  ]);
  expect(results[0]?.messages[0]?.ruleId).toBe('file-unreadable');
  expect(code).toBe(1);
});
