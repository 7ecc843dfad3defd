/**
 * ladder-emoji-style: a ladder writes its emoji one way: as the emoji itself (`🚩`) or as a
 * GitHub shortcode (`:triangular_flag_on_post:`), not both. Shortcodes show as raw text wherever
 * the page is read outside GitHub. Docs and examples: docs/rules/ladder-emoji-style.md.
 */
import { emojiToName, nameToEmoji } from 'gemoji';
import { location } from 'vfile-location';
import type { LadderPage } from '../src/model/ladder-page.ts';
import { ruleMeta } from '../src/rule-meta.ts';
import { proseMask } from '../src/text/prose.ts';
import type { TrackRule } from '../src/track-rule.ts';

type EmojiStyle = 'unicode' | 'shortcode';

export interface EmojiStyleOptions {
  /** Require this style everywhere instead of following the ladder's majority. */
  prefer?: EmojiStyle;
}

interface Use {
  page: LadderPage;
  offset: number;
  text: string;
  /** The same emoji written the other way. */
  other: string;
}

const shortcode = /:([a-z\d_+-]+):/g;
const emoji = /\p{RGI_Emoji}/gv;

function usesOf(page: LadderPage): Record<EmojiStyle, Use[]> {
  const prose = proseMask(page.tree, page.text);
  const uses: Record<EmojiStyle, Use[]> = { unicode: [], shortcode: [] };
  for (const match of prose.matchAll(shortcode)) {
    const character = nameToEmoji[match[1] ?? ''];
    if (character) uses.shortcode.push({ page, offset: match.index, text: match[0], other: character });
  }
  for (const match of prose.matchAll(emoji)) {
    const name = emojiToName[match[0]] ?? emojiToName[match[0].replace(/\uFE0F/g, '')];
    if (name) uses.unicode.push({ page, offset: match.index, text: match[0], other: `:${name}:` });
  }
  return uses;
}

const ladderEmojiStyle: TrackRule = {
  name: 'ladder-emoji-style',
  url: ruleMeta('ladder-emoji-style').url,
  description: 'A ladder writes emoji either as emoji or as :shortcodes:, not both.',
  scope: 'ladder',
  check(context) {
    const all: Record<EmojiStyle, Use[]> = { unicode: [], shortcode: [] };
    for (const page of context.pages) {
      const uses = usesOf(page);
      all.unicode.push(...uses.unicode);
      all.shortcode.push(...uses.shortcode);
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
      const place = location(use.page.text);
      const start = place.toPoint(use.offset);
      const end = place.toPoint(use.offset + use.text.length);
      const because = pinned
        ? `this ladder is set to write ${kept === 'unicode' ? 'emoji' : 'shortcodes'} (ladder-emoji-style "prefer": "${kept}")`
        : `the rest of the ladder writes ${kept === 'unicode' ? 'the emoji itself' : 'shortcodes'} (${all[kept].length} times${first ? `, first at ${first.page.path}:${location(first.page.text).toPoint(first.offset)?.line ?? 1}` : ''})`;
      context.report(
        use.page,
        `"${use.text}" is written as ${flagged === 'unicode' ? 'an emoji' : 'a shortcode'}, but ${because}. Write "${use.other}" instead.`,
        { ...(start && end ? { place: { start, end } } : {}), expected: [use.other] },
      );
    }
  },
};

export default ladderEmojiStyle;
