#!/usr/bin/env node
import {
  headingOf
} from "./H6E5BKS7.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  sectionMatches
} from "./D4EKRLWE.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-section-content.ts
var examplesBlock = "<details><summary>Examples</summary>";
var ladderSectionContent = definePageRule(
  {
    id: "ladder-section-content",
    description: "Each section has expectation bullets and, where the template asks, a collapsible Examples list.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSections(level, file);
  }
);
function checkSections({ page, template }, file) {
  if (page.kind !== "level" || !template) return;
  for (const section of page.sections) {
    const spec = template.sections.find((candidate) => sectionMatches(candidate, section));
    if (!spec) continue;
    const heading = headingOf(section);
    if (spec.bullets && section.bullets.length === 0) {
      file.message(`"${heading}" has no expectation bullets. Add at least one line such as "- I \u2026".`, {
        place: section.position
      });
    }
    const examples = section.examples;
    if (!examples) {
      if (spec.examples === "required") {
        file.message(
          `"${heading}" has no Examples block. Add ${examplesBlock}, a blank line, a list of examples and </details> after its bullets.`,
          { place: section.position }
        );
      }
      continue;
    }
    if (spec.examples === "none") continue;
    if (examples.form === "bold") {
      file.message(
        `The examples of "${heading}" follow a bold "${examples.summary}:" line; the template keeps them in a collapsible ${examplesBlock} block. Replace the line with that block and close it with </details>.`,
        { place: examples.position }
      );
      continue;
    }
    if (!examples.closed) {
      file.message(
        `The <details> block of "${heading}" is never closed, so GitHub hides the rest of the page inside it. Add </details> after the examples.`,
        { place: examples.position }
      );
    }
    if (!examples.blankLineAfterSummary) {
      file.message(
        "Add a blank line after </summary>: without it GitHub shows the examples as raw text instead of a list.",
        { place: examples.position }
      );
    }
    if (examples.items.length === 0 && examples.blankLineAfterSummary) {
      file.message(
        `The Examples block of "${heading}" is empty. Add examples as a "- I \u2026" list, or remove the block.`,
        {
          place: examples.position
        }
      );
    }
  }
}
var ladder_section_content_default = ladderSectionContent;

export {
  ladder_section_content_default
};
