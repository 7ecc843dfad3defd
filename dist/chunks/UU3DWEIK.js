#!/usr/bin/env node
import {
  misspellingsOf,
  prepareSpelling
} from "./I74RKO3P.js";
import {
  withExtras
} from "./H6E5BKS7.js";
import {
  attachSuggestions,
  fixOf
} from "./A7GFOY4H.js";
import {
  barrier,
  proseMask,
  spellableProse
} from "./PCFQXBNT.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-spelling.ts
import { resolve } from "node:path";
var maximumPerPage = 100;
var capitalised = (word) => new RegExp("^\\p{Lu}", "u").test(word);
var camelCase = (word) => new RegExp("\\p{Ll}\\p{Lu}", "u").test(word);
function opensSentence(mask, offset) {
  let index = offset - 1;
  while (index >= 0 && /[\s"'“‘([*_]/u.test(mask[index] ?? "")) index--;
  return index < 0 || mask[index] === barrier || /[.!?:;]/.test(mask[index] ?? "");
}
var ladderSpelling = definePageRule(
  {
    id: "ladder-spelling",
    description: "The prose of a page is spelled correctly.",
    defaultSeverity: "error",
    scope: "page"
  },
  async (tree, file) => {
    const { config } = ladderContext(tree, file);
    const source = String(file.value);
    const prose = spellableProse(tree, source);
    const { misspellings, more } = await misspellingsOf(
      resolve(file.cwd, file.path || "page.md"),
      config.spelling,
      prose,
      maximumPerPage
    );
    const place = positions(file);
    const mask = proseMask(tree, source);
    const usesOf = (word) => misspellings.filter((misspelling) => misspelling.word.toLowerCase() === word.toLowerCase());
    const looksLikeName = (word) => {
      if (!capitalised(word) && !camelCase(word)) return false;
      const uses = usesOf(word);
      return camelCase(word) || uses.some((use) => capitalised(use.word) && !opensSentence(mask, use.offset)) || uses.length > 1 && uses.every((use) => capitalised(use.word));
    };
    for (const { offset, word, suggestions } of misspellings) {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + word.length);
      if (!start || !end) continue;
      const [best] = suggestions;
      const name = looksLikeName(word);
      const message = file.message(
        name ? `"${word}" is not in the dictionary${best ? `; did you mean "${best}"?` : "."} If this is a name, add it to "spelling.words" in the ladder-lint config.` : `"${word}" looks misspelled${best ? `; did you mean "${best}"?` : "."} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
        { place: { start, end } }
      );
      message.actual = word;
      message.expected = suggestions;
      attachSuggestions(
        message,
        suggestions.map((suggestion) => {
          const fix = fixOf(source, [offset, offset + word.length], suggestion, word);
          return { desc: `Replace "${word}" with "${suggestion}".`, ...fix ? { fix } : {} };
        })
      );
      if (name) withExtras(message, { warning: true });
    }
    if (more)
      file.message(
        `${more.count} more words on this page look misspelled and are not listed one by one. Is the page written in ${config.spelling.language}? Set "spelling.language" in the ladder-lint config if not.`,
        { place: place.toPoint(more.offset) }
      );
  }
);
function prepare(config, folder) {
  prepareSpelling(folder, config.spelling);
}
var ladder_spelling_default = ladderSpelling;

export {
  prepare,
  ladder_spelling_default
};
