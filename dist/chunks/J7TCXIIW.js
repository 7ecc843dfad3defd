#!/usr/bin/env node
import {
  englishVariantsOf,
  prepareEnglishVariants
} from "./I74RKO3P.js";
import {
  proseMask
} from "./PCFQXBNT.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

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
      description: "Deprecated: spelling.variant in the configuration says the same for every rule; this still works."
    }
  }
};
var variantNames = { "en-US": "American", "en-GB": "British" };
var other = (variant) => variant === "en-US" ? "en-GB" : "en-US";
var word = new RegExp("\\p{L}{4,}", "gu");
var clearMajority = 2 / 3;
function count(uses) {
  const counts = { "en-US": 0, "en-GB": 0 };
  for (const use of uses) counts[use.variant]++;
  return counts;
}
function summaryPage(pages) {
  const depth = (page) => page.path.split("/").length;
  const byPath = [...pages].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const readmes = byPath.filter((page) => /(^|\/)readme\.md$/i.test(page.path)).sort((a, b) => depth(a) - depth(b));
  return readmes[0] ?? byPath[0];
}
var ladderMixedSpelling = defineTrackRule(
  {
    id: "ladder-mixed-spelling",
    description: "A ladder is written in British or in American English, not both.",
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
      const files = context.pages.map((page) => ({ page, uses: context.collected(page) ?? [] })).filter(({ uses }) => uses.length > 0);
      const everyUse = files.flatMap(({ page, uses }) => uses.map((use) => ({ ...use, page })));
      if (everyUse.length === 0) return;
      const ladder = count(everyUse);
      const total = ladder["en-US"] + ladder["en-GB"];
      const firstUse = (variant2) => {
        const use = everyUse.find((candidate) => candidate.variant === variant2);
        return use && { path: use.page.path, line: use.place.start.line, word: use.word };
      };
      const configured = context.config.spelling.variant;
      const preferred = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
      const majority = ladder["en-GB"] > ladder["en-US"] || ladder["en-GB"] === ladder["en-US"] && /gb/i.test(context.config.spelling.language) ? "en-GB" : "en-US";
      const pinned = configured ?? preferred;
      const clear = ladder[majority] >= total * clearMajority;
      const variant = pinned ?? majority;
      const decidedBy = configured ? "spelling.variant" : preferred ? "prefer" : clear ? "majority" : "split";
      const data = { variant, decidedBy, ladder, firstUse: firstUse(variant) };
      if (decidedBy === "split") {
        const page = summaryPage(context.pages);
        if (page)
          context.report(
            page,
            `This ladder mixes British (${ladder["en-GB"]} words) and American (${ladder["en-US"]}) spelling. Choose one: set spelling.variant to "en-GB" or "en-US".`,
            {
              place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
              data: {
                decidedBy,
                ladder,
                firstUse: { "en-GB": firstUse("en-GB"), "en-US": firstUse("en-US") }
              },
              key: "split ladder"
            }
          );
      }
      const setting = decidedBy === "spelling.variant" ? `spelling.variant is "${variant}"` : `"prefer", now spelling.variant`;
      for (const { page, uses } of files) {
        const own = count(uses);
        const mixed = own["en-US"] > 0 && own["en-GB"] > 0;
        if (decidedBy === "split" && !(mixed && own[variant] >= own[other(variant)])) continue;
        for (const use of uses) {
          if (use.variant === variant) continue;
          const fix = withCapitalsOf(use.word, use.otherForm);
          const name = variantNames[variant];
          const reason = decidedBy === "split" ? `"${use.word}" is ${variantNames[use.variant]}, but this page writes ${name}, as most of the ladder does. Write "${fix}", or set spelling.variant.` : decidedBy === "majority" ? `"${use.word}" is ${variantNames[use.variant]}, but this ladder writes ${name} (${ladder[variant]} of ${total} words). Write "${fix}", or set spelling.variant.` : `"${use.word}" is ${variantNames[use.variant]}, but this ladder is set to ${name} (${setting}). Write "${fix}".`;
          context.report(page, reason, {
            place: use.place,
            expected: [fix],
            fix: { range: use.range, text: fix },
            key: use.word.toLowerCase(),
            data: { ...data, page: own, mixedOnPage: mixed }
          });
        }
      }
    }
  }
);
var ladder_mixed_spelling_default = ladderMixedSpelling;

export {
  clearMajority,
  ladder_mixed_spelling_default
};
