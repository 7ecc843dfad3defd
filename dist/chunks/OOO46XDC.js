#!/usr/bin/env node
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-level-order.ts
var ladderLevelOrder = definePageRule(
  {
    id: "ladder-level-order",
    description: "A file that holds several levels writes each once, from the lowest up.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const pages = ladderContext(tree, file).levels.map(({ page }) => page).filter((page) => page.kind === "level" && !!page.level && !!page.title);
    if (pages.length < 2) return;
    const seen = /* @__PURE__ */ new Map();
    let highest;
    for (const page of pages) {
      const line = (other) => other.title.position.start.line;
      const key = page.level.label.toLocaleLowerCase("en");
      const earlier = seen.get(key);
      if (earlier) {
        file.message(
          `${page.level.label} is written twice in this file (first on line ${line(earlier)}). Merge the two, or give this one the level it was meant to have.`,
          { place: page.title.position }
        );
        continue;
      }
      seen.set(key, page);
      if (highest && page.level.rank < highest.level.rank) {
        file.message(
          `${page.level.label} comes after ${highest.level.label} (line ${line(highest)}). Write the levels from the lowest up: move ${page.level.label} before ${highest.level.label}.`,
          { place: page.title.position }
        );
        continue;
      }
      highest = page;
    }
  }
);
var ladder_level_order_default = ladderLevelOrder;

export {
  ladder_level_order_default
};
