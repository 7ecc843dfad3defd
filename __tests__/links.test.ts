import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { lintFiles } from '../src/engine/lint.ts';
import { onlyRule } from './helpers/config.ts';

test('anchors in a linked page are checked even when that page is not among the paths given', async () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-lint-links-'));
  mkdirSync(join(root, 'Guides'));
  mkdirSync(join(root, 'Support'));
  writeFileSync(join(root, 'Guides', 'Reviews.md'), '# Reviews\n\n## Calibration\n');
  writeFileSync(
    join(root, 'Support', 'L2-Support-Engineer.md'),
    '# L2: Support Engineer\n\n[ok](../Guides/Reviews.md#calibration) [bad](../Guides/Reviews.md#calibrations)\n',
  );
  const run = await lintFiles(['Support/L2-Support-Engineer.md'], {
    cwd: root,
    config: onlyRule('ladder-links'),
  });
  expect(run.results.map((result) => result.filePath)).toEqual(['Support/L2-Support-Engineer.md']);
  expect(run.results[0]?.messages).toEqual([
    {
      ruleId: 'ladder-links',
      severity: 1,
      message:
        'This link goes to "../Guides/Reviews.md#calibrations", but Reviews.md has no heading with that anchor. Link to one of its headings, or fix the anchor.',
      line: 3,
      column: 40,
      endLine: 3,
      endColumn: 80,
      expected: ['../Guides/Reviews.md#calibration'],
      // A person picks the anchor, so it is a suggestion; its fix replaces the anchor only.
      suggestions: [
        {
          desc: 'Link to "../Guides/Reviews.md#calibration".',
          fix: { range: [89, 102], text: '#calibration' },
        },
      ],
    },
  ]);
  const text = readFileSync(join(root, 'Support', 'L2-Support-Engineer.md'), 'utf8');
  expect(text.slice(89, 102)).toBe('#calibrations');
});
