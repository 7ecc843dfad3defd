#!/usr/bin/env node

// src/config/config-error.ts
var ConfigError = class extends Error {
  file;
  key;
  problem;
  constructor(file, key, problem) {
    super(`${file}: ${key ? `"${key}" ` : ""}${problem}`);
    this.name = "ConfigError";
    this.file = file;
    this.key = key;
    this.problem = problem;
  }
};

// src/config/ranks-from.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toString as nodeText } from "mdast-util-to-string";
import { VFile } from "vfile";
var parseMarkdown;
function useMarkdownParser(parse) {
  parseMarkdown = parse;
}
function needsMarkdownParser(scales) {
  return Object.values(scales ?? {}).some((scale) => scale.ranksFrom && (scale.ranks ?? []).length === 0);
}
function resolveScales(scales, base, configFile) {
  const resolved = {};
  for (const [name, scale] of Object.entries(scales)) {
    resolved[name] = scale.ranksFrom && (scale.ranks ?? []).length === 0 ? { ...scale, ranks: ranksFrom(scale.ranksFrom, base, configFile, `scales.${name}.ranksFrom`) } : scale;
  }
  return resolved;
}
function ranksFrom(source, base, configFile, key) {
  const path = resolve(base || process.cwd(), source.file);
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ConfigError(
      configFile,
      `${key}.file`,
      `names "${source.file}", which could not be read at ${path}.`
    );
  }
  if (!parseMarkdown)
    throw new Error(
      "the Markdown parser (src/model/parse.ts) must be loaded before a ranksFrom list is read"
    );
  const nodes = parseMarkdown(new VFile({ path, value: text })).children;
  const list = listUnder(nodes, source.heading);
  const steps = list?.children.map((item) => stepName(nodeText(item))).filter((step) => step !== "") ?? [];
  if (steps.length < 2)
    throw new ConfigError(
      configFile,
      `${key}.heading`,
      `"${source.heading}" is not a heading of ${source.file} followed by a list of at least two steps (such as "1. **Adopts**: \u2026").`
    );
  return steps.map((step) => ({ name: step, phrases: [step] }));
}
function listUnder(nodes, heading) {
  const wanted = heading.trim().toLocaleLowerCase("en");
  const at = nodes.findIndex(
    (node) => node.type === "heading" && nodeText(node).trim().toLocaleLowerCase("en") === wanted
  );
  if (at === -1) return void 0;
  for (const node of nodes.slice(at + 1)) {
    if (node.type === "heading") return void 0;
    if (node.type === "list") return node;
  }
  return void 0;
}
function stepName(item) {
  const colon = item.indexOf(":");
  return (colon === -1 ? item : item.slice(0, colon)).trim();
}

export {
  ConfigError,
  useMarkdownParser,
  needsMarkdownParser,
  resolveScales
};
