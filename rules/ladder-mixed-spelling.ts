/**
 * ladder-mixed-spelling: a ladder spells each word one way. When it writes both the British and
 * the American form ("organisation" and "organization"), the form fewer places use is flagged,
 * whatever the spelling language; a config may pin one variant instead.
 * Docs and examples: docs/rules/ladder-mixed-spelling.md.
 */
import { location } from 'vfile-location';
import type { LadderPage } from '../src/model/ladder-page.ts';
import { ruleMeta } from '../src/rule-meta.ts';
import { type EnglishVariant, englishVariants } from '../src/text/english-variants.ts';
import { barrier, proseMask } from '../src/text/prose.ts';
import type { TrackRule } from '../src/track-rule.ts';

export interface MixedSpellingOptions {
  /** Require this variant everywhere instead of following the ladder's majority. */
  prefer?: EnglishVariant;
}

interface Use {
  page: LadderPage;
  offset: number;
  word: string;
  variant: EnglishVariant;
}

const variantNames: Record<EnglishVariant, string> = { 'en-US': 'American', 'en-GB': 'British' };
const word = /\p{L}+/gu;

function usesOf(page: LadderPage, classify: Awaited<ReturnType<typeof englishVariants>>['classify']) {
  const uses: Array<Use & { key: string }> = [];
  for (const match of proseMask(page.tree, page.text).replaceAll(barrier, ' ').matchAll(word)) {
    if (match[0].length < 4) continue;
    const spelling = classify(match[0].toLowerCase());
    if (spelling) uses.push({ page, offset: match.index, word: match[0], ...spelling });
  }
  return uses;
}

const locations = new WeakMap<LadderPage, ReturnType<typeof location>>();

function locate(page: LadderPage) {
  let found = locations.get(page);
  if (!found) {
    found = location(page.text);
    locations.set(page, found);
  }
  return found;
}

function where(use: Use): string {
  const point = locate(use.page).toPoint(use.offset);
  return `${use.page.path}:${point?.line ?? 1}`;
}

const ladderMixedSpelling: TrackRule = {
  name: 'ladder-mixed-spelling',
  url: ruleMeta('ladder-mixed-spelling').url,
  description: 'A ladder spells each word the British way or the American way, not both.',
  scope: 'ladder',
  async check(context) {
    const variants = await englishVariants();
    const pairs = new Map<string, Record<EnglishVariant, Use[]>>();
    const totals: Record<EnglishVariant, number> = { 'en-US': 0, 'en-GB': 0 };
    for (const page of context.pages) {
      for (const use of usesOf(page, variants.classify)) {
        const pair = pairs.get(use.key) ?? { 'en-US': [], 'en-GB': [] };
        pair[use.variant].push(use);
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
        const fix = variants.counterpart(use.word) ?? '';
        const because = pinned
          ? `this ladder is set to ${variantNames[kept]} spelling (ladder-mixed-spelling "prefer": "${kept}")`
          : `the rest of the ladder writes the ${variantNames[kept]} "${example?.word.toLowerCase()}" (${examples.length} ${examples.length === 1 ? 'time' : 'times'}, first at ${example ? where(example) : ''})`;
        const start = locate(use.page).toPoint(use.offset);
        const end = locate(use.page).toPoint(use.offset + use.word.length);
        context.report(
          use.page,
          `"${use.word}" is the ${variantNames[flagged]} spelling, but ${because}. Write "${fix}" so that the ladder spells it one way${pinned ? '' : ', or pin one spelling with the rule\'s "prefer" option'}.`,
          {
            ...(start && end ? { place: { start, end } } : {}),
            expected: fix ? [fix] : [],
          },
        );
      }
    }
  },
};

export default ladderMixedSpelling;
