import { expect, test } from '@jest/globals';
import { mergeConfig } from '../src/config/load-config.ts';
import type { Finding } from '../src/action/select.ts';
import { summaryMarkdown } from '../src/action/summary.ts';

const finding = (index: number): Finding => ({
  ruleId: 'ladder-spelling',
  severity: index % 3 === 0 ? 1 : 2,
  message: `"wrod${index}" looks misspelled | with a pipe <b>and HTML</b>`,
  line: index + 1,
  column: 1,
  endLine: index + 1,
  endColumn: 5,
  filePath: `team/L${(index % 4) + 1}-Engineer.md`,
  scope: 'changed-line',
});

test('a summary over its budget keeps the counts, trims the findings table and says so', () => {
  const reported = Array.from({ length: 500 }, (_, index) => finding(index));
  const input = {
    reported,
    notShown: 0,
    onlyChanged: true,
    annotations: '',
    pages: [],
    config: mergeConfig({}, '', []),
  };
  const budget = 8_000;
  const text = summaryMarkdown(input, budget);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget);
  expect(text).toContain('**333 errors and 167 warnings** in the pages this pull request changed.');
  expect(text).toContain('| ladder-spelling | 333 | 167 |');
  const shown = Number(/Showing (\d+) of 500 findings/.exec(text)?.[1]);
  expect(shown).toBeGreaterThan(10);
  expect(shown).toBeLessThan(500);
  expect(text.match(/^\| (❌|⚠️) \|/gm)).toHaveLength(shown);
  // Cells cannot break the table or inject HTML.
  expect(text).toContain('looks misspelled \\| with a pipe &lt;b>and HTML&lt;/b>');
  // With room for all, nothing is trimmed.
  expect(summaryMarkdown(input, 1_000_000)).not.toContain('Showing');
});

test('the summary ends with what the run read, also when it is trimmed', () => {
  const readLine = '5 files checked: 18 levels in 4 tracks, 1 other file';
  const input = {
    reported: Array.from({ length: 500 }, (_, index) => finding(index)),
    notShown: 0,
    onlyChanged: false,
    annotations: '',
    pages: [],
    config: mergeConfig({}, '', []),
    readLine,
  };
  const trimmed = summaryMarkdown(input, 8_000);
  expect(Buffer.byteLength(trimmed)).toBeLessThanOrEqual(8_000);
  expect(trimmed.endsWith(`\n${readLine}\n`)).toBe(true);
  expect(summaryMarkdown({ ...input, reported: [] }, 8_000)).toBe(
    `## ladder-lint\n\nNo findings in the ladder.\n\n${readLine}\n`,
  );
});
