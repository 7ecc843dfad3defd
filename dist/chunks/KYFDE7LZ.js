#!/usr/bin/env node
import {
  attachSuggestions
} from "./A7GFOY4H.js";
import {
  ladderContext,
  pageAnchors
} from "./GGEGQVZU.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-links.ts
import { dirname, resolve } from "node:path";
import remarkValidateLinks from "remark-validate-links";
import { unified } from "unified";
import { VFile as VirtualFile } from "vfile";

// src/text/closest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function closestMatches(wanted, candidates, limit = 3) {
  const scored = [];
  for (const candidate of candidates) {
    if (candidate === "" || candidate === wanted) continue;
    const distance = editDistance(wanted, candidate);
    const related = candidate.startsWith(wanted) || wanted.startsWith(candidate);
    if (distance <= Math.max(1, Math.floor(wanted.length / 3)) || related)
      scored.push([candidate, related ? Math.min(distance, 1) : distance]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([candidate]) => candidate);
}

// rules/ladder-links.ts
var validator = unified().use(remarkValidateLinks, { repository: false });
function relativeTarget(url, pagePath) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("/") || url.startsWith("?")) return void 0;
  const [pathPart = "", anchorPart = ""] = url.split("#", 2);
  const path = safeDecode(pathPart.split("?")[0] ?? "");
  return { path: path ? resolve(dirname(pagePath), path) : pagePath, anchor: safeDecode(anchorPart) };
}
function decodes(text) {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function anchorSuggestions(source, link, prefix, anchors) {
  const start = link?.position?.start.offset;
  const end = link?.position?.end.offset;
  const hash = link?.url.indexOf("#") ?? -1;
  const written = link && hash >= 0 ? link.url.slice(hash) : void 0;
  const text = start === void 0 || end === void 0 ? "" : source.slice(start, end);
  const at = written ? text.lastIndexOf(written) : -1;
  const once = written !== void 0 && at >= 0 && text.indexOf(written) === at;
  return anchors.map((anchor) => ({
    desc: `Link to "${prefix}#${anchor}".`,
    ...once && start !== void 0 ? { fix: { range: [start + at, start + at + (written?.length ?? 0)], text: `#${anchor}` } } : {}
  }));
}
function missingAnchorReason(url, where) {
  return `This link goes to "${url}", but ${where} has no heading with that anchor. Link to one of its headings, or fix the anchor.`;
}
var ladderLinks = definePageRule(
  {
    id: "ladder-links",
    description: "Every relative link points to a file that exists, and every #anchor to a heading there.",
    defaultSeverity: "error",
    scope: "page"
  },
  async (tree, file) => {
    const { linkedPages } = ladderContext(tree, file);
    const pagePath = resolve(file.cwd, file.path);
    const links = /* @__PURE__ */ new Map();
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.position)
        links.set(`${node.position.start.line}:${node.position.start.column}`, node);
    });
    const scratch = new VirtualFile({ path: pagePath.replaceAll("%", "%25"), value: file.value });
    const undecodable = /* @__PURE__ */ new Map();
    visit(tree, (node) => {
      if ("url" in node && typeof node.url === "string" && !decodes(node.url)) {
        undecodable.set(node, node.url);
        node.url = node.url.replaceAll("%", "%25");
      }
    });
    try {
      await validator.run(tree, scratch);
    } finally {
      for (const [node, url] of undecodable) node.url = url;
    }
    const missingFiles = /* @__PURE__ */ new Set();
    for (const found of scratch.messages) {
      const place = found.place && "start" in found.place ? found.place : void 0;
      const link = place ? links.get(`${place.start.line}:${place.start.column}`) : void 0;
      const url = link ? safeDecode(link.url) : "";
      const target = link ? relativeTarget(link.url, pagePath) : void 0;
      if (found.ruleId === "missing-heading") {
        const message = file.message(missingAnchorReason(url, "the page"), {
          place: place ?? { line: 1, column: 1 }
        });
        if (target) {
          const anchors = closestMatches(target.anchor, pageAnchors(tree));
          message.expected = anchors.map((anchor) => `#${anchor}`);
          attachSuggestions(message, anchorSuggestions(String(file.value), link, "", anchors));
        }
        continue;
      }
      if (target && linkedPages.inMemory(target.path)) continue;
      if (target) missingFiles.add(target.path);
      file.message(
        `This link goes to "${url.split("#")[0]}", which does not exist. Fix the path or remove the link.`,
        { place: place ?? { line: 1, column: 1 } }
      );
    }
    const ownAnchors = pagePath.includes("%") ? pageAnchors(tree) : void 0;
    for (const link of links.values()) {
      const target = relativeTarget(link.url, pagePath);
      if (ownAnchors && target?.anchor && target.path === pagePath) {
        if (ownAnchors.has(target.anchor.toLowerCase())) continue;
        const message2 = file.message(missingAnchorReason(safeDecode(link.url), "the page"), {
          place: link.position ?? { line: 1, column: 1 }
        });
        message2.expected = closestMatches(target.anchor, ownAnchors).map((anchor) => `#${anchor}`);
        continue;
      }
      if (!target?.anchor || target.path === pagePath || missingFiles.has(target.path)) continue;
      const anchors = await linkedPages.anchorsOf(target.path);
      if (!anchors || anchors.has(target.anchor)) continue;
      const url = safeDecode(link.url);
      const pathPart = url.split("#")[0] ?? "";
      const fileName = pathPart.split("/").pop() || pathPart;
      const message = file.message(missingAnchorReason(url, fileName), {
        place: link.position ?? { line: 1, column: 1 }
      });
      const closest = closestMatches(target.anchor, anchors);
      message.expected = closest.map((anchor) => `${pathPart}#${anchor}`);
      attachSuggestions(message, anchorSuggestions(String(file.value), link, pathPart, closest));
    }
  }
);
var ladder_links_default = ladderLinks;

export {
  ladder_links_default
};
