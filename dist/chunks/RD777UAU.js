#!/usr/bin/env node
import {
  useMarkdownParser
} from "./DGFCTSDI.js";

// src/model/parse.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
var parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
var parserForPagesWithoutAddresses = unified().use(remarkParse).use(remarkGfm).use(withoutAddressSearch).use(withoutAddressSyntax).use(remarkFrontmatter, ["yaml"]);
var parserWithoutAddressSyntax = unified().use(remarkParse).use(remarkGfm).use(withoutAddressSyntax).use(remarkFrontmatter, ["yaml"]);
var mayHoldAddress = /www|http|[@&]/i;
var mayHoldAddressSyntax = /www|http|@/i;
function parseMarkdown(file) {
  const text = file.value;
  if (typeof text !== "string" || mayHoldAddressSyntax.test(text)) return parser.parse(file);
  if (mayHoldAddress.test(text)) return parserWithoutAddressSyntax.parse(file);
  return parserForPagesWithoutAddresses.parse(file);
}
useMarkdownParser(parseMarkdown);
function withoutAddressSearch() {
  const data = this.data();
  const strip = (extension) => extension.transforms && extension.enter && "literalAutolink" in extension.enter ? { ...extension, transforms: [] } : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(
    (entry) => Array.isArray(entry) ? entry.map(strip) : strip(entry)
  );
}
var addressConstructs = /* @__PURE__ */ new Set(["wwwAutolink", "protocolAutolink", "emailAutolink"]);
function withoutAddressSyntax() {
  const data = this.data();
  const strip = (extension) => {
    if (!extension.text) return extension;
    const text = {};
    for (const [code, constructs] of Object.entries(extension.text)) {
      const kept = [constructs ?? []].flat().filter((construct) => !addressConstructs.has(construct.name ?? ""));
      if (kept.length > 0) text[code] = kept;
    }
    return { ...extension, text };
  };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(strip);
}

export {
  parserForPagesWithoutAddresses,
  parseMarkdown
};
