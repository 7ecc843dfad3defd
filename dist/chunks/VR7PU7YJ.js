#!/usr/bin/env node
import {
  fileName
} from "./H6E5BKS7.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  defineTrackRule
} from "./SLYHWU2C.js";

// rules/ladder-track-index.ts
import { toString as nodeText } from "mdast-util-to-string";
var comparable = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}.]+/gu, " ").trim();
var ladderTrackIndex = defineTrackRule(
  {
    id: "ladder-track-index",
    description: "A track's README lists every level page of its folder, with the page's level and title.",
    defaultSeverity: "warn",
    scope: "track"
  },
  {
    collect(page, tree) {
      if (!/^readme\.md$/i.test(fileName(page.path))) return void 0;
      const links = [];
      visit(tree, "link", (link) => {
        if (!/^[a-z][a-z+.-]*:/i.test(link.url)) links.push(link);
      });
      return links;
    },
    check({ pages, report, collected, config }) {
      if (config.ladder.levels.in !== "page") return;
      const readme = pages.find((page) => /^readme\.md$/i.test(fileName(page.path)));
      const levels = pages.filter((page) => page.kind === "level" && page.title?.level);
      if (!readme || levels.length === 0) return;
      const links = collected(readme) ?? [];
      const linkTo = (page) => links.find((link) => {
        const target = safeDecode(link.url.split("#")[0] ?? "").replace(/^\.\//, "");
        return target === fileName(page.path);
      });
      if (!levels.some(linkTo)) return;
      for (const page of levels) {
        const link = linkTo(page);
        const expected = `${page.title?.level?.label}: ${page.title?.name}`;
        if (!link) {
          report(
            readme,
            `The README does not list "${fileName(page.path)}" (${expected}). Add it to the list of levels: "[${expected}](${encodeURI(fileName(page.path))})".`,
            {
              place: readme.title?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
            }
          );
          continue;
        }
        const text = nodeText(link);
        if (comparable(text) !== comparable(expected) && link.position) {
          report(
            readme,
            `The link text "${text}" does not match the page's title "${expected}". Use the page's title, so the list and the pages agree.`,
            { place: link.position, expected: [expected] }
          );
        }
      }
    }
  }
);
function safeDecode(url) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
var ladder_track_index_default = ladderTrackIndex;

export {
  ladder_track_index_default
};
