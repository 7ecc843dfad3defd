/**
 * ladder-emoji-style: a ladder writes its emoji one way: as the emoji itself (`🚩`) or as a
 * GitHub shortcode (`:triangular_flag_on_post:`), not both. Shortcodes show as raw text wherever
 * the page is read outside GitHub. Docs and examples: docs/rules/ladder-emoji-style.md.
 */
import { emojiToName, nameToEmoji } from 'gemoji';
import type { Position } from 'unist';
import { positions } from '../src/text/positions.ts';
import type { PageOutline } from '../src/model/ladder-page.ts';
import { ruleMeta } from '../src/rule-meta.ts';
import { proseMask } from '../src/text/prose.ts';
import type { TrackRule } from '../src/track-rule.ts';

type EmojiStyle = 'unicode' | 'shortcode';

export interface EmojiStyleOptions {
  /** Require this style everywhere instead of following the ladder's majority. */
  prefer?: EmojiStyle;
}

interface Use {
  text: string;
  /** The same emoji written the other way. */
  other: string;
  place: Position;
}

const shortcode = /:([a-z\d_+-]+):/g;
// A pictograph with its variation selectors, skin tones and joined parts (👩‍💻), looked up in gemoji.
const emoji = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu;

const ladderEmojiStyle: TrackRule = {
  name: 'ladder-emoji-style',
  url: ruleMeta('ladder-emoji-style').url,
  description: 'A ladder writes emoji either as emoji or as :shortcodes:, not both.',
  scope: 'ladder',
  collect(_page, tree, text): Record<EmojiStyle, Use[]> {
    const prose = proseMask(tree, text);
    const place = positions(text);
    const uses: Record<EmojiStyle, Use[]> = { unicode: [], shortcode: [] };
    const add = (style: EmojiStyle, offset: number, written: string, other: string) => {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + written.length);
      if (start && end) uses[style].push({ text: written, other, place: { start, end } });
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
    for (const page of context.pages) {
      const uses = context.collected(page) as Record<EmojiStyle, Use[]> | undefined;
      all.unicode.push(...(uses?.unicode ?? []).map((use) => ({ ...use, page })));
      all.shortcode.push(...(uses?.shortcode ?? []).map((use) => ({ ...use, page })));
    }
    const pinned = context.pages
      .map((page) => (context.options(page) as EmojiStyleOptions | undefined)?.prefer)
      .find((prefer) => prefer !== undefined);
    if (!pinned && (all.unicode.length === 0 || all.shortcode.length === 0)) return;
    // Equal counts favour the emoji itself, which reads the same everywhere.
    const kept: EmojiStyle = pinned ?? (all.shortcode.length > all.unicode.length ? 'shortcode' : 'unicode');
    const flagged: EmojiStyle = kept === 'unicode' ? 'shortcode' : 'unicode';
    const first = all[kept][0];
    for (const use of all[flagged]) {
      const because = pinned
        ? `this ladder is set to write ${kept === 'unicode' ? 'emoji' : 'shortcodes'} (ladder-emoji-style "prefer": "${kept}")`
        : `the rest of the ladder writes ${kept === 'unicode' ? 'the emoji itself' : 'shortcodes'} (${all[kept].length} times${first ? `, first at ${first.page.path}:${first.place.start.line}` : ''})`;
      context.report(
        use.page,
        `"${use.text}" is written as ${flagged === 'unicode' ? 'an emoji' : 'a shortcode'}, but ${because}. Write "${use.other}" instead.`,
        { place: use.place, expected: [use.other] },
      );
    }
  },
};

export default ladderEmojiStyle;
