/**
 * ladder-doubled-word: no word is written twice in a row ("the technical technical
 * capabilities"), also across a line break or inline markup (`the **the**`). Doubles English
 * allows ("that that", "had had") are not flagged. Where only spaces separate the two, `--fix`
 * removes the second. Docs and examples: docs/rules/ladder-doubled-word.md.
 */
import { attachFix, fixOf } from '../src/findings/fix.ts';
import { positions } from '../src/text/positions.ts';
import { barrier, proseMask } from '../src/text/prose.ts';
import { definePageRule, type OptionsOf } from '../src/rule-api/define-rule.ts';

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    allow: {
      type: 'array',
      items: { type: 'string' },
      description: 'Words that may be doubled; replaces the default list.',
    },
  },
} as const;

export type DoubledWordOptions = OptionsOf<typeof optionsSchema>;

export const defaultAllowedDoubles = ['that', 'had', 'is'];

const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const onlySpace = /^[ \t\n]+$/;

const ladderDoubledWord = definePageRule(
  {
    id: 'ladder-doubled-word',
    description: 'No word is written twice in a row.',
    defaultSeverity: 'error',
    scope: 'page',
    fixable: true,
    options: optionsSchema,
  },
  (tree, file, options) => {
    const allowed = new Set((options?.allow ?? defaultAllowedDoubles).map((entry) => entry.toLowerCase()));
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = positions(file);
    let previous: { text: string; start: number; end: number } | undefined;
    for (const match of prose.matchAll(word)) {
      const current = { text: match[0], start: match.index, end: match.index + match[0].length };
      const before = previous;
      previous = current;
      if (!before || before.text.toLowerCase() !== current.text.toLowerCase()) continue;
      const gap = prose.slice(before.end, current.start);
      if (gap.includes(barrier) || !onlySpace.test(gap)) continue;
      if (allowed.has(current.text.toLowerCase()) || /^\p{N}+$/u.test(current.text)) continue;
      const start = place.toPoint(before.start);
      const end = place.toPoint(current.end);
      if (!start || !end) continue;
      const message = file.message(`"${current.text}" is written twice in a row. Remove one of them.`, {
        place: { start, end },
      });
      message.actual = source.slice(before.start, current.end);
      // Only offer the fix when nothing but spaces separates the two, so no markup is lost: the
      // second word goes with the spaces before it, and the first keeps its capital.
      if (onlySpace.test(source.slice(before.end, current.start))) {
        message.expected = [before.text];
        attachFix(message, fixOf(source, [before.end, current.end], ''));
      }
    }
  },
);

export default ladderDoubledWord;
