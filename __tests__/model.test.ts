import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { VFile } from 'vfile';
import { buildLadderPage, levelFromFileName } from '../src/model/build-page.ts';
import { parseMarkdown } from '../src/model/parse.ts';
import { fixtures } from './helpers/cli.ts';

function page(name: string) {
  const path = `model/${name}`;
  const file = new VFile({ path, value: readFileSync(`${fixtures}/${path}`, 'utf8') });
  return buildLadderPage(parseMarkdown(file), file, path);
}

describe('levels', () => {
  test.each([
    ['L4-Lead.md', 'L4', 4, undefined, 4.05],
    ['L1.0-Graduate-Software-Engineer.md', 'L1.0', 1, 0, 1],
    ['L4 - Lead Cloud Engineer.md', 'L4', 4, undefined, 4.05],
    ['L12-Fellow.md', 'L12', 12, undefined, 12.05],
  ])('%s is %s', (name, label, major, minor, rank) => {
    expect(levelFromFileName(`Track/${name}`)).toEqual(
      minor === undefined ? { label, major, rank, prefix: 'L' } : { label, major, minor, rank, prefix: 'L' },
    );
  });

  test.each(['README.md', 'Leadership.md', 'Lead-Engineer.md', 'L4x.md'])('%s has no level', (name) => {
    expect(levelFromFileName(name)).toBeUndefined();
  });

  test('a page whose file name has no level takes it from its title', () => {
    const graduate = page('graduate.md');
    expect([graduate.kind, graduate.level, graduate.levelSource, graduate.title?.name]).toEqual([
      'level',
      { label: 'L1.0', major: 1, minor: 0, rank: 1, prefix: 'L' },
      'title',
      'Graduate Engineer',
    ]);
  });

  test('a README is not a level page, and its track is its folder', () => {
    const readme = page('README.md');
    expect([readme.kind, readme.track, readme.sections]).toEqual(['other', 'model', []]);
  });
});

describe('a level page with the defects real pages have', () => {
  const lead = page('L4 - Lead Platform Engineer.md');

  test('title, summary and level', () => {
    expect(lead.title).toMatchObject({
      text: 'L4: Lead Platform Engineer',
      name: 'Lead Platform Engineer',
      separator: ':',
      form: 'heading',
    });
    expect(lead.summary?.text).toBe('I lead platform work across my team.');
    expect(lead.level?.label).toBe('L4');
  });

  test('metadata written as lines of a paragraph is read, with its form and positions', () => {
    expect(
      lead.metadata.map((field) => [
        field.label,
        field.value,
        field.form,
        field.labelPosition.start.line,
        field.valuePosition?.start.column,
      ]),
    ).toEqual([
      ['Planning horizon', '6-12 months', 'paragraph', 5, 23],
      ['Impact radius', 'Team (5-15)', 'paragraph', 6, 20],
      ['Evaluation', 'Manager or Director', 'paragraph', 7, 17],
    ]);
  });

  test('sections with Unicode, garbled and shortcode emoji', () => {
    expect(
      lead.sections.map((section) => [
        section.name,
        section.emoji,
        section.depth,
        section.position.start.line,
      ]),
    ).toEqual([
      ['Domain Expertise', { raw: '🦉', form: 'unicode', resolved: '🦉' }, 2, 9],
      ['Teaching and Mentoring', { raw: 'ü¶â', form: 'garbled', resolved: '🦉' }, 2, 17],
      ['Customer Success', { raw: ':trophy:', form: 'shortcode' }, 2, 28],
    ]);
  });

  test('Examples blocks: a bold label, one that swallowed its list, one never closed', () => {
    const [bold, swallowed, unclosed] = lead.sections.map((section) => section.examples);
    expect(bold).toMatchObject({
      form: 'bold',
      closed: true,
      items: [{ text: 'I replaced our deployment pipeline.' }],
    });
    expect(swallowed).toMatchObject({ form: 'details', closed: true, blankLineAfterSummary: false });
    expect(swallowed?.items.map((item) => [item.text, item.position.start.line])).toEqual([
      ['I ran a workshop.', 23],
      ['I wrote a guide.', 24],
    ]);
    expect(unclosed).toMatchObject({
      form: 'details',
      closed: false,
      blankLineAfterSummary: true,
      items: [{ text: 'I visited a customer.' }],
    });
    expect(lead.sections.map((section) => section.bullets.length)).toEqual([1, 1, 1]);
  });
});

test('a management page: title without colon, shortcode emoji, an introductory quote', () => {
  const manager = page('L5-Senior-Platform-Manager.md');
  expect(manager.title).toMatchObject({ name: 'Senior Platform Manager', separator: ' ' });
  expect(manager.sections[0]).toMatchObject({
    name: 'Leadership',
    emoji: { raw: ':triangular_flag_on_post:', form: 'shortcode' },
    intro: { text: 'I set direction for the platform group.' },
    bullets: [{ text: 'I make hard trade-offs.' }],
  });
});

test('a `**` line is not a title that runs on past a lone CR line end (fuzz seed 1919)', () => {
  // Read as it stands, without the run's CR → LF: the remark preset hands pages over unchanged.
  const path = 'team/L3-Engineer.md';
  const file = new VFile({
    path,
    value: readFileSync(`${fixtures}/property-failures/stars-then-lone-cr.md`, 'utf8'),
  });
  expect(String(file)).toBe('**\r\0\n');
  expect(buildLadderPage(parseMarkdown(file), file, path).title).toBeUndefined();
});

test('a bold title ends at a lone CR, on its own line', () => {
  const path = 'team/L3-Engineer.md';
  const file = new VFile({ path, value: '**L3: Engineer**\rSome text.\r' });
  expect(buildLadderPage(parseMarkdown(file), file, path).title).toMatchObject({
    text: 'L3: Engineer',
    form: 'bold',
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 17, offset: 16 } },
  });
});

test.each([
  ['CRLF', '\r\n'],
  ['CR', '\r'],
])('a field value ends before a %s line end, inside its line (fuzz seed 191919)', (_name, end) => {
  const path = 'team/L3-Engineer.md';
  const file = new VFile({ path, value: `**Planning Horizon**: Engineer${end}x\n` });
  const [field] = buildLadderPage(parseMarkdown(file), file, path).metadata;
  expect(field).toMatchObject({
    value: 'Engineer',
    position: { end: { line: 1, column: 31, offset: 30 } },
    valuePosition: { start: { line: 1, column: 23 }, end: { line: 1, column: 31, offset: 30 } },
  });
});

/** A run over one level page with one section, for what the run keeps of its pages. */
async function runOnOnePage() {
  const { lintTexts } = await import('../src/engine/lint.ts');
  const { onlyRule } = await import('./helpers/config.ts');
  const text = '# L2: Platform Engineer\n\n## 🦉 Domain expertise\n\n- Knows the platform.\n';
  return lintTexts([{ path: 'L2-Platform-Engineer.md', text }], { config: onlyRule('ladder-title') });
}

test('a run keeps an outline of each page, without the bullets that only page rules read', async () => {
  const run = await runOnOnePage();
  expect(run.pages[0]?.sections).toEqual([
    expect.objectContaining({ name: 'Domain expertise', emoji: expect.objectContaining({ raw: '🦉' }) }),
  ]);
  expect(run.pages[0]?.sections[0]).not.toHaveProperty('bullets');
});

test("a run's outlines keep lines and columns; offsets into the page's text, which is let go, are dropped", async () => {
  const run = await runOnOnePage();
  expect(run.pages[0]?.title?.position).toEqual({
    start: { line: 1, column: 1 },
    end: { line: 1, column: 24 },
  });
  expect(run.pages[0]?.sections[0]?.position).toEqual({
    start: { line: 3, column: 1 },
    end: { line: 3, column: 23 },
  });
});

describe('keepCopier', () => {
  test('copies arrays, maps and objects deeply, leaving the original as it was', async () => {
    const { keepCopier } = await import('../src/engine/speed/keep-copy.ts');
    const keep = keepCopier();
    const original = {
      name: 'Domain expertise',
      uses: new Map([
        [
          'owl',
          [
            {
              text: '🦉',
              place: { start: { line: 3, column: 4, offset: 30 }, end: { line: 3, column: 6, offset: 32 } },
            },
          ],
        ],
      ]),
      summary: 'A long summary of what this level is expected to do, longer than any name or label is.',
    };
    const copy = keep(original);
    expect(copy).not.toBe(original);
    expect(copy.uses).not.toBe(original.uses);
    expect(copy.uses.get('owl')).toEqual([
      { text: '🦉', place: { start: { line: 3, column: 4 }, end: { line: 3, column: 6 } } },
    ]);
    expect(copy.name).toBe('Domain expertise');
    expect(copy.summary).toBe(original.summary);
    expect(original.uses.get('owl')?.[0]?.place.start.offset).toBe(30);
  });

  test('leaves objects that only look partly like positions alone', async () => {
    const { keepCopier } = await import('../src/engine/speed/keep-copy.ts');
    const notAPosition = { start: { line: 1, column: 2, offset: 3 }, end: 'the end' };
    expect(keepCopier()(notAPosition)).toEqual(notAPosition);
  });
});

describe('large runs', () => {
  test('only a run of thousands of files caps how far the heap grows', async () => {
    const { heapFlagsFor, largeRunFiles } = await import('../src/engine/speed/large-run.ts');
    expect(heapFlagsFor(55)).toBeUndefined();
    expect(heapFlagsFor(largeRunFiles - 1)).toBeUndefined();
    expect(heapFlagsFor(largeRunFiles)).toBe('--heap-growing-percent=50');
  });

  test('lintFiles says how many files it found before reading any', async () => {
    const { lintFiles } = await import('../src/engine/lint.ts');
    const found: number[] = [];
    const run = await lintFiles(['.'], {
      cwd: `${fixtures}/ladder`,
      onFilesFound: (count) => found.push(count),
    });
    expect(found).toEqual([run.results.length]);
    expect(found[0]).toBeGreaterThan(1);
  });
});

test('a field value that runs into a bare web address ends where its last placed part does (fuzz seed 20261203)', () => {
  // remark-gfm's links for bare addresses, and the text it splits around them, have no position.
  const path = 'team/L3-Engineer.md';
  const file = new VFile({
    path,
    value: '- **Evaluation**: [[x](y)https://example.com/a](y) more.\n',
  });
  const [field] = buildLadderPage(parseMarkdown(file), file, path).metadata;
  // The value starts at its "[" (column 19); "[x](y)" (columns 20–26) is its last part with a place.
  expect(field).toMatchObject({
    value: '[xhttps://example.com/a](y) more.',
    valuePosition: { start: { line: 1, column: 19 }, end: { line: 1, column: 26 } },
  });
});
