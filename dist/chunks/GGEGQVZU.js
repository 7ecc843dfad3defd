#!/usr/bin/env node
import {
  readLadderFile
} from "./D5SU6RVC.js";
import {
  parseMarkdown
} from "./RD777UAU.js";
import {
  lintRootFor,
  mergeConfig,
  readText,
  unparseableReason
} from "./4CY6Z5UJ.js";
import {
  bestTemplate
} from "./D4EKRLWE.js";
import {
  visit
} from "./AUYJIZVL.js";

// src/model/anchors.ts
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
function pageAnchors(tree) {
  let anchors = anchorsByTree.get(tree);
  if (!anchors) {
    anchors = collectAnchors(tree);
    anchorsByTree.set(tree, anchors);
  }
  return anchors;
}
var anchorsByTree = /* @__PURE__ */ new WeakMap();
function collectAnchors(tree) {
  const slugger = new GithubSlugger();
  const anchors = /* @__PURE__ */ new Set();
  visit(tree, (node) => {
    if (node.type === "heading")
      anchors.add(slugger.slug(toString(node, { includeHtml: false, includeImageAlt: false })));
    if (node.type === "html") {
      for (const match of node.value.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/gi))
        if (match[1]) anchors.add(match[1]);
    }
  });
  return anchors;
}

// src/engine/linked-pages.ts
import { VFile } from "vfile";
function linkedPages(texts = /* @__PURE__ */ new Map(), roots = [lintRootFor(process.cwd())]) {
  const anchors = /* @__PURE__ */ new Map();
  async function load(absolutePath) {
    let text = texts.get(absolutePath);
    if (text === void 0) {
      if (!/\.(md|markdown)$/i.test(absolutePath)) return void 0;
      const read = await readText(absolutePath, roots);
      if (!read.ok) return void 0;
      text = read.text;
    }
    if (unparseableReason(text)) return void 0;
    try {
      return pageAnchors(parseMarkdown(new VFile({ path: absolutePath, value: text })));
    } catch {
      return void 0;
    }
  }
  return {
    inMemory: (absolutePath) => texts.has(absolutePath),
    anchorsOf(absolutePath) {
      let found = anchors.get(absolutePath);
      if (!found) {
        found = load(absolutePath);
        anchors.set(absolutePath, found);
      }
      return found;
    }
  };
}

// src/rule-api/context.ts
function levelContext(page, config, layout, overrideTemplate) {
  const templateName = overrideTemplate ?? (page.kind !== "level" ? void 0 : (
    // Only pages of the page-per-level layout are matched to a template by fit: the
    // built-in templates describe such pages, and other layouts name theirs.
    layout.template ?? (layout.levels.in === "page" ? bestTemplate(config.templates, page) : void 0)
  ));
  const context = { page, templateFromOverride: overrideTemplate !== void 0 };
  if (templateName !== void 0) {
    context.templateName = templateName;
    const template = config.templates[templateName];
    if (template) context.template = template;
  }
  return context;
}
function makeContext(pages, config, linked, overrideTemplate, layout = config.ladder) {
  const levels = pages.map((page) => levelContext(page, config, layout, overrideTemplate));
  return { ...levels[0], levels, layout, config, linkedPages: linked };
}
var standaloneConfig;
var standalonePages;
function ladderContext(tree, file) {
  const existing = file.data.ladder;
  if (existing) return existing;
  standaloneConfig ??= mergeConfig(void 0, "", []);
  standalonePages ??= linkedPages();
  const path = (file.path || "page.md").replaceAll("\\", "/");
  const context = makeContext(
    readLadderFile(tree, file, path, standaloneConfig),
    standaloneConfig,
    standalonePages
  );
  file.data.ladder = context;
  return context;
}

export {
  pageAnchors,
  linkedPages,
  makeContext,
  ladderContext
};
