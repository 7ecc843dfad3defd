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
var parserForPagesWithoutAddresses = unified().use(remarkParse).use(remarkGfm).use(withoutAddressSearch).use(remarkFrontmatter, ["yaml"]);
var mayHoldAddress = /www|http|[@&]/i;
function parseMarkdown(file) {
  const text = file.value;
  if (typeof text === "string" && !mayHoldAddress.test(text))
    return parserForPagesWithoutAddresses.parse(file);
  return parser.parse(file);
}
useMarkdownParser(parseMarkdown);
function withoutAddressSearch() {
  const data = this.data();
  const strip = (extension) => extension.transforms && extension.enter && "literalAutolink" in extension.enter ? { ...extension, transforms: [] } : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map(
    (entry) => Array.isArray(entry) ? entry.map(strip) : strip(entry)
  );
}

export {
  parserForPagesWithoutAddresses,
  parseMarkdown
};
