#!/usr/bin/env node
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-placeholder.ts
import { toString as nodeText } from "mdast-util-to-string";
var markers = /\b(TBD|TBC|TODO|FIXME|XXX)\b/g;
var reviewerNote = /^\s*(?:\[?(?:reviewer|review note|note to reviewers?|comment)\b[^:\]]*[:\]])/i;
var emptyText = /^[\s?…._-]*$/;
var placeholdersShown = 20;
var ladderPlaceholder = definePageRule(
  {
    id: "ladder-placeholder",
    description: "No placeholder or reviewer note is left in a published page.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const hidden = /* @__PURE__ */ new Map();
    const shown = /* @__PURE__ */ new Map();
    visit(tree, (node) => {
      if (node.type === "text" && node.position) {
        for (const match of node.value.matchAll(markers)) {
          const marker = match[1] ?? "";
          const count = (shown.get(marker) ?? 0) + 1;
          shown.set(marker, count);
          if (count > placeholdersShown) {
            const rest = hidden.get(marker) ?? { count: 0, place: node.position };
            rest.count++;
            hidden.set(marker, rest);
            continue;
          }
          file.message(
            `"${match[1]}" is a placeholder left in the page. Write the text it stands for, or remove it.`,
            { place: node.position }
          );
        }
        if (reviewerNote.test(node.value)) {
          file.message("This looks like a note to reviewers. Resolve it and remove it before publishing.", {
            place: node.position
          });
        }
      }
      if ((node.type === "listItem" || node.type === "heading") && node.position) {
        const text = nodeText(node);
        if (emptyText.test(text)) {
          const what = node.type === "heading" ? "heading" : "bullet";
          file.message(
            `This ${what} is ${text.trim() ? `only "${text.trim()}"` : "empty"}: a placeholder left in the page. Write it or remove it.`,
            { place: node.position }
          );
        }
      }
    });
    for (const [marker, { count, place }] of hidden)
      file.message(
        `"${marker}" is left in the page ${count} more times after the ${placeholdersShown} listed, starting here. Write the text each stands for, or remove them.`,
        { place }
      );
  }
);
var ladder_placeholder_default = ladderPlaceholder;

export {
  placeholdersShown,
  ladder_placeholder_default
};
