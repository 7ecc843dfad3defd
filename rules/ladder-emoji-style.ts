/**
 * ladder-emoji-style: a ladder writes its emoji one way: as the emoji itself (`🚩`) or as a
 * GitHub shortcode (`:triangular_flag_on_post:`), not both. Shortcodes show as raw text wherever
 * the page is read outside GitHub. `--fix` writes the other way, except in headings, where the
 * change would move the heading's link anchor: there it is a suggestion. Docs and examples: docs/rules/ladder-emoji-style.md.
 */
import { emojiToName, nameToEmoji } from 'gemoji';
import type { Position } from 'unist';
import { visit } from '../src/model/walk.ts';
import { positions } from '../src/text/positions.ts';
import type { PageOutline } from '../src/model/ladder-page.ts';
import { proseMask } from '../src/text/prose.ts';
import { defineTrackRule, type OptionsOf } from '../src/rule-api/define-rule.ts';

type EmojiStyle = 'unicode' | 'shortcode';

const optionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ['unicode', 'shortcode'],
      description: "Require this style everywhere instead of following the ladder's majority.",
    },
  },
} as const;

export type EmojiStyleOptions = OptionsOf<typeof optionsSchema>;

interface Use {
  text: string;
  /** The same emoji written the other way. */
  other: string;
  place: Position;
  /** Offsets in the page's text, for the fix (positions lose theirs once the page's turn is over). */
  range: [number, number];
  /**
   * In a heading, where GitHub builds the link anchor from the text (`:owl:` gives `owl-…`, `🦉`
   * nothing), so that writing it the other way would break links to the heading.
   */
  inHeading: boolean;
}

const shortcode = /:([a-z\d_+-]+):/g;
// A pictograph with its variation selectors, skin tones and joined parts (👩‍💻), looked up in gemoji.
const emoji = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;

/** Whether `offset` is inside one of `ranges`, which are in order and do not overlap (the page's headings). */
function insideAny(ranges: Array<[number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = ranges[middle] ?? [0, 0];
    if (offset < from) high = middle - 1;
    else if (offset >= to) low = middle + 1;
    else return true;
  }
  return false;
}

const ladderEmojiStyle = defineTrackRule(
  {
    id: 'ladder-emoji-style',
    description: 'A ladder writes emoji either as emoji or as :shortcodes:, not both.',
    defaultSeverity: 'warn',
    scope: 'ladder',
    fixable: true,
    options: optionsSchema,
  },
  {
    collect(_page, tree, text): Record<EmojiStyle, Use[]> {
      const prose = proseMask(tree, text);
      const place = positions(text);
      const headings: Array<[number, number]> = [];
      visit(tree, 'heading', (heading) => {
        const { start, end } = heading.position ?? {};
        if (start?.offset !== undefined && end?.offset !== undefined)
          headings.push([start.offset, end.offset]);
      });
      const uses: Record<EmojiStyle, Use[]> = { unicode: [], shortcode: [] };
      const add = (style: EmojiStyle, offset: number, written: string, other: string) => {
        const start = place.toPoint(offset);
        const end = place.toPoint(offset + written.length);
        const range: [number, number] = [offset, offset + written.length];
        const inHeading = insideAny(headings, offset);
        if (start && end) uses[style].push({ text: written, other, place: { start, end }, range, inHeading });
      };
      for (const match of prose.matchAll(shortcode)) {
        const character = nameToEmoji[match[1] ?? ''];
        if (character) add('shortcode', match.index, match[0], character);
      }
      for (const match of prose.matchAll(emoji)) {
        const name = emojiToName[match[0]] ?? emojiToName[match[0].replace(/\uFE0F/g, '')];
        if (name) add('unicode', match.index, match[0], `:${name}:`);
      }
      return uses;
    },
    check(context) {
      const all: Record<EmojiStyle, Array<Use & { page: PageOutline }>> = { unicode: [], shortcode: [] };
      // One by one, not push(...): a page of a hundred thousand emoji would overflow the call stack.
      for (const page of context.pages) {
        const uses = context.collected(page) as Record<EmojiStyle, Use[]> | undefined;
        for (const style of ['unicode', 'shortcode'] as const)
          for (const use of uses?.[style] ?? []) all[style].push({ ...use, page });
      }
      const pinned = context.pages
        .map((page) => (context.options(page) as EmojiStyleOptions | undefined)?.prefer)
        .find((prefer) => prefer !== undefined);
      if (!pinned && (all.unicode.length === 0 || all.shortcode.length === 0)) return;
      // Equal counts favour the emoji itself, which reads the same everywhere.
      const kept: EmojiStyle =
        pinned ?? (all.shortcode.length > all.unicode.length ? 'shortcode' : 'unicode');
      const flagged: EmojiStyle = kept === 'unicode' ? 'shortcode' : 'unicode';
      const first = all[kept][0];
      for (const use of all[flagged]) {
        const because = pinned
          ? `this ladder is set to write ${kept === 'unicode' ? 'emoji' : 'shortcodes'} (ladder-emoji-style "prefer": "${kept}")`
          : `the rest of the ladder writes ${kept === 'unicode' ? 'the emoji itself' : 'shortcodes'} (${all[kept].length} times${first ? `, first at ${first.page.path}:${first.place.start.line}` : ''})`;
        const fix = { range: use.range, text: use.other };
        context.report(
          use.page,
          `"${use.text}" is written as ${flagged === 'unicode' ? 'an emoji' : 'a shortcode'}, but ${because}. Write "${use.other}" instead.`,
          {
            place: use.place,
            expected: [use.other],
            ...(use.inHeading
              ? {
                  suggestions: [
                    {
                      desc: `Write "${use.other}" instead; this changes the heading's link anchor, so update the links to it.`,
                      fix,
                    },
                  ],
                }
              : { fix }),
          },
        );
      }
    },
  },
);

export default ladderEmojiStyle;
