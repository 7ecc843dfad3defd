import { describe, expect, test } from '@jest/globals';
import { VFile } from 'vfile';
import { parseMarkdown } from '../src/model/parse.ts';
import { proseMask, spellableProse } from '../src/text/prose.ts';

const mask = (value: string) =>
  proseMask(parseMarkdown(new VFile({ path: 'team/L3-Engineer.md', value })), value);

describe('proseMask', () => {
  test('keeps the words, blanks markup, and makes code and the gaps between blocks barriers', () => {
    expect(mask('# Title\n\nI *ship* `code` and [links](a.md).\n')).toBe(
      '  Title\0\0I  ship  \0\0\0\0\0\0 and  links       .\0',
    );
  });

  test('keeps every UTF-16 unit of the text as it is, a lone surrogate and an emoji included', () => {
    expect(mask('Lone \uD800 half, whole 😀 face &amp; \\* star\n')).toBe(
      'Lone \uD800 half, whole 😀 face          star\0',
    );
  });

  test("makes a table cell's bars barriers, so two cells are not one doubled word", () => {
    expect(mask('| Yes | Yes |\n| - | - |\n| a | b |\n')).toBe(
      `\0 Yes \0 Yes \0${'\0'.repeat(12)} a \0 b \0\0`,
    );
  });
});

describe('spellableProse', () => {
  const spellable = (value: string) =>
    spellableProse(parseMarkdown(new VFile({ path: 'team/L3-Engineer.md', value })), value);

  test('blanks each mis-decoded run, and only those, keeping every offset', () => {
    const page = 'Caf\u00c3\u00a9 owners and na\u00c3\u00afve users meet \u00f0\u0178\u00a6\u2030 daily.\n';
    const prose = spellable(page);
    expect(prose).toBe('Caf   owners and na  ve users meet      daily.\n');
    expect(prose).toHaveLength(page.length);
  });

  test('blanks thousands of them in a page', () => {
    const page = `${'na\u00c3\u00afve '.repeat(5_000)}\n`;
    expect(spellable(page)).toBe(`${'na  ve '.repeat(5_000)}\n`);
  });
});
