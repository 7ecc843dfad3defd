/**
 * ladder-mixed-spelling: a ladder is written in one English, British ("organisation") or American
 * ("organization"). The variant is decided once for the whole ladder: `spelling.variant` in the
 * config, or else the ladder's own clear majority; every finding of a run asks for that one
 * variant. A ladder split about evenly gets one finding that asks to choose, and only the pages
 * that mix against their own majority are flagged. Docs and examples: docs/rules/ladder-mixed-spelling.md.
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
      description:
        'Deprecated: spelling.variant in the configuration says the same for every rule; this still works.',
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

type Counts = Record<EnglishVariant, number>;

const variantNames: Record<EnglishVariant, string> = { 'en-US': 'American', 'en-GB': 'British' };
const other = (variant: EnglishVariant): EnglishVariant => (variant === 'en-US' ? 'en-GB' : 'en-US');
const word = /\p{L}{4,}/gu;

/**
 * Without a configured variant, the ladder's majority decides only when it is clear: at least two
 * words in three of one variant. Below that the ladder is "split" and is asked to choose.
 */
export const clearMajority = 2 / 3;

function count(uses: readonly Use[]): Counts {
  const counts: Counts = { 'en-US': 0, 'en-GB': 0 };
  for (const use of uses) counts[use.variant]++;
  return counts;
}

/** The root README of the run, else the first page: where a finding about the whole ladder goes. */
function summaryPage(pages: readonly PageOutline[]): PageOutline | undefined {
  const depth = (page: PageOutline) => page.path.split('/').length;
  const byPath = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const readmes = byPath
    .filter((page) => /(^|\/)readme\.md$/i.test(page.path))
    .sort((a, b) => depth(a) - depth(b));
  return readmes[0] ?? byPath[0];
}

const ladderMixedSpelling = defineTrackRule(
  {
    id: 'ladder-mixed-spelling',
    description: 'A ladder is written in British or in American English, not both.',
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
      // What a page kept is its file's: only a file's first page has it, so this is one entry a file.
      const files = context.pages
        .map((page) => ({ page, uses: (context.collected(page) as Use[] | undefined) ?? [] }))
        .filter(({ uses }) => uses.length > 0);
      const everyUse = files.flatMap(({ page, uses }) => uses.map((use) => ({ ...use, page })));
      if (everyUse.length === 0) return;
      const ladder = count(everyUse);
      const total = ladder['en-US'] + ladder['en-GB'];
      const firstUse = (variant: EnglishVariant) => {
        const use = everyUse.find((candidate) => candidate.variant === variant);
        return use && { path: use.page.path, line: use.place.start.line, word: use.word };
      };

      const configured = context.config.spelling.variant;
      const preferred = context.pages
        .map((page) => (context.options(page) as MixedSpellingOptions | undefined)?.prefer)
        .find((prefer) => prefer !== undefined);
      const majority: EnglishVariant =
        ladder['en-GB'] > ladder['en-US'] ||
        (ladder['en-GB'] === ladder['en-US'] && /gb/i.test(context.config.spelling.language))
          ? 'en-GB'
          : 'en-US';
      const pinned = configured ?? preferred;
      const clear = ladder[majority] >= total * clearMajority;
      // The one variant every finding of this run asks for.
      const variant: EnglishVariant = pinned ?? majority;
      const decidedBy = configured ? 'spelling.variant' : preferred ? 'prefer' : clear ? 'majority' : 'split';
      const data = { variant, decidedBy, ladder, firstUse: firstUse(variant) };

      if (decidedBy === 'split') {
        const page = summaryPage(context.pages);
        if (page)
          context.report(
            page,
            `This ladder mixes British (${ladder['en-GB']} words) and American (${ladder['en-US']}) spelling. Choose one: set spelling.variant to "en-GB" or "en-US".`,
            {
              place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
              data: {
                decidedBy,
                ladder,
                firstUse: { 'en-GB': firstUse('en-GB'), 'en-US': firstUse('en-US') },
              },
              key: 'split ladder',
            },
          );
      }

      const setting =
        decidedBy === 'spelling.variant'
          ? `spelling.variant is "${variant}"`
          : `"prefer", now spelling.variant`;
      for (const { page, uses } of files) {
        const own = count(uses);
        const mixed = own['en-US'] > 0 && own['en-GB'] > 0;
        // A split ladder asks a page to change only when the page itself writes mostly `variant`:
        // asking a page written the other way to change its every word is what the one finding does.
        if (decidedBy === 'split' && !(mixed && own[variant] >= own[other(variant)])) continue;
        for (const use of uses) {
          if (use.variant === variant) continue;
          const fix = withCapitalsOf(use.word, use.otherForm);
          const name = variantNames[variant];
          const reason =
            decidedBy === 'split'
              ? `"${use.word}" is ${variantNames[use.variant]}, but this page writes ${name}, as most of the ladder does. Write "${fix}", or set spelling.variant.`
              : decidedBy === 'majority'
                ? `"${use.word}" is ${variantNames[use.variant]}, but this ladder writes ${name} (${ladder[variant]} of ${total} words). Write "${fix}", or set spelling.variant.`
                : `"${use.word}" is ${variantNames[use.variant]}, but this ladder is set to ${name} (${setting}). Write "${fix}".`;
          context.report(page, reason, {
            place: use.place,
            expected: [fix],
            fix: { range: use.range, text: fix },
            key: use.word.toLowerCase(),
            data: { ...data, page: own, mixedOnPage: mixed },
          });
        }
      }
    },
  },
);

export default ladderMixedSpelling;
