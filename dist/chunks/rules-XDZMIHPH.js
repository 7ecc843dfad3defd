import {
  misspellingsOf,
  prepareSpelling
} from "./rules-CVZRXT37.js";
import {
  spellableProse
} from "./rules-3O4NHLII.js";
import {
  attachSuggestions,
  fixOf
} from "./rules-TXU7IIGG.js";
import {
  ladderContext
} from "./rules-FYE4URFX.js";
import {
  positions
} from "./rules-KEQ5N6UA.js";
import {
  definePageRule
} from "./rules-KJD4ZCKK.js";

// rules/ladder-spelling.ts
import { resolve } from "node:path";
var maximumPerPage = 100;
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
    for (const { offset, word, suggestions } of misspellings) {
      const start = place.toPoint(offset);
      const end = place.toPoint(offset + word.length);
      if (!start || !end) continue;
      const [best] = suggestions;
      const message = file.message(
        `"${word}" looks misspelled${best ? `; did you mean "${best}"?` : "."} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
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
