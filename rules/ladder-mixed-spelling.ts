/**
 * ladder-mixed-spelling: a ladder spells each word one way. When it writes both the British and
 * the American form ("organisation" and "organization"), the form fewer places use is flagged,
 * whatever the spelling language; a config may pin one variant instead.
 * Docs and examples: docs/rules/ladder-mixed-spelling.md.
 */
import type { Position } from 'unist';
import { positions } from '../src/text/positions.ts';
import type { PageOutline } from '../src/model/ladder-page.ts';
import type { EnglishVariant } from '../src/text/english-variants.ts';
import { withCapitalsOf } from '../src/text/match-case.ts';
import { proseMask } from '../src/text/prose.ts';
import { englishVariantsOf, prepareEnglishVariants } from '../src/text/spelling-service.ts';
import { defineTrackRule, type OptionsOf } from '../src/rule-api/define-rule.ts';

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ['en-US', 'en-GB'],
      description: "Require this variant everywhere instead of following the ladder's majority.",
    },
  },
} as const;

export type MixedSpellingOptions = OptionsOf<typeof optionsSchema>;

interface Use {
  word: string;
  /** The American form, which names the pair. */
  key: string;
  /** The word in the other variant, lower case. */
  otherForm: string;
  variant: EnglishVariant;
  place: Position;
  /** Offsets in the page's text, for the fix (positions lose theirs once the page's turn is over). */
  range: [number, number];
}

const variantNames: Record<EnglishVariant, string> = { 'en-US': 'American', 'en-GB': 'British' };
const word = /\p{L}{4,}/gu;

const ladderMixedSpelling = defineTrackRule(
  {
    id: 'ladder-mixed-spelling',
    description: 'A ladder spells each word the British way or the American way, not both.',
    defaultSeverity: 'warn',
    scope: 'ladder',
    fixable: true,
    options: optionsSchema,
  },
  {
    prepare: prepareEnglishVariants,
    async collect(_page, tree, text) {
      const place = positions(text);
      const matches = [...proseMask(tree, text).matchAll(word)];
      const words = [...new Set(matches.map((match) => match[0].toLowerCase()))];
      const variants = new Map(
        (await englishVariantsOf(words)).map((variant, index) => [words[index], variant]),
      );
      const uses: Use[] = [];
      for (const match of matches) {
        const spelling = variants.get(match[0].toLowerCase());
        const start = place.toPoint(match.index);
        const end = place.toPoint(match.index + match[0].length);
        if (spelling && start && end)
          uses.push({
            word: match[0],
            ...spelling,
            place: { start, end },
            range: [match.index, match.index + match[0].length],
          });
      }
      return uses;
    },
    async check(context) {
      const pairs = new Map<string, Record<EnglishVariant, Array<Use & { page: PageOutline }>>>();
      const totals: Record<EnglishVariant, number> = { 'en-US': 0, 'en-GB': 0 };
      for (const page of context.pages) {
        for (const use of (context.collected(page) as Use[] | undefined) ?? []) {
          const pair = pairs.get(use.key) ?? { 'en-US': [], 'en-GB': [] };
          pair[use.variant].push({ ...use, page });
          pairs.set(use.key, pair);
          totals[use.variant]++;
        }
      }
      const pinned = context.pages
        .map((page) => (context.options(page) as MixedSpellingOptions | undefined)?.prefer)
        .find((prefer) => prefer !== undefined);
      // A word used equally often both ways follows the ladder as a whole, then the spelling language.
      const overall: EnglishVariant =
        totals['en-GB'] > totals['en-US'] ||
        (totals['en-GB'] === totals['en-US'] && /gb/i.test(context.config.spelling.language))
          ? 'en-GB'
          : 'en-US';
      for (const pair of pairs.values()) {
        const us = pair['en-US'].length;
        const gb = pair['en-GB'].length;
        if (!pinned && (us === 0 || gb === 0)) continue;
        const kept: EnglishVariant = pinned ?? (us > gb ? 'en-US' : gb > us ? 'en-GB' : overall);
        const flagged: EnglishVariant = kept === 'en-US' ? 'en-GB' : 'en-US';
        const examples = pair[kept];
        const example = examples[0];
        for (const use of pair[flagged]) {
          const fix = withCapitalsOf(use.word, use.otherForm);
          const because = pinned
            ? `this ladder is set to ${variantNames[kept]} spelling (ladder-mixed-spelling "prefer": "${kept}")`
            : `the rest of the ladder writes the ${variantNames[kept]} "${example?.word.toLowerCase()}" (${examples.length} ${examples.length === 1 ? 'time' : 'times'}, first at ${example ? `${example.page.path}:${example.place.start.line}` : ''})`;
          context.report(
            use.page,
            `"${use.word}" is the ${variantNames[flagged]} spelling, but ${because}. Write "${fix}" so that the ladder spells it one way${pinned ? '' : ', or pin one spelling with the rule\'s "prefer" option'}.`,
            {
              place: use.place,
              expected: fix ? [fix] : [],
              ...(fix ? { fix: { range: use.range, text: fix } } : {}),
            },
          );
        }
      }
    },
  },
);

export default ladderMixedSpelling;
