#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  proseMask
} from "./PCFQXBNT.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  findMojibake
} from "./UI456VJZ.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-mojibake.ts
var encodingNames = {
  "windows-1252": "Windows-1252",
  macintosh: "Mac OS Roman",
  latin1: "Latin-1"
};
var invisibleNames = {
  "\u200B": "zero-width space (U+200B)",
  "\u200C": "zero-width non-joiner (U+200C)",
  "\u200D": "zero-width joiner (U+200D)",
  "\u2060": "word joiner (U+2060)",
  "\uFEFF": "byte-order mark (U+FEFF)",
  "\xAD": "soft hyphen (U+00AD)",
  "\uFE0F": "emoji variation selector (U+FE0F), outside any emoji,"
};
var invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\uFE0F/g;
var emojiSequence = new RegExp("\\p{RGI_Emoji}", "gv");
var pictographic = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
function characterBefore(source, offset) {
  return Array.from(source.slice(Math.max(0, offset - 2), offset)).pop() ?? "";
}
function partsOfEmoji(source) {
  const parts = /* @__PURE__ */ new Set();
  if (!/\u200D|\uFE0F/.test(source)) return parts;
  for (const match of source.matchAll(emojiSequence))
    for (let offset = match.index; offset < match.index + match[0].length; offset++) parts.add(offset);
  for (const match of source.matchAll(/\u200D|\uFE0F/g)) {
    if (parts.has(match.index)) continue;
    const before = characterBefore(source, match.index);
    const joined = match[0] === "\uFE0F" ? pictographic.test(before) : pictographic.test(before === "\uFE0F" ? characterBefore(source, match.index - 1) : before) && pictographic.test(String.fromCodePoint(source.codePointAt(match.index + 1) ?? 0));
    if (joined) parts.add(match.index);
  }
  return parts;
}
var ladderMojibake = definePageRule(
  {
    id: "ladder-mojibake",
    description: "No mis-decoded or invisible characters in a page.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const source = String(file.value);
    const place = positions(file);
    const report = (offset, length, reason, fix, actual) => {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + length);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = actual ?? source.slice(offset, offset + length);
      if (fix !== void 0) {
        message.expected = [fix];
        attachFix(message, fixOf(source, [offset, offset + length], fix));
      }
    };
    for (const match of findMojibake(source)) {
      report(
        match.index,
        match.text.length,
        `"${match.text}" is garbled: it was meant to read "${match.repair.repaired}", but its UTF-8 bytes were read as ${encodingNames[match.repair.encoding]} (usually by an editor or a copy and paste). Replace it with "${match.repair.repaired}".`,
        match.repair.repaired
      );
    }
    for (const match of source.matchAll(/\uFFFD+/g)) {
      report(
        match.index,
        match[0].length,
        `"${match[0]}" stands for characters that were lost when the file was converted; they cannot be recovered from the page. Type them again.`
      );
    }
    const emoji = partsOfEmoji(source);
    for (const match of source.matchAll(invisible)) {
      const character = match[0];
      if (character === "\uFEFF" && match.index === 0) continue;
      if (emoji.has(match.index)) continue;
      report(
        match.index,
        1,
        `An invisible ${invisibleNames[character] ?? "character"} is here${character === "\uFEFF" ? ", in the middle of the page (usually from joining two files)" : ""}. It breaks search and spell checking. Delete it.`,
        ""
      );
    }
    const prose = proseMask(tree, source);
    for (const match of prose.matchAll(/\u00A0+/g)) {
      report(
        match.index,
        match[0].length,
        "A non-breaking space is here instead of an ordinary one (usually pasted from a document or web page). It stops the line from wrapping and search from matching. Replace it with a space.",
        " "
      );
    }
  }
);
var ladder_mojibake_default = ladderMojibake;

export {
  ladder_mojibake_default
};
