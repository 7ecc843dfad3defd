#!/usr/bin/env node
import {
  findMojibake,
  readYamlLadder
} from "./UI456VJZ.js";

// src/text/prose.ts
import { endianness } from "node:os";
var barrier = "\0";
var newline = 10;
var space = 32;
var containers = /* @__PURE__ */ new Set([
  "paragraph",
  "heading",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference"
]);
var sourceSpelling = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});|\\[!-/:-@[-`{-~]/gi;
var spellingDirective = /^<!--\s*(?:cspell|spell-checker)[:\s]/i;
var masks = /* @__PURE__ */ new WeakMap();
function proseMask(tree, source) {
  const cached = masks.get(tree);
  if (cached?.source === source) return cached.mask;
  const mask = makeProseMask(tree, source);
  masks.set(tree, { source, mask });
  return mask;
}
function makeProseMask(tree, source) {
  const mask = new Uint16Array(source.length);
  const fill = (start, end, unit) => {
    for (let offset = start; offset < end; offset++)
      mask[offset] = source.charCodeAt(offset) === newline ? newline : unit;
  };
  const copy = (start, end) => {
    for (let offset = start; offset < end; offset++) mask[offset] = source.charCodeAt(offset);
    for (const match of source.slice(start, end).matchAll(sourceSpelling))
      fill(start + match.index, start + match.index + match[0].length, space);
  };
  const walk = (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0) return;
    if (node.type === "text") return copy(start, end);
    if (node.type === "html" && spellingDirective.test(node.value)) return copy(start, end);
    if (containers.has(node.type)) {
      if (node.type === "link" && isAddress(node)) return;
      fill(start, end, space);
      if (node.type === "tableCell") {
        if (source[start] === "|") mask[start] = 0;
        if (end - 1 > start && source[end - 1] === "|") mask[end - 1] = 0;
      }
      for (const child of "children" in node ? node.children : []) {
        const childStart = child.position?.start.offset;
        const childEnd = child.position?.end.offset;
        if (childStart !== void 0 && childEnd !== void 0 && !containers.has(child.type) && child.type !== "text")
          fill(childStart, childEnd, 0);
        walk(child);
      }
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (tree.children[0]?.type === "yaml")
    for (const span of readYamlLadder(source)?.prose ?? []) copy(span.offset, span.endOffset);
  const bytes = Buffer.from(mask.buffer, mask.byteOffset, mask.byteLength);
  if (endianness() === "BE") bytes.swap16();
  return bytes.toString("utf16le");
}
function isAddress(link) {
  const [only] = link.children;
  if (link.children.length !== 1 || only?.type !== "text") return false;
  const text = only.value.replace(/^mailto:/, "");
  return link.url === only.value || link.url.replace(/^(mailto:|https?:\/\/)/, "") === text.replace(/^https?:\/\//, "");
}
function proseLines(tree, source) {
  return proseMask(tree, source).replace(
    /\0/g,
    (_, offset) => source[offset] === "\n" ? "\n" : " "
  );
}
function spellableProse(tree, source) {
  const prose = proseLines(tree, source);
  const parts = [];
  let copied = 0;
  for (const match of findMojibake(prose)) {
    const end = match.index + match.text.length;
    if (end <= copied) continue;
    const start = Math.max(match.index, copied);
    parts.push(prose.slice(copied, start), " ".repeat(end - start));
    copied = end;
  }
  parts.push(prose.slice(copied));
  return parts.join("");
}

export {
  barrier,
  proseMask,
  spellableProse
};
