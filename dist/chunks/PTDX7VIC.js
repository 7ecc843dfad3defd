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
function parseMarkdown(file) {
  return parser.parse(file);
}
useMarkdownParser(parseMarkdown);

export {
  parseMarkdown
};
