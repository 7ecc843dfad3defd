#!/usr/bin/env node
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-summary.ts
var ladderSummary = definePageRule(
  {
    id: "ladder-summary",
    description: "A level page has a one-paragraph summary quote under its title.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSummary(level, file);
  }
);
function checkSummary({ page, template }, file) {
  if (page.kind !== "level" || template?.summary?.required !== true) return;
  if (!page.summary) {
    file.message(
      'This page has no summary. Add a one-paragraph quote under the title that says who a person at this level is, such as "> I am a trusted member of my team who \u2026".',
      { place: page.title?.position ?? { line: 1, column: 1 } }
    );
    return;
  }
  if (page.summary.text.replace(/[_*\s]/g, "") === "") {
    file.message('The summary quote is empty. Write who a person at this level is, such as "> I am \u2026".', {
      place: page.summary.position
    });
  }
}
var ladder_summary_default = ladderSummary;

export {
  ladder_summary_default
};
