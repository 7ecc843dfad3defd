#!/usr/bin/env node
import {
  proseMask
} from "./PCFQXBNT.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

// rules/ladder-emoji-style.ts
import { emojiToName, nameToEmoji } from "gemoji";
var optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ["unicode", "shortcode"],
      description: "Require this style everywhere instead of following the ladder's majority."
    }
  }
};
var shortcode = /:([a-z\d_+-]+):/g;
var emoji = new RegExp("\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic})*", "gu");
function insideAny(ranges, offset) {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const [from, to] = ranges[middle] ?? [0, 0];
    if (offset < from) high = middle - 1;
    else if (offset >= to) low = middle + 1;
    else return true;
  }
  return false;
}
var ladderEmojiStyle = defineTrackRule(
  {
    id: "ladder-emoji-style",
    description: "A ladder writes emoji either as emoji or as :shortcodes:, not both.",
    defaultSeverity: "warn",
    scope: "ladder",
    fixable: true,
    options: optionsSchema
  },
  {
    collect(_page, tree, text) {
      const prose = proseMask(tree, text);
      const place = positions(text);
      const headings = [];
      visit(tree, "heading", (heading) => {
        const { start, end } = heading.position ?? {};
        if (start?.offset !== void 0 && end?.offset !== void 0)
          headings.push([start.offset, end.offset]);
      });
      const uses = { unicode: [], shortcode: [] };
      const add = (style, offset, written, other) => {
        const start = place.toPoint(offset);
        const end = place.toPoint(offset + written.length);
        const range = [offset, offset + written.length];
        const inHeading = insideAny(headings, offset);
        if (start && end) uses[style].push({ text: written, other, place: { start, end }, range, inHeading });
      };
      for (const match of prose.matchAll(shortcode)) {
        const character = nameToEmoji[match[1] ?? ""];
        if (character) add("shortcode", match.index, match[0], character);
      }
      for (const match of prose.matchAll(emoji)) {
        const name = emojiToName[match[0]] ?? emojiToName[match[0].replace(/\uFE0F/g, "")];
        if (name) add("unicode", match.index, match[0], `:${name}:`);
      }
      return uses;
    },
    check(context) {
      const all = { unicode: [], shortcode: [] };
      for (const page of context.pages) {
        const uses = context.collected(page);
        for (const style of ["unicode", "shortcode"])
          for (const use of uses?.[style] ?? []) all[style].push({ ...use, page });
      }
      const pinned = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
      if (!pinned && (all.unicode.length === 0 || all.shortcode.length === 0)) return;
      const kept = pinned ?? (all.shortcode.length > all.unicode.length ? "shortcode" : "unicode");
      const flagged = kept === "unicode" ? "shortcode" : "unicode";
      const first = all[kept][0];
      for (const use of all[flagged]) {
        const because = pinned ? `this ladder is set to write ${kept === "unicode" ? "emoji" : "shortcodes"} (ladder-emoji-style "prefer": "${kept}")` : `the rest of the ladder writes ${kept === "unicode" ? "the emoji itself" : "shortcodes"} (${all[kept].length} times${first ? `, first at ${first.page.path}:${first.place.start.line}` : ""})`;
        const fix = { range: use.range, text: use.other };
        context.report(
          use.page,
          `"${use.text}" is written as ${flagged === "unicode" ? "an emoji" : "a shortcode"}, but ${because}. Write "${use.other}" instead.`,
          {
            place: use.place,
            expected: [use.other],
            ...use.inHeading ? {
              suggestions: [
                {
                  desc: `Write "${use.other}" instead; this changes the heading's link anchor, so update the links to it.`,
                  fix
                }
              ]
            } : { fix }
          }
        );
      }
    }
  }
);
var ladder_emoji_style_default = ladderEmojiStyle;

export {
  ladder_emoji_style_default
};
