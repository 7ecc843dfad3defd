import {
  englishVariantsOf,
  prepareEnglishVariants
} from "./rules-CVZRXT37.js";
import {
  proseMask
} from "./rules-3O4NHLII.js";
import {
  positions
} from "./rules-KEQ5N6UA.js";
import {
  defineTrackRule
} from "./rules-KJD4ZCKK.js";

// src/text/match-case.ts
function withCapitalsOf(word2, replacement) {
  if (word2.length > 1 && word2 === word2.toUpperCase() && word2 !== word2.toLowerCase())
    return replacement.toUpperCase();
  const first = word2[0] ?? "";
  if (first !== first.toLowerCase() && replacement === replacement.toLowerCase())
    return (replacement[0] ?? "").toUpperCase() + replacement.slice(1);
  return replacement;
}

// rules/ladder-mixed-spelling.ts
var optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ["en-US", "en-GB"],
      description: "Require this variant everywhere instead of following the ladder's majority."
    }
  }
};
var variantNames = { "en-US": "American", "en-GB": "British" };
var word = new RegExp("\\p{L}{4,}", "gu");
var ladderMixedSpelling = defineTrackRule(
  {
    id: "ladder-mixed-spelling",
    description: "A ladder spells each word the British way or the American way, not both.",
    defaultSeverity: "warn",
    scope: "ladder",
    fixable: true,
    options: optionsSchema
  },
  {
    prepare: prepareEnglishVariants,
    async collect(_page, tree, text) {
      const place = positions(text);
      const matches = [...proseMask(tree, text).matchAll(word)];
      const words = [...new Set(matches.map((match) => match[0].toLowerCase()))];
      const variants = new Map(
        (await englishVariantsOf(words)).map((variant, index) => [words[index], variant])
      );
      const uses = [];
      for (const match of matches) {
        const spelling = variants.get(match[0].toLowerCase());
        const start = place.toPoint(match.index);
        const end = place.toPoint(match.index + match[0].length);
        if (spelling && start && end)
          uses.push({
            word: match[0],
            ...spelling,
            place: { start, end },
            range: [match.index, match.index + match[0].length]
          });
      }
      return uses;
    },
    async check(context) {
      const pairs = /* @__PURE__ */ new Map();
      const totals = { "en-US": 0, "en-GB": 0 };
      for (const page of context.pages) {
        for (const use of context.collected(page) ?? []) {
          const pair = pairs.get(use.key) ?? { "en-US": [], "en-GB": [] };
          pair[use.variant].push({ ...use, page });
          pairs.set(use.key, pair);
          totals[use.variant]++;
        }
      }
      const pinned = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
      const overall = totals["en-GB"] > totals["en-US"] || totals["en-GB"] === totals["en-US"] && /gb/i.test(context.config.spelling.language) ? "en-GB" : "en-US";
      for (const pair of pairs.values()) {
        const us = pair["en-US"].length;
        const gb = pair["en-GB"].length;
        if (!pinned && (us === 0 || gb === 0)) continue;
        const kept = pinned ?? (us > gb ? "en-US" : gb > us ? "en-GB" : overall);
        const flagged = kept === "en-US" ? "en-GB" : "en-US";
        const examples = pair[kept];
        const example = examples[0];
        for (const use of pair[flagged]) {
          const fix = withCapitalsOf(use.word, use.otherForm);
          const because = pinned ? `this ladder is set to ${variantNames[kept]} spelling (ladder-mixed-spelling "prefer": "${kept}")` : `the rest of the ladder writes the ${variantNames[kept]} "${example?.word.toLowerCase()}" (${examples.length} ${examples.length === 1 ? "time" : "times"}, first at ${example ? `${example.page.path}:${example.place.start.line}` : ""})`;
          context.report(
            use.page,
            `"${use.word}" is the ${variantNames[flagged]} spelling, but ${because}. Write "${fix}" so that the ladder spells it one way${pinned ? "" : `, or pin one spelling with the rule's "prefer" option`}.`,
            {
              place: use.place,
              expected: fix ? [fix] : [],
              ...fix ? { fix: { range: use.range, text: fix } } : {}
            }
          );
        }
      }
    }
  }
);
var ladder_mixed_spelling_default = ladderMixedSpelling;

export {
  ladder_mixed_spelling_default
};
