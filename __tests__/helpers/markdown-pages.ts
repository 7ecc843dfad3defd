/**
 * Generated and mutated Markdown pages for the property test (__tests__/property.test.ts) and
 * `npm run fuzz` (scripts/fuzz.ts): the same inputs, 40 at a time or 100,000.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

// import.meta.dirname is not there under jest's transform; the URL is.
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const realPages = ['L2-Security-Engineer.md', 'L3 - Senior Security Engineer.md', 'README.md'].map(
  (name) => readFileSync(join(fixtures, 'ladder', 'Security-Engineering', name), 'utf8'),
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');
const word = fc.constantFrom(
  'Engineer',
  'organisation',
  'organization',
  'the',
  'the the',
  'L3:',
  '**Planning Horizon**:',
  'ü¶â',
  '🦉',
  ':octopus:',
  '\u00a0',
  '\ufeff',
  '\ufffd',
  'https://example.com/a_(b)',
  '[link](./L2-Engineer.md#domain-expertise)',
  '<!-- cspell:ignore -->',
  '`code`',
  '$$',
  '\\',
);
const fragment = fc.oneof(
  fc.array(word, { maxLength: 12 }).map((words) => words.join(' ')),
  fc.nat(6).map((depth) => `${'#'.repeat(depth + 1)} `),
  fc.nat(60).map((depth) => `${'  '.repeat(depth)}- `),
  fc.nat(60).map((depth) => `${'> '.repeat(depth)}`),
  fc.nat(60).map((depth) => `${'['.repeat(depth)}x${'](y)'.repeat(depth)}`),
  fc.constantFrom(
    '<details><summary>Examples</summary>',
    '<details>',
    '</details>',
    '<summary>',
    '<div',
    '<!--',
    '```',
    '~~~md',
    '---',
    '| a | b |\n|---|---|',
    '- [ ] ',
    '* * *',
    '**',
    '_',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc
    .tuple(
      fc.constantFrom(' ', '*', '-', 'a', '(', '1', ':', '~', '\t', 'é'),
      fc.integer({ min: 1000, max: 6_000 }),
    )
    .map(([character, length]) => character.repeat(length)),
);
export const generatedPage = fc
  .array(fc.tuple(fragment, lineEnding), { maxLength: 40 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

export const mutatedPage = fc
  .tuple(
    fc.constantFrom(...realPages),
    fc.array(fc.tuple(fc.nat(), fc.nat(200), fragment), { maxLength: 6 }),
    lineEnding,
  )
  .map(([page, edits, ending]) => {
    let text = page.replace(/\n/g, ending);
    for (const [at, cut, insert] of edits) {
      const start = at % (text.length + 1);
      text = text.slice(0, start) + insert + text.slice(start + cut);
    }
    return text;
  });
