#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  ladderContext
} from "./GGEGQVZU.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-lost-list-marker.ts
import { location } from "vfile-location";
var sentenceEnd = /[.!?:)]\s*$/;
var bulletLike = /^(?:I|I’m|I'm|My|When|While|In)\b/;
var ladderLostListMarker = definePageRule(
  {
    id: "ladder-lost-list-marker",
    description: 'A line meant as a bullet has not lost its "- ".',
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const { page } = ladderContext(tree, file);
    if (page.kind !== "level") return;
    const source = String(file);
    const lines = source.split(/\r?\n/);
    const place = location(file);
    const markerOf = (list) => {
      const start = list?.position?.start;
      if (!list || list.ordered || start?.column !== 1 || start.offset === void 0) return void 0;
      const marker = source[start.offset];
      return marker === "-" || marker === "*" || marker === "+" ? marker : void 0;
    };
    const report = (line, text, list) => {
      const message = reportLostMarker(file, line, text);
      const marker = markerOf(list);
      const offset = place.toOffset({ line, column: 1 });
      if (marker && offset !== void 0 && /^\S/.test(text))
        attachFix(message, fixOf(source, [offset, offset], `${marker} `));
    };
    visit(tree, "list", (list) => {
      for (const item of list.children) lostInItem(item, list);
    });
    function lostInItem(item, list) {
      const paragraph = item.children[0];
      if (paragraph?.type !== "paragraph" || !paragraph.position || !item.position) return;
      const start = paragraph.position.start.line;
      for (let line = start + 1; line <= paragraph.position.end.line; line++) {
        const text = lines[line - 1] ?? "";
        const previous = lines[line - 2] ?? "";
        if (/^\S/.test(text) && sentenceEnd.test(previous) && bulletLike.test(text)) report(line, text, list);
      }
    }
    visit(tree, "paragraph", (paragraph, index, parent) => {
      if (!parent || index === void 0 || parent.type === "listItem" || !paragraph.position) return;
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      if (before?.type !== "list" && after?.type !== "list") return;
      const line = paragraph.position.start.line;
      const text = lines[line - 1] ?? "";
      if (bulletLike.test(text) && before?.type === "list") report(line, text, before);
    });
  }
);
function reportLostMarker(file, line, text) {
  const message = file.message(
    'This line lost its "- " list marker, so GitHub does not show it as a bullet of its own. Start it with "- ".',
    { place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } }
  );
  message.expected = [`- ${text}`];
  return message;
}
var ladder_lost_list_marker_default = ladderLostListMarker;

export {
  ladder_lost_list_marker_default
};
