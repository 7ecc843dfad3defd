#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  barrier,
  proseMask
} from "./PCFQXBNT.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-doubled-word.ts
var optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Words that may be doubled; replaces the default list."
    }
  }
};
var defaultAllowedDoubles = ["that", "had", "is"];
var word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
var onlySpace = /^[ \t\n]+$/;
var ladderDoubledWord = definePageRule(
  {
    id: "ladder-doubled-word",
    description: "No word is written twice in a row.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true,
    options: optionsSchema
  },
  (tree, file, options) => {
    const allowed = new Set((options?.allow ?? defaultAllowedDoubles).map((entry) => entry.toLowerCase()));
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = positions(file);
    let previous;
    for (const match of prose.matchAll(word)) {
      const current = { text: match[0], start: match.index, end: match.index + match[0].length };
      const before = previous;
      previous = current;
      if (!before || before.text.toLowerCase() !== current.text.toLowerCase()) continue;
      const gap = prose.slice(before.end, current.start);
      if (gap.includes(barrier) || !onlySpace.test(gap)) continue;
      if (allowed.has(current.text.toLowerCase()) || new RegExp("^\\p{N}+$", "u").test(current.text)) continue;
      const start = place.toPoint(before.start);
      const end = place.toPoint(current.end);
      if (!start || !end) continue;
      const message = file.message(`"${current.text}" is written twice in a row. Remove one of them.`, {
        place: { start, end }
      });
      message.actual = source.slice(before.start, current.end);
      if (onlySpace.test(source.slice(before.end, current.start))) {
        message.expected = [before.text];
        attachFix(message, fixOf(source, [before.end, current.end], ""));
      }
    }
  }
);
var ladder_doubled_word_default = ladderDoubledWord;

export {
  defaultAllowedDoubles,
  ladder_doubled_word_default
};
