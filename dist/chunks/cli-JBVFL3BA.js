#!/usr/bin/env node
import {
  englishVariantsOf,
  misspellingsOf,
  prepareEnglishVariants,
  stopUnaskedSpellingWorker
} from "./cli-ZZRJYI42.js";

// src/cli.ts
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "ladder-lint",
  version: "0.1.0",
  description: "Lint career ladders: the Markdown pages that say what each level of a role expects.",
  license: "Apache-2.0",
  repository: {
    type: "git",
    url: "git+https://github.com/ladder-lint/ladder-lint.git"
  },
  homepage: "https://github.com/ladder-lint/ladder-lint#readme",
  bugs: {
    url: "https://github.com/ladder-lint/ladder-lint/issues"
  },
  type: "module",
  bin: {
    "ladder-lint": "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      default: "./dist/lib.js"
    },
    "./remark-preset": {
      types: "./dist/types/src/remark-preset.d.ts",
      default: "./dist/remark-preset.js"
    },
    "./rules/*": {
      types: "./dist/types/rules/*.d.ts",
      default: "./dist/rules/*.js"
    },
    "./schema.json": "./schema.json",
    "./package.json": "./package.json"
  },
  files: [
    "dist/cli.js",
    "dist/lib.js",
    "dist/spelling-worker.js",
    "dist/chunks",
    "dist/rules",
    "dist/remark-preset.js",
    "dist/types",
    "schema.json"
  ],
  engines: {
    node: ">=22.18"
  },
  scripts: {
    build: "node scripts/write-derived.ts && node scripts/build.mjs && tsc -p tsconfig.build.json",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    derive: "node scripts/write-derived.ts",
    bench: "npm run build && node bench/run.ts",
    "bench:pathological": "node bench/pathological.ts",
    fuzz: "node scripts/fuzz.ts"
  },
  keywords: [
    "career-ladder",
    "lint",
    "remark-lint",
    "markdown"
  ],
  dependencies: {
    "@cspell/dict-en-common-misspellings": "2.2.6",
    ajv: "8.20.0",
    "cspell-lib": "10.4.0",
    gemoji: "8.1.0",
    "github-slugger": "2.0.0",
    ignore: "7.0.16",
    "json-schema-to-ts": "3.1.1",
    "mdast-util-to-string": "4.0.0",
    "parse-english": "7.0.0",
    picocolors: "1.1.1",
    picomatch: "4.0.7",
    re2js: "2.9.1",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    "remark-validate-links": "13.1.0",
    "retext-indefinite-article": "5.0.0",
    tinyglobby: "0.2.17",
    unified: "11.0.5",
    "unified-lint-rule": "3.0.1",
    "unist-util-visit": "5.2.0",
    vfile: "6.0.3",
    "vfile-location": "5.0.3",
    "vfile-message": "4.0.4",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@actions/core": "3.0.1",
    "@actions/github": "9.1.1",
    "@eslint/js": "9.39.5",
    "@jest/globals": "29.7.0",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@types/jest": "29.5.14",
    "@types/mdast": "4.0.4",
    "@types/node": "24.19.2",
    "@types/picomatch": "4.0.3",
    "@types/sarif": "2.1.7",
    "ajv-draft-04": "1.0.0",
    cspell: "10.4.0",
    esbuild: "0.28.2",
    eslint: "9.39.5",
    "eslint-plugin-regexp": "3.3.3",
    "fast-check": "4.10.2",
    jest: "29.7.0",
    "markdownlint-cli2": "0.24.1",
    prettier: "3.10.1",
    "remark-cli": "12.0.1",
    "ts-jest": "29.4.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0"
  }
};

// src/config/load-config.ts
import { existsSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname, join, resolve as resolve2 } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";

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

// src/config/default-config.ts
var expectationSection = (name, emoji2, extra = {}) => ({
  name,
  emoji: emoji2,
  required: true,
  depth: 2,
  bullets: true,
  examples: "required",
  ...extra
});
var individualContributor = {
  description: "Engineering and Security Operations levels: metadata bullets and four emoji sections with examples",
  title: { separator: ":" },
  summary: { required: true },
  metadata: {
    fields: [
      { label: "Planning Horizon", aliases: ["Thinking horizon"], required: true, scale: "planning-horizon" },
      { label: "Impact Radius", required: true, scale: "impact-radius" },
      { label: "Evaluation", aliases: ["Evaluated by"], required: true, scale: "evaluation" },
      { label: "Responsibility and Direction Needed", required: true, scale: "autonomy" }
    ],
    allowExtra: ["Glossary*"]
  },
  sections: [
    expectationSection("Domain Expertise", ["\u{1F989}", ":owl:"]),
    expectationSection("Teaching and Mentoring", ["\u{1F331}", ":seedling:"]),
    expectationSection("Culture and Leadership", ["\u{1F9ED}", ":compass:"]),
    expectationSection("Customer Success", ["\u{1F3C6}", ":trophy:"], { pattern: "^(?:[\\p{L}&-]+ ){1,3}Success$" })
  ]
};
var support = {
  description: 'Support levels: an Impact list, "I \u2026" capability sections and what success looks like',
  title: { separator: ":" },
  summary: { required: true },
  sections: [
    { name: "Impact", required: true, depth: 2, bullets: true, examples: "none" },
    {
      name: "I \u2026",
      pattern: "^I(?:\u2019m|'m)? \\S",
      required: true,
      repeatable: true,
      depth: 2,
      bullets: true,
      examples: "none"
    },
    { name: "What success looks like", required: true, depth: 2, bullets: true, examples: "none" }
  ]
};
var management = {
  description: "Management levels: three emoji sections, each with an introductory quote",
  // The colon every other level page writes: "# L4: Engineering Manager".
  title: { separator: ":" },
  summary: { required: true },
  sections: [
    expectationSection("Leadership", ["\u{1F6A9}", ":triangular_flag_on_post:"], { examples: "optional" }),
    expectationSection("Managing Individuals", ["\u{1F333}", ":deciduous_tree:"], {
      aliases: ["Talent"],
      examples: "optional"
    }),
    expectationSection("Managing Teams", ["\u{1F419}", ":octopus:"], { aliases: ["Culture"], examples: "optional" })
  ]
};
var operations = {
  description: 'The R&D Operations page: metadata bullets and two "\u2026 the System" sections with examples',
  title: { separator: ":" },
  summary: { required: true },
  metadata: individualContributor.metadata,
  sections: [
    expectationSection("Run the System", ["\u{1F939}"], { pattern: "^Run the System\\b" }),
    expectationSection("Improve the System", ["\u{1F477}"], { pattern: "^Improve the System\\b" })
  ]
};
var defaultConfig = {
  ladder: { levels: { in: "page" }, tracks: "folder" },
  ignores: [],
  templates: {
    "individual-contributor": individualContributor,
    support,
    management,
    operations
  },
  overrides: [
    { files: ["**/Support/**"], template: "support" },
    { files: ["**/*Management/**"], template: "management" },
    { files: ["**/rnd-operations.md"], template: "operations" }
  ],
  scales: {
    "planning-horizon": { kind: "duration", noun: "planning horizon", cycleWeeks: 6 },
    "impact-radius": {
      kind: "ranks",
      noun: "impact radius",
      ranks: [
        { name: "self", phrases: ["self", "myself", "individual"], count: 1 },
        {
          name: "self and some teammates",
          phrases: ["self plus", "some teammates", "some team mates", "some team members"],
          count: 2
        },
        { name: "peers", phrases: ["peers"], count: 5 },
        { name: "team", phrases: ["team"], count: 15 },
        { name: "group", phrases: ["group", "multiple teams", "several teams"], count: 40 },
        { name: "leaders", phrases: ["r&d leaders", "leaders"], count: 60 },
        {
          name: "company",
          phrases: ["company", "r&d +", "whole organisation", "whole organization"],
          count: 100
        }
      ]
    },
    evaluation: {
      kind: "ranks",
      noun: "evaluator",
      ranks: [
        { name: "manager", phrases: ["manager", "lead"] },
        { name: "manager or director", phrases: ["manager or director"] },
        { name: "director", phrases: ["director", "head of"] },
        { name: "vp", phrases: ["vp", "vice president"] },
        { name: "executive", phrases: ["cto", "ceo", "executive", "c-level"] }
      ]
    },
    autonomy: {
      kind: "ranks",
      noun: "autonomy",
      ranks: [
        { name: "daily supervision", phrases: ["daily supervision", "daily to weekly"] },
        { name: "weekly supervision", phrases: ["weekly supervision"] },
        { name: "vertical slices", phrases: ["vertical slices", "defined activities", "well-defined"] },
        { name: "limited supervision", phrases: ["limited supervision", "brand new ideas"] },
        { name: "minimal oversight", phrases: ["minimal oversight", "minimal supervision"] },
        { name: "no direction", phrases: ["no direction", "no supervision", "high autonomy"] }
      ]
    }
  },
  spelling: {
    language: "en-US",
    words: [],
    ignoreWords: []
  }
};

// src/model/yaml-ladder.ts
import { isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
var defaultYamlLevels = {
  key: "level",
  titleKey: "title",
  topics: "topics",
  content: "content",
  criteria: ["criteria", "exampleCriteria.criteria"],
  count: "levels"
};
var openingFence = /^\uFEFF?---[ \t]*\r?\n/;
var closingFence = /^---[ \t]*$/gm;
function frontMatterRange(source) {
  const opening = openingFence.exec(source);
  if (!opening) return void 0;
  const start = opening[0].length;
  closingFence.lastIndex = start;
  const closing = closingFence.exec(source);
  if (!closing) return void 0;
  return { start, end: closing.index };
}
function readYamlLadder(source, spec) {
  const keys = { ...defaultYamlLevels, ...definedKeys(spec) };
  const key = JSON.stringify(keys);
  if (lastRead?.source === source && lastRead.key === key) return lastRead.ladder;
  const ladder = readLadder(source, keys);
  lastRead = { source, key, ladder };
  return ladder;
}
var lastRead;
function readLadder(source, keys) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  const base = range.start;
  const yamlText = source.slice(range.start, range.end);
  const document = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const ladder = { errors: readErrors(yamlText, document, base), levels: [], prose: [] };
  visit(document, {
    Scalar(key, node) {
      if (key === "key" || typeof node.value !== "string" || !hasWords(node.value)) return;
      ladder.prose.push(...proseSpans(yamlText, node).map((span) => shift(span, base)));
    }
  });
  const root = document.contents;
  if (!isMap(root)) return ladder;
  const title = root.get(keys.titleKey, true);
  const titleSpan = isScalar(title) ? textSpan(yamlText, title) : void 0;
  if (isScalar(title) && typeof title.value === "string" && titleSpan)
    ladder.title = { ...shift(titleSpan, base), text: title.value };
  const count2 = root.get(keys.count, true);
  const countValue = numberOf(count2);
  if (isScalar(count2) && count2.range && countValue !== void 0 && Number.isInteger(countValue))
    ladder.declaredCount = {
      ...shift({ offset: count2.range[0], endOffset: count2.range[1] }, base),
      value: countValue
    };
  ladder.levels = readLevels(yamlText, root.get(keys.topics, true), keys, base);
  return ladder;
}
function readLevels(yamlText, topics, keys, base) {
  const levels2 = /* @__PURE__ */ new Map();
  for (const topic of isSeq(topics) ? topics.items : []) {
    if (!isMap(topic)) continue;
    const nameNode = topic.get("name", true);
    const name = isScalar(nameNode) && nameNode.value != null ? String(nameNode.value) : "";
    const content = topic.get(keys.content, true);
    for (const entry of isSeq(content) ? content.items : []) {
      if (!isMap(entry) || !entry.range) continue;
      const level = numberOf(entry.get(keys.key, true));
      if (level === void 0) continue;
      const span = shift({ offset: entry.range[0], endOffset: entry.range[1] }, base);
      const criteria = keys.criteria.flatMap(
        (path) => scalarsAt(entry, path.split(".")).flatMap((node) => {
          const text = textSpan(yamlText, node);
          return text && typeof node.value === "string" ? [{ ...shift(text, base), text: node.value, topic: name }] : [];
        })
      );
      let found = levels2.get(level);
      if (!found) {
        found = { level, ...span, criteria: [], topics: [] };
        levels2.set(level, found);
      }
      found.criteria.push(...criteria);
      const sameTopic = found.topics.find((listed2) => listed2.name === name);
      if (sameTopic) sameTopic.criteria.push(...criteria);
      else found.topics.push({ ...span, name, criteria: [...criteria] });
    }
  }
  const inFileOrder = (a, b) => a.offset - b.offset;
  for (const level of levels2.values()) {
    level.criteria.sort(inFileOrder);
    for (const topic of level.topics) topic.criteria.sort(inFileOrder);
  }
  return [...levels2.values()].sort((a, b) => a.level - b.level);
}
function numberOf(node) {
  if (!isScalar(node)) return void 0;
  const { value } = node;
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  return typeof value === "string" && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : void 0;
}
function readErrors(yamlText, document, base) {
  const errors = [];
  const tabs = /* @__PURE__ */ new Map();
  for (const tab of [
    ...indentingTabs(yamlText, document.contents),
    ...document.errors.filter((error) => error.code === "TAB_AS_INDENT").map((error) => error.pos[0])
  ])
    if (!tabs.has(lineStart(yamlText, tab))) tabs.set(lineStart(yamlText, tab), tab);
  const firstTabLine = Math.min(...tabs.keys());
  for (const tab of tabs.values())
    errors.push({ offset: base + tab, endOffset: base + tab + 1, reason: tabReason });
  for (const error of document.errors)
    if (error.code !== "TAB_AS_INDENT" && error.pos[0] + 1 < firstTabLine)
      errors.push(shiftError(describeError(error, yamlText, document.contents), base));
  return errors.sort((a, b) => a.offset - b.offset);
}
function definedKeys(spec) {
  if (spec?.in !== "yaml") return {};
  const names = Object.keys(defaultYamlLevels);
  return Object.fromEntries(names.flatMap((name) => spec[name] === void 0 ? [] : [[name, spec[name]]]));
}
function scalarsAt(node, path) {
  if (isSeq(node)) return node.items.flatMap((item) => scalarsAt(item, path));
  const [first, ...rest] = path;
  if (first === void 0) return isScalar(node) && typeof node.value === "string" ? [node] : [];
  return isMap(node) ? scalarsAt(node.get(first, true), rest) : [];
}
var shift = (span, base) => ({
  offset: span.offset + base,
  endOffset: span.endOffset + base
});
function textSpan(yamlText, node) {
  if (!node.range) return void 0;
  let [offset, endOffset] = node.range;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") {
    const quote = yamlText[offset];
    offset++;
    if (endOffset > offset && yamlText[endOffset - 1] === quote) endOffset--;
  } else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const lineEnd = yamlText.indexOf("\n", offset);
    offset = lineEnd === -1 ? endOffset : Math.min(lineEnd + 1, endOffset);
    while (offset < endOffset && /\s/.test(yamlText[offset] ?? "")) offset++;
    while (endOffset > offset && /\s/.test(yamlText[endOffset - 1] ?? "")) endOffset--;
  }
  return { offset, endOffset };
}
var words = /[\p{L}\p{N}][ \t\r\n]+[\p{L}\p{N}]/u;
var hasWords = (text) => words.test(text);
var doubleQuotedEscape = /\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|U[\da-fA-F]{8}|\r?\n|[^])/g;
function proseSpans(yamlText, node) {
  const span = textSpan(yamlText, node);
  if (!span) return [];
  if (node.type !== "QUOTE_DOUBLE") return [span];
  const spans = [];
  let from = span.offset;
  for (const escape3 of yamlText.slice(span.offset, span.endOffset).matchAll(doubleQuotedEscape)) {
    const at = span.offset + escape3.index;
    if (at > from) spans.push({ offset: from, endOffset: at });
    from = at + escape3[0].length;
  }
  if (span.endOffset > from) spans.push({ offset: from, endOffset: span.endOffset });
  return spans;
}
var tabReason = "A tab is used to indent this line; YAML allows only spaces, so the whole front matter cannot be read. Replace the tab with spaces.";
var shiftError = (error, base) => ({ ...error, ...shift(error, base) });
function describeError(error, yamlText, contents) {
  const [offset, endOffset] = error.pos;
  const at = { offset, endOffset: Math.max(endOffset, offset) };
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    let opening;
    visit(contents, {
      Scalar(_key, node) {
        if (node.range && node.range[0] < offset && offset <= node.range[2] && yamlText[node.range[0]] === quote)
          opening = node.range[0];
      }
    });
    const from = opening ?? offset;
    const lineEnd = yamlText.indexOf("\n", from);
    return {
      offset: from,
      endOffset: (lineEnd === -1 ? yamlText.length : lineEnd) - (yamlText[lineEnd - 1] === "\r" ? 1 : 0),
      reason: `This text starts with ${quote} but is never closed, so the front matter after it is read as part of the text. Add the closing ${quote} where the text ends.`
    };
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(yamlText.slice(offset))?.[1]?.trim() ?? "";
    const name = key.replace(/^(["'])(.*)\1$/, "$2");
    return {
      offset,
      endOffset: offset + key.length,
      reason: `"${name}" is given twice here, and only one of the two values can be kept. Remove one of them.`
    };
  }
  if (/must start at the same column/.test(error.message))
    return {
      ...at,
      reason: "This line is indented differently from the lines it belongs with, so the front matter cannot be read from here. Line it up with them."
    };
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" && /compact mappings/.test(error.message))
    return {
      ...at,
      reason: 'A second ": " on this line makes the text read as a key of its own. Put the whole value in quotes ("\u2026").'
    };
  return { ...at, reason: `The front matter cannot be read from here: ${sentence(error.message)}` };
}
function sentence(message) {
  const first = (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").trim();
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
function indentingTabs(yamlText, contents) {
  const allowed = [];
  visit(contents, (_key, node) => {
    if ((isScalar(node) || (isMap(node) || isSeq(node)) && node.flow) && node.range)
      allowed.push([node.range[0], node.range[1]]);
  });
  const tabs = [];
  let lineOffset = 0;
  for (const line of yamlText.split("\n")) {
    const indentation = /^(?:[ \t]|[-?:](?=[ \t]|$))*/.exec(line)?.[0] ?? "";
    const tab = indentation.indexOf("	");
    const offset = lineOffset + tab;
    lineOffset += line.length + 1;
    if (tab === -1 || line.slice(indentation.length).trim() === "") continue;
    if (allowed.some(([start, end]) => offset > start && offset < end)) continue;
    tabs.push(offset);
  }
  return tabs;
}
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

// src/config/presets.ts
var defaultHeadingLevelPattern = String.raw`^(?<label>(?:[A-Z]{1,4}|Level\s?)(?<number>\d{1,2}(?:\.\d{1,2})?))\b\s*(?:[-–—:]\s*)?(?<name>.*)$`;
var layoutPreset = (description, ladder) => ({
  description,
  ladder,
  templates: {},
  overrides: [],
  scales: {},
  spelling: { ...defaultConfig.spelling }
});
var presets = {
  "page-per-level": {
    description: 'A page per level, the level in its file name or title (L4-Lead-Engineer.md, "# L4: Lead Engineer"); a folder per track. The built-in templates describe the Octopus Deploy People ladder.',
    ...defaultConfig,
    ladder: { levels: { in: "page" }, tracks: "folder" }
  },
  "headings-per-level": layoutPreset(
    'A file per track, each level a heading ("## D3 - Developer 3", "## Level 2"), in level order.',
    {
      levels: { in: "heading", depth: 2, pattern: defaultHeadingLevelPattern },
      tracks: "file",
      fields: [{ from: "label-lines" }]
    }
  ),
  "front-matter-pages": layoutPreset(
    "A page per level whose front matter gives its name (title) and its place in the order (weight); a folder per track.",
    {
      levels: { in: "front-matter", key: "weight", titleKey: "title" },
      tracks: "folder",
      fields: [{ from: "label-lines" }, { from: "table" }]
    }
  ),
  "yaml-framework": layoutPreset(
    "A file per track whose YAML front matter holds the ladder: topics, each with content per level, each with criteria.",
    {
      levels: { in: "yaml", ...defaultYamlLevels, criteria: [...defaultYamlLevels.criteria] },
      tracks: "file"
    }
  )
};
var defaultPreset = "page-per-level";

// src/config/rule-defaults.ts
var defaults = {};
function registerRuleDefaults(settings) {
  Object.assign(defaults, settings);
}
function ruleDefaults() {
  return { ...defaults };
}

// src/config/ranks-from.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { toString as nodeText } from "mdast-util-to-string";
import { VFile } from "vfile";

// src/model/parse.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
var parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
function parseMarkdown(file) {
  return parser.parse(file);
}

// src/config/ranks-from.ts
function resolveScales(scales, base, configFile) {
  const resolved = {};
  for (const [name, scale2] of Object.entries(scales)) {
    resolved[name] = scale2.ranksFrom && (scale2.ranks ?? []).length === 0 ? { ...scale2, ranks: ranksFrom(scale2.ranksFrom, base, configFile, `scales.${name}.ranksFrom`) } : scale2;
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
  const nodes = parseMarkdown(new VFile({ path, value: text })).children;
  const list2 = listUnder(nodes, source.heading);
  const steps = list2?.children.map((item) => stepName(nodeText(item))).filter((step) => step !== "") ?? [];
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

// src/config/schema.ts
var presetNames = [
  "page-per-level",
  "headings-per-level",
  "front-matter-pages",
  "yaml-framework"
];
var severity = {
  enum: ["off", "warn", "error"],
  description: "off, warn or error, as in ESLint and remark-lint"
};
var ruleSetting = {
  $comment: "rule-setting",
  oneOf: [
    severity,
    {
      type: "array",
      prefixItems: [severity, { type: "object", description: "The rule\u2019s options; see its docs page." }],
      minItems: 1,
      maxItems: 2,
      items: false
    }
  ]
};
var rules = {
  type: "object",
  description: "Rule name \u2192 severity, or [severity, options].",
  additionalProperties: ruleSetting
};
var stringList = { type: "array", items: { type: "string" } };
var field = {
  type: "object",
  required: ["label"],
  additionalProperties: false,
  properties: {
    label: {
      type: "string",
      minLength: 1,
      description: "The canonical label, matched without regard to case."
    },
    aliases: {
      ...stringList,
      description: "Other labels that mean this field; pages are asked to use the canonical one."
    },
    acceptAliases: {
      type: "boolean",
      description: "Accept the aliases silently instead of asking for the canonical label."
    },
    required: { type: "boolean" },
    scale: { type: "string", description: "The scale the progression rule reads the value onto." }
  }
};
var section = {
  type: "object",
  required: ["name"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1 },
    pattern: {
      type: "string",
      description: "A regular expression (Unicode) that also matches the heading text."
    },
    aliases: stringList,
    emoji: { ...stringList, description: "Emoji accepted before the heading text: Unicode or :shortcode:." },
    required: { type: "boolean" },
    repeatable: { type: "boolean" },
    depth: { type: "integer", minimum: 1, maximum: 6 },
    bullets: { type: "boolean" },
    examples: { enum: ["required", "optional", "none"] }
  }
};
var template = {
  type: "object",
  required: ["sections"],
  additionalProperties: false,
  properties: {
    description: { type: "string" },
    title: {
      type: "object",
      additionalProperties: false,
      properties: { separator: { enum: [":", "any"] } }
    },
    summary: {
      type: "object",
      additionalProperties: false,
      properties: { required: { type: "boolean" } }
    },
    metadata: {
      type: "object",
      required: ["fields"],
      additionalProperties: false,
      properties: {
        fields: { type: "array", items: field },
        allowExtra: { ...stringList, description: "Labels, or Prefix*, of extra fields a page may have." }
      }
    },
    sections: { type: "array", items: section },
    allowExtraSections: { type: "boolean" }
  }
};
var levels = {
  type: "object",
  required: ["in"],
  additionalProperties: false,
  description: "Where the levels are.",
  properties: {
    in: {
      enum: ["page", "heading", "front-matter", "yaml"],
      description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter."
    },
    depth: { type: "integer", minimum: 1, maximum: 6, description: "heading: the depth of level headings." },
    pattern: {
      type: "string",
      description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name."
    },
    names: {
      ...stringList,
      minItems: 2,
      description: 'Levels that are words, lowest first: ["Junior", "Mid", "Senior"].'
    },
    key: {
      type: "string",
      description: "front-matter: the key whose number orders levels; yaml: the level key."
    },
    titleKey: { type: "string", description: "front-matter and yaml: the key of the title." },
    topics: { type: "string", description: "yaml: the key of the list of topics." },
    content: { type: "string", description: "yaml: the key of a topic's list of levels." },
    criteria: { ...stringList, description: "yaml: the keys of a level's criteria (a.b through lists)." },
    count: { type: "string", description: "yaml: the key that declares how many levels there are." }
  }
};
var fieldSource = {
  type: "object",
  required: ["from"],
  additionalProperties: false,
  properties: {
    from: {
      enum: ["label-lines", "front-matter", "table", "steps", "pattern"],
      description: 'Where fields are found besides "- **Label**: value" bullets.'
    },
    keys: { ...stringList, description: "front-matter: the keys that are fields." },
    pattern: {
      type: "string",
      description: "pattern: a regular expression with named groups label (or give label) and value."
    },
    label: { type: "string", description: "pattern: the label when the pattern has no label group." }
  }
};
var layout = {
  type: "object",
  additionalProperties: false,
  description: "Where the ladder keeps its levels and their fields.",
  properties: {
    levels,
    fields: { type: "array", items: fieldSource },
    tracks: {
      enum: ["folder", "file"],
      description: "A track is a folder of level pages or a file of levels."
    },
    template: {
      type: "string",
      description: "The template levels are checked against when no override names one."
    }
  }
};
var override = {
  type: "object",
  required: ["files"],
  additionalProperties: false,
  properties: {
    files: { ...stringList, minItems: 1 },
    template: { type: "string" },
    ladder: layout,
    rules
  }
};
var track = {
  type: "object",
  additionalProperties: false,
  required: ["name"],
  properties: {
    name: { type: "string" },
    files: { ...stringList, description: "Globs of the pages, relative to this file." },
    title: { type: "string", description: "A regular expression the page title's name matches." }
  }
};
var scaleRank = {
  type: "object",
  additionalProperties: false,
  required: ["name", "phrases"],
  properties: {
    name: { type: "string" },
    phrases: { ...stringList, minItems: 1 },
    count: { type: "number", description: "About how many people this step means." }
  }
};
var scale = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: {
    kind: { enum: ["duration", "ranks", "number"], description: "How values are read." },
    noun: { type: "string", description: "What the values measure, for messages." },
    direction: {
      enum: ["up", "down", "any"],
      description: "How a value may move from a level to the next."
    },
    cycleWeeks: { type: "number", exclusiveMinimum: 0, description: "Length of a planning cycle." },
    ranks: { type: "array", description: "Ordered steps, lowest first.", items: scaleRank },
    ranksFrom: {
      type: "object",
      additionalProperties: false,
      required: ["file", "heading"],
      description: "Steps defined in the ladder itself: the list under this heading of this file (relative to the configuration file), each item's bold first words a step, lowest first.",
      properties: { file: { type: "string" }, heading: { type: "string" } }
    }
  }
};
var spelling = {
  type: "object",
  additionalProperties: false,
  properties: {
    language: { type: "string", description: "en-US (default) or en-GB." },
    words: { ...stringList, description: "Words that are spelled correctly." },
    ignoreWords: { ...stringList, description: "Words never to check." },
    variant: {
      enum: ["en-US", "en-GB"],
      description: "American or British spelling for the whole ladder (ladder-mixed-spelling); unset, the majority decides."
    }
  }
};
var configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ladder-lint/ladder-lint/blob/main/schema.json",
  title: "ladder-lint configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    extends: {
      enum: presetNames,
      description: "The built-in preset this configuration is laid over (default page-per-level)."
    },
    ladder: layout,
    rules,
    ignores: { ...stringList, description: "Globs of files never to check, relative to this file." },
    templates: { type: "object", additionalProperties: template, description: "Page templates by name." },
    overrides: { type: "array", items: override },
    tracks: {
      type: "array",
      description: "Tracks other than one per folder; the first that matches a page names its track.",
      items: track
    },
    scales: {
      type: "object",
      description: "Scales the progression rule reads metadata values onto, by name.",
      additionalProperties: scale
    },
    spelling
  }
};

// src/config/rule-schema.ts
var severity2 = configSchema.properties.rules.additionalProperties.oneOf[0];
var noOptions = { type: "object", additionalProperties: false, properties: {} };
function ruleSettingSchema(rule) {
  return {
    ...rule.description ? { description: `${rule.description}${rule.url ? ` ${rule.url}` : ""}` } : {},
    $comment: "rule-setting",
    oneOf: [
      severity2,
      {
        type: "array",
        prefixItems: [severity2, rule.options ?? noOptions],
        minItems: 1,
        maxItems: 2,
        items: false
      }
    ]
  };
}
function configSchemaWithRules(rules2) {
  const rulesSchema = {
    ...configSchema.properties.rules,
    properties: Object.fromEntries(rules2.map((rule) => [rule.id, ruleSettingSchema(rule)]))
  };
  const { properties } = configSchema;
  const rulesReference = { $ref: "#/$defs/rules" };
  return {
    ...configSchema,
    properties: {
      ...properties,
      rules: rulesReference,
      overrides: {
        ...properties.overrides,
        items: {
          ...properties.overrides.items,
          properties: { ...properties.overrides.items.properties, rules: rulesReference }
        }
      }
    },
    $defs: { rules: rulesSchema }
  };
}

// src/config/safe-pattern.ts
import { RE2JS } from "re2js";
var UnsafePatternError = class extends Error {
  source;
  problem;
  constructor(source, problem) {
    super(`The configured pattern ${problem}`);
    this.name = "UnsafePatternError";
    this.source = source;
    this.problem = problem;
  }
};
var compiled = /* @__PURE__ */ new Map();
function safePattern(source, options = {}) {
  const key = `${options.ignoreCase ? "i" : "-"}${source}`;
  let pattern = compiled.get(key);
  if (!pattern) {
    pattern = compile(source, options);
    compiled.set(key, pattern);
  }
  return pattern;
}
function patternProblem(source) {
  try {
    safePattern(source);
    return void 0;
  } catch (error) {
    if (error instanceof UnsafePatternError) return error.problem;
    throw error;
  }
}
function compile(source, options) {
  try {
    new RegExp(source, "u");
  } catch (error) {
    const reason = error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /su, "");
    throw new UnsafePatternError(source, `is not a valid regular expression: "${source}" (${reason}).`);
  }
  let engine;
  try {
    engine = RE2JS.compile(toRe2Syntax(source), options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const reason = error.message.replace(/^error parsing regexp: /, "");
    throw new UnsafePatternError(
      source,
      `is a pattern ladder-lint cannot run safely: "${source}" (${reason}). Patterns from the configuration run in a linear-time engine (RE2), so that no pattern can stall a run: it has no backreferences (\\1, \\k<name>), no lookahead or lookbehind ((?=\u2026), (?!\u2026), (?<=\u2026), (?<!\u2026)) and repeats at most 1000 times. Rewrite the pattern without them.`
    );
  }
  const names = Object.keys(engine.namedGroups());
  return {
    source,
    test: (text) => engine.test(text),
    exec: (text) => {
      const matcher = engine.matcher(text);
      if (!matcher.find()) return void 0;
      const groups = {};
      const spans = {};
      for (const name of names) {
        const start = matcher.start(name);
        const end = matcher.end(name);
        groups[name] = start < 0 ? void 0 : text.slice(start, end);
        spans[name] = start < 0 ? void 0 : [start, end];
      }
      const span = [matcher.start(), matcher.end()];
      return { text: text.slice(...span), index: span[0], span, groups, spans };
    }
  };
}
var unicodeSpace = String.raw`\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;
function toRe2Syntax(source) {
  let out = "";
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char !== "\\") {
      if (char === "[" && !inClass) inClass = true;
      else if (char === "]" && inClass) inClass = false;
      out += char;
      continue;
    }
    const next = source[index + 1] ?? "";
    const hex4 = /^[\dA-Fa-f]{4}/.exec(source.slice(index + 2, index + 6))?.[0];
    const braced = /^\{([\dA-Fa-f]+)\}/.exec(source.slice(index + 2, index + 10));
    if (next === "u" && braced) {
      out += `\\x{${braced[1]}}`;
      index += 1 + braced[0].length;
    } else if (next === "u" && hex4) {
      const low = /^\\u(d[c-f][\dA-Fa-f]{2})/i.exec(source.slice(index + 6, index + 12))?.[1];
      const high = parseInt(hex4, 16);
      if (low && high >= 55296 && high <= 56319) {
        const point = (high - 55296) * 1024 + (parseInt(low, 16) - 56320) + 65536;
        out += `\\x{${point.toString(16)}}`;
        index += 11;
      } else {
        out += `\\x{${hex4}}`;
        index += 5;
      }
    } else if (next === "s") {
      out += inClass ? `\\s${unicodeSpace}` : `[\\s${unicodeSpace}]`;
      index += 1;
    } else if (next === "S" && !inClass) {
      out += `[^\\s${unicodeSpace}]`;
      index += 1;
    } else {
      out += `\\${next}`;
      index += 1;
    }
  }
  return out;
}

// src/text/spelling-languages.ts
var spellingLanguages = ["en-US", "en-GB"];
function cspellLanguage(language) {
  if (/^en[-_]gb$/i.test(language)) return "en-GB,en";
  if (/^en(?:[-_]us)?$/i.test(language)) return "en,en-GB";
  return void 0;
}

// src/config/load-config.ts
var configFileNames = [
  ".ladderlintrc.json",
  ".ladderlintrc.yaml",
  ".ladderlintrc.yml",
  "ladder-lint.config.js",
  "ladder-lint.config.mjs",
  "package.json"
];
var ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
var validators = /* @__PURE__ */ new WeakMap();
function validatorFor(rules2) {
  let validate = validators.get(rules2);
  if (!validate) {
    validate = ajv.compile(configSchemaWithRules(rules2));
    validators.set(rules2, validate);
  }
  return validate;
}
function findConfigFile(start) {
  let folder = resolve2(start);
  for (; ; ) {
    for (const name of configFileNames) {
      const candidate = join(folder, name);
      if (!existsSync(candidate)) continue;
      if (name !== "package.json" || hasLadderLintKey(candidate)) return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) return void 0;
    folder = parent;
  }
}
function hasLadderLintKey(packageJson) {
  try {
    if (!statSync(packageJson).isFile()) return false;
    return Object.hasOwn(JSON.parse(readFileSync2(packageJson, "utf8")), "ladderLint");
  } catch {
    return false;
  }
}
function isSomethingElse(file) {
  try {
    return !statSync(file).isFile();
  } catch {
    return false;
  }
}
async function readConfigFile(file) {
  let text;
  if (isSomethingElse(file))
    throw new ConfigError(
      file,
      "",
      "is not a regular file (it is a named pipe, a device or a folder), so it was not read. Give the path of a configuration file."
    );
  try {
    if (/\.m?js$/.test(file)) {
      const module = await importToTheEnd(file);
      if (!("default" in module))
        throw new ConfigError(
          file,
          "",
          'has no default export, so it gives no configuration. Export the settings: "export default { rules: { \u2026 } };".'
        );
      return module.default;
    }
    text = readFileSync2(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, "", `could not be read: ${error.message}`);
  }
  try {
    if (file.endsWith("package.json")) return JSON.parse(text).ladderLint;
    if (/\.ya?ml$/.test(file)) return parseYaml(text);
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      file,
      "",
      `is not valid ${/\.ya?ml$/.test(file) ? "YAML" : "JSON"}: ${error.message}`
    );
  }
}
async function importToTheEnd(file) {
  let onEmptyLoop;
  const stalled = new Promise((resolve11) => {
    onEmptyLoop = () => resolve11("stalled");
    process.once("beforeExit", onEmptyLoop);
  });
  try {
    const loaded = await Promise.race([
      import(pathToFileURL(file).href),
      stalled
    ]);
    if (loaded === "stalled")
      throw new ConfigError(
        file,
        "",
        'never finished loading: a top-level "await" in it waits for something that never happens. Remove that await or make sure it settles.'
      );
    return loaded;
  } finally {
    if (onEmptyLoop) process.off("beforeExit", onEmptyLoop);
  }
}
function validateConfig(config, file, knownRules) {
  const validateSchema = validatorFor(knownRules);
  if (!validateSchema(config)) {
    throw schemaError(validateSchema.errors ?? [], file);
  }
  const ruleNames2 = knownRules.map((rule) => rule.id);
  const valid = config;
  const ruleKeys = [
    ...Object.keys(valid.rules ?? {}).map((rule) => ({ key: `rules.${rule}`, rule })),
    ...(valid.overrides ?? []).flatMap(
      (override2, index) => Object.keys(override2.rules ?? {}).map((rule) => ({ key: `overrides[${index}].rules.${rule}`, rule }))
    )
  ];
  for (const { key, rule } of ruleKeys) {
    if (!ruleNames2.includes(rule)) {
      throw new ConfigError(file, key, `is not a ladder-lint rule. Known rules: ${ruleNames2.join(", ")}.`);
    }
  }
  const preset = presets[valid.extends ?? defaultPreset] ?? presets[defaultPreset];
  const templateNames = /* @__PURE__ */ new Set([...Object.keys(preset.templates), ...Object.keys(valid.templates ?? {})]);
  const layouts = [
    { key: "ladder", ladder: valid.ladder },
    ...(valid.overrides ?? []).map((override2, index) => ({
      key: `overrides[${index}].ladder`,
      ladder: override2.ladder
    }))
  ];
  for (const { key, ladder } of layouts) {
    if (ladder?.template !== void 0 && !templateNames.has(ladder.template))
      throw new ConfigError(
        file,
        `${key}.template`,
        `names a template that does not exist: "${ladder.template}". Templates: ${[...templateNames].join(", ") || "none"}.`
      );
    checkPattern(file, `${key}.levels.pattern`, ladder?.levels?.pattern);
    for (const [index, source] of (ladder?.fields ?? []).entries()) {
      checkPattern(file, `${key}.fields[${index}].pattern`, source.pattern);
      if (source.from === "pattern" && source.pattern === void 0)
        throw new ConfigError(
          file,
          `${key}.fields[${index}].pattern`,
          'is needed for fields "from": "pattern": a regular expression with the groups label and value, such as "(?<label>Years of experience):\\s*(?<value>.+)".'
        );
    }
  }
  for (const [index, override2] of (valid.overrides ?? []).entries()) {
    if (override2.template !== void 0 && !templateNames.has(override2.template)) {
      throw new ConfigError(
        file,
        `overrides[${index}].template`,
        `names a template that does not exist: "${override2.template}". Templates: ${[...templateNames].join(", ")}.`
      );
    }
  }
  const scaleNames = /* @__PURE__ */ new Set([...Object.keys(preset.scales), ...Object.keys(valid.scales ?? {})]);
  for (const [name, template2] of Object.entries(valid.templates ?? {})) {
    for (const [index, field2] of (template2.metadata?.fields ?? []).entries()) {
      if (field2.scale !== void 0 && !scaleNames.has(field2.scale))
        throw new ConfigError(
          file,
          `templates.${name}.metadata.fields[${index}].scale`,
          `names a scale that does not exist: "${field2.scale}". Scales: ${[...scaleNames].join(", ")}.`
        );
    }
  }
  const language = valid.spelling?.language;
  if (language !== void 0 && cspellLanguage(language) === void 0)
    throw new ConfigError(
      file,
      "spelling.language",
      `is "${language}", a language ladder-lint has no spelling dictionary for. Allowed: ${spellingLanguages.map((name) => `"${name}"`).join(" or ")}. ladder-lint spells English only: for a ladder in another language, remove this setting and turn "ladder-spelling" off.`
    );
  for (const [index, track2] of (valid.tracks ?? []).entries()) {
    checkPattern(file, `tracks[${index}].title`, track2.title);
  }
  for (const [name, scale2] of Object.entries(valid.scales ?? {})) {
    if (scale2.kind === "ranks" && (scale2.ranks ?? []).length === 0 && !scale2.ranksFrom)
      throw new ConfigError(
        file,
        `scales.${name}.ranks`,
        'is needed for a scale of kind "ranks": list its steps, lowest first (or name the list that defines them with "ranksFrom").'
      );
  }
  for (const [name, template2] of Object.entries(valid.templates ?? {})) {
    for (const [index, section2] of template2.sections.entries()) {
      checkPattern(file, `templates.${name}.sections[${index}].pattern`, section2.pattern);
    }
  }
  return valid;
}
function checkPattern(file, key, pattern) {
  if (pattern === void 0) return;
  const problem = patternProblem(pattern);
  if (problem) throw new ConfigError(file, key, problem);
}
var typeNames = {
  array: 'a list in square brackets, such as ["a", "b"]',
  string: "a text in double quotes",
  object: 'an object in curly braces, such as { "key": "value" }',
  boolean: "true or false",
  number: "a number",
  integer: "a whole number"
};
function schemaError(errors, file) {
  const rank = ["additionalProperties", "oneOf", "enum"];
  const priority = (keyword) => rank.includes(keyword) ? rank.indexOf(keyword) : rank.length;
  const depth = (candidate) => candidate.instancePath.split("/").length;
  const error = [...errors].sort(
    (a, b) => depth(b) - depth(a) || priority(a.keyword) - priority(b.keyword)
  )[0];
  if (!error) return new ConfigError(file, "", "is not a valid ladder-lint configuration.");
  const key = error.instancePath.split("/").slice(1).map(
    (part) => /^\d+$/.test(part) ? `[${part}]` : `.${part.replaceAll("~1", "/").replaceAll("~0", "~")}`
  ).join("").replace(/^\./, "");
  switch (error.keyword) {
    case "additionalProperties": {
      const unknown = error.params.additionalProperty;
      const allowed = Object.keys(error.parentSchema.properties ?? {});
      return new ConfigError(
        file,
        key ? `${key}.${unknown}` : unknown,
        allowed.length > 0 ? `is not a known setting. Allowed here: ${allowed.join(", ")}.` : "is not a known setting: nothing may be set here (a rule without options takes none)."
      );
    }
    case "enum": {
      const allowed = error.params.allowedValues;
      return new ConfigError(
        file,
        key,
        `must be one of ${allowed.map((value) => JSON.stringify(value)).join(", ")}.`
      );
    }
    case "oneOf":
      return new ConfigError(
        file,
        key,
        'must be "off", "warn" or "error", or a list such as ["warn", { ...options }].'
      );
    case "type": {
      const type = String(error.params.type);
      return new ConfigError(file, key, `must be ${typeNames[type] ?? type}.`);
    }
    default:
      return new ConfigError(file, key, `${error.message ?? "is not valid"}.`);
  }
}
function mergeLayout(base, over) {
  if (!over) return base;
  const location4 = over.levels?.in ?? base.levels.in;
  const defaults2 = location4 === base.levels.in ? base.levels : Object.values(presets).find((preset) => preset.ladder.levels?.in === location4)?.ladder.levels;
  return { ...base, ...over, levels: { ...defaults2, ...over.levels, in: location4 } };
}
function mergeConfig(user, base, sources) {
  const presetName = user?.extends ?? defaultPreset;
  const preset = presets[presetName];
  return {
    preset: presetName,
    ladder: mergeLayout(preset.ladder, user?.ladder),
    // Every preset starts from each rule's own default severity (its definition's).
    rules: { ...ruleDefaults(), ...user?.rules },
    ignores: (user?.ignores ?? []).map((pattern) => ({ base, pattern })),
    templates: { ...preset.templates, ...user?.templates },
    overrides: [
      ...preset.overrides.map((override2) => ({ ...override2, base: "" })),
      ...(user?.overrides ?? []).map((override2) => ({ ...override2, base }))
    ],
    spelling: {
      ...preset.spelling,
      ...user?.spelling,
      words: [...preset.spelling.words ?? [], ...user?.spelling?.words ?? []],
      ignoreWords: [...preset.spelling.ignoreWords ?? [], ...user?.spelling?.ignoreWords ?? []]
    },
    scales: resolveScales({ ...preset.scales, ...user?.scales }, base, sources[0] ?? ""),
    tracks: (user?.tracks ?? []).map((track2) => ({ ...track2, base })),
    sources
  };
}
async function loadConfig(options) {
  const file = options.configFile ? resolve2(options.configFile) : findConfigFile(options.searchFrom);
  if (!file) return mergeConfig(void 0, "", []);
  if (options.configFile && !existsSync(file)) {
    throw new ConfigError(file, "", "does not exist. Check the path given to --config.");
  }
  const raw = await readConfigFile(file);
  if (raw === void 0 || raw === null)
    throw new ConfigError(
      file,
      file.endsWith("package.json") ? "ladderLint" : "",
      file.endsWith("package.json") ? 'holds no configuration. Give it an object of settings, such as { "rules": { \u2026 } }.' : `holds no configuration (it is ${raw === null ? "null" : "empty"}). Write an object of settings, such as { "rules": { \u2026 } }, or {} for the defaults.`
    );
  const user = validateConfig(raw, file, options.knownRules);
  return mergeConfig(user, dirname(file), [file]);
}

// src/engine/large-run.ts
import { setFlagsFromString } from "node:v8";
var largeRunFiles = 2e3;
function heapFlagsFor(count2) {
  return count2 >= largeRunFiles ? "--heap-growing-percent=50" : void 0;
}
function boundHeapForLargeRuns(count2) {
  const flags = heapFlagsFor(count2);
  if (flags) setFlagsFromString(flags);
}

// src/engine/fix-passes.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// src/engine/apply-fixes.ts
function applyFixes(text, fixes) {
  const sorted = fixes.filter((fix) => fix !== void 0).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let lastEnd = Number.NEGATIVE_INFINITY;
  let applied = 0;
  for (const { range, text: replacement } of sorted) {
    const [start, end] = range;
    if (start <= lastEnd || start < 0 || end < start || end > text.length) continue;
    output += text.slice(Math.max(0, lastEnd), start) + replacement;
    lastEnd = end;
    applied++;
  }
  if (applied === 0) return { output: text, fixed: false, applied };
  output += text.slice(lastEnd);
  return { output, fixed: output !== text, applied };
}

// src/engine/read-text.ts
import { closeSync, constants, existsSync as existsSync2, openSync, readSync, realpathSync } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, join as join2, relative, sep } from "node:path";
var maximumPageBytes = 5 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
var outsideRootProblem = "This is a symbolic link to a file outside the folder being checked, so it was not read. Copy the page into the folder, or delete the link.";
var notRegularProblem = "This is not a regular file (it is a named pipe, a device or a socket), so it was not read. Delete it, or add it to .ladderlintignore.";
function isInside(path, root) {
  const relativePath = relative(root, path);
  return relativePath !== ".." && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath);
}
function lintRootFor(start, cwd = start) {
  let folder = start;
  for (; ; ) {
    if (existsSync2(join2(folder, ".git"))) break;
    const parent = dirname2(folder);
    if (parent === folder) {
      folder = isInside(start, cwd) ? cwd : start;
      break;
    }
    folder = parent;
  }
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}
function tooLarge(size) {
  return `This file is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${maximumPageBytes / 1024 / 1024} MB a ladder page can be; it was not checked. Split it or add it to .ladderlintignore.`;
}
function pageText(text) {
  const withoutMark = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  return withoutMark.includes("\r") ? withoutMark.replace(/\r(?!\n)/g, "\n") : withoutMark;
}
function readProblem(error) {
  const code = error.code;
  return code === "ENOENT" ? "The file disappeared while ladder-lint was running." : code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to read this file; check its permissions." : code === "ELOOP" ? "This path is a symbolic link that points back to itself." : code === "ENAMETOOLONG" ? "The path of this file is longer than the system allows, so it could not be read. Shorten the names of its folders or its own name." : `The file could not be read (${code ?? error.message}).`;
}
async function readText(path, roots) {
  let bytes;
  try {
    const real = await realpath(path, { encoding: "buffer" });
    const stats = await stat(real);
    if (stats.isDirectory()) return { ok: false, problem: "This is a folder, not a page." };
    if (!stats.isFile()) return { ok: false, problem: notRegularProblem };
    if (roots !== void 0 && ![roots].flat().some((root) => isInside(real.toString(), root)))
      return { ok: false, problem: outsideRootProblem };
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    try {
      const opened = await handle.stat();
      if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev)
        return {
          ok: false,
          problem: "The file changed while ladder-lint was reading it; run ladder-lint again."
        };
      if (opened.size > maximumPageBytes) return { ok: false, problem: tooLarge(opened.size) };
      const buffer = Buffer.alloc(opened.size + 1);
      let length = 0;
      for (; ; ) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length === buffer.length) break;
      }
      if (length > opened.size)
        return {
          ok: false,
          problem: "The file changed while ladder-lint was reading it; run ladder-lint again."
        };
      bytes = buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, problem: readProblem(error) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, ...decoded.bom ? { bom: true } : {} } : decoded;
}
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254)
    return {
      ok: true,
      text: pageText(new TextDecoder("utf-16le").decode(bytes.subarray(2))),
      encoding: "utf-16le",
      bom: true
    };
  if (bytes[0] === 254 && bytes[1] === 255)
    return {
      ok: true,
      text: pageText(new TextDecoder("utf-16be").decode(bytes.subarray(2))),
      encoding: "utf-16be",
      bom: true
    };
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: "This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore."
    };
  }
  try {
    const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
    return { ok: true, text: pageText(utf8.decode(bytes)), encoding: "utf-8", bom };
  } catch {
    return {
      ok: false,
      problem: "This file is not valid UTF-8 text, so some characters would show as \uFFFD. Save it with UTF-8 encoding."
    };
  }
}
function encodeText(text, { encoding, bom }) {
  const withBom = bom ? `\uFEFF${text}` : text;
  if (encoding === "utf-8") return new TextEncoder().encode(withBom);
  const bytes = Buffer.from(withBom, "utf16le");
  if (encoding === "utf-16be") bytes.swap16();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
var maximumLineLength = 5e3;
var maximumMarkupCharacters = 2e4;
function unparseableReason(text) {
  let lineStart2 = 0;
  let lineNumber = 1;
  let markup = 0;
  for (let index = 0; index <= text.length; index++) {
    const character = text.charCodeAt(index);
    if (character === 42 || character === 95 || character === 126 || character === 91 || character === 93)
      markup++;
    if (index === text.length || character === 10) {
      if (index - lineStart2 > maximumLineLength)
        return `Line ${lineNumber} is ${index - lineStart2} characters long, more than the ${maximumLineLength} a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.`;
      lineStart2 = index + 1;
      lineNumber++;
    }
  }
  const nested = deepestNesting(text);
  if (nested) return nested;
  if (markup > maximumMarkupCharacters)
    return `This file has ${markup} emphasis and link characters (* _ ~ [ ]), more than the ${maximumMarkupCharacters} a ladder page can have, so it was not checked. It looks like generated data: add it to .ladderlintignore if it is not a page.`;
  return void 0;
}
var maximumNestingPrefix = 100;
function deepestNesting(text) {
  const step = /[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t]/y;
  let lineNumber = 1;
  for (let lineStart2 = 0; lineStart2 < text.length; lineNumber++) {
    let prefix = 0;
    step.lastIndex = lineStart2;
    for (let found = step.exec(text); found; found = step.exec(text)) {
      prefix += found[0].length;
      if (prefix > maximumNestingPrefix)
        return `Line ${lineNumber} starts with more than ${maximumNestingPrefix} characters of indentation, quote marks (>) and list markers, so its lists or quotes nest deeper than a ladder page's can; this file was not checked. Indent it less, or add the file to .ladderlintignore.`;
    }
    const lineEnd = text.indexOf("\n", lineStart2);
    if (lineEnd === -1) break;
    lineStart2 = lineEnd + 1;
  }
  return void 0;
}
function startsWithByteOrderMark(path) {
  const head = new Uint8Array(3);
  let descriptor;
  try {
    descriptor = openSync(path, "r");
    const length = readSync(descriptor, head, 0, 3, 0);
    const [a, b, c] = head;
    return length === 3 && a === 239 && b === 187 && c === 191 || length >= 2 && (a === 255 && b === 254 || a === 254 && b === 255);
  } catch {
    return false;
  } finally {
    if (descriptor !== void 0) closeSync(descriptor);
  }
}

// src/engine/fix-passes.ts
var maximumFixPasses = 10;
async function fixPasses(first, relint, readOriginal) {
  const texts = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const unfixable = /* @__PURE__ */ new Set();
  let run = first;
  for (let pass = 0; pass < maximumFixPasses; pass++) {
    let fixed = false;
    for (const result of run.results) {
      if (unfixable.has(result.filePath) || !result.messages.some((message) => message.fix)) continue;
      let text = texts.get(result.filePath);
      if (text === void 0) {
        const original = await readOriginal(result.filePath);
        if (!original) {
          unfixable.add(result.filePath);
          continue;
        }
        originals.set(result.filePath, original);
        text = original.text;
      }
      const applied = applyFixes(
        text,
        result.messages.map((message) => message.fix)
      );
      if (applied.fixed) {
        texts.set(result.filePath, applied.output);
        fixed = true;
      }
    }
    if (!fixed) break;
    run = await relint(texts);
  }
  for (const result of run.results) {
    const text = texts.get(result.filePath);
    const original = originals.get(result.filePath);
    if (text !== void 0 && original && text !== original.text)
      result.output = `${original.bom ? "\uFEFF" : ""}${text}`;
  }
  return run;
}
async function readForFix(absolutePath) {
  let bytes;
  try {
    bytes = await readFile(absolutePath);
  } catch {
    return void 0;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok || !Buffer.from(encodeText(decoded.text, decoded)).equals(bytes)) return void 0;
  return { text: decoded.text, bom: decoded.bom };
}
async function outputFixes(results, cwd) {
  const written2 = [];
  const failed = [];
  for (const result of results) {
    if (result.output === void 0) continue;
    const path = resolve3(cwd, result.filePath);
    try {
      const decoded = decodeText(await readFile(path));
      if (!decoded.ok) throw new Error(decoded.problem);
      const text = decoded.bom && result.output.startsWith("\uFEFF") ? result.output.slice(1) : result.output;
      await writeFile(path, encodeText(text, decoded));
      written2.push(result.filePath);
    } catch (error) {
      const code = error.code;
      failed.push({
        filePath: result.filePath,
        problem: code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to write this file; check its permissions." : error.message
      });
    }
  }
  return { written: written2, failed };
}

// src/engine/lint.ts
import { dirname as dirname5, relative as relative3, resolve as resolve8, sep as sep3 } from "node:path";
import picomatch2 from "picomatch";
import { unified as unified3 } from "unified";
import { VFile as VFile4 } from "vfile";
import { VFileMessage as VFileMessage2 } from "vfile-message";

// src/model/ladder-page.ts
function outlineOf(page) {
  return {
    ...page,
    sections: page.sections.map(({ bullets: _bullets, examples: _examples, ...section2 }) => section2)
  };
}

// src/model/read-ladder.ts
import { toString as nodeText3 } from "mdast-util-to-string";

// src/text/positions.ts
function positions(file) {
  if (typeof file !== "string") {
    let made = byFile.get(file);
    if (!made || made.text !== String(file.value)) {
      made = { text: String(file.value), positions: indexLines(String(file.value)) };
      byFile.set(file, made);
    }
    return made.positions;
  }
  if (lastText?.text !== file) lastText = { text: file, positions: indexLines(file) };
  return lastText.positions;
}
var byFile = /* @__PURE__ */ new WeakMap();
var lastText;
function indexLines(text) {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13 && text.charCodeAt(index + 1) !== 10) starts.push(index + 1);
  }
  return {
    toPoint(offset) {
      if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return void 0;
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = low + high + 1 >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1, offset };
    }
  };
}

// src/model/read-ladder.ts
import { parse as parseYaml2 } from "yaml";

// src/model/build-page.ts
import { toString as nodeText2 } from "mdast-util-to-string";

// src/text/mojibake.ts
var legacyEncodings = ["windows-1252", "macintosh", "latin1"];
var encoderTables = /* @__PURE__ */ new Map();
function encoderTable(encoding) {
  let table = encoderTables.get(encoding);
  if (!table) {
    table = /* @__PURE__ */ new Map();
    const decoder = new TextDecoder(encoding === "latin1" ? "iso-8859-1" : encoding);
    for (let byte = 0; byte < 256; byte++) {
      const character = decoder.decode(new Uint8Array([byte]));
      if (character !== "\uFFFD" && !table.has(character)) table.set(character, byte);
    }
    if (encoding === "latin1")
      for (let byte = 128; byte < 160; byte++) table.set(String.fromCharCode(byte), byte);
    encoderTables.set(encoding, table);
  }
  return table;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function repairWith(text, encoding, leadByte) {
  const table = encoderTable(encoding);
  const bytes = leadByte === void 0 ? [] : [leadByte];
  for (const character of text) {
    const byte = table.get(character);
    if (byte === void 0) return void 0;
    bytes.push(byte);
  }
  try {
    const repaired = strictUtf8.decode(new Uint8Array(bytes));
    return repaired === text ? void 0 : repaired;
  } catch {
    return void 0;
  }
}
var droppableLeadBytes = [240];
function repairMojibake(text) {
  for (const leadByte of [void 0, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      const repaired = repairWith(text, encoding, leadByte);
      if (repaired === void 0 || repaired.length >= text.length) continue;
      if (leadByte !== void 0 && !new RegExp("^\\p{Extended_Pictographic}\\uFE0F?$", "u").test(repaired)) continue;
      return { encoding, repaired };
    }
  }
  return void 0;
}
var suspiciousRun = /[\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02C7\u02D8-\u02DD\u0131\u03A9\u03C0\u2013-\u2044\u20AC\u2122\u2126\u2202\u2206\u220F\u2211\u221A\u221E\u222B\u2248\u2260\u2264\u2265\u25CA\uF8FF\uFB01\uFB02]{2,64}/gu;
function findMojibake(text) {
  const found = [];
  for (const match of text.matchAll(suspiciousRun)) {
    const candidate = match[0];
    const repair = longestRepairablePrefix(candidate);
    if (repair) found.push({ index: match.index, text: repair.text, repair: repair.repair });
  }
  return found;
}
function longestRepairablePrefix(candidate) {
  const characters = Array.from(candidate);
  const ends = /* @__PURE__ */ new Set();
  for (const leadByte of [void 0, ...droppableLeadBytes]) {
    for (const encoding of legacyEncodings) {
      for (const end of sequenceEnds(characters, encoding, leadByte)) ends.add(end);
    }
  }
  for (const end of [...ends].sort((a, b) => b - a)) {
    if (end < 2) break;
    const text = characters.slice(0, end).join("");
    const repair = repairMojibake(text);
    if (repair && !/[\u0080-\u009F]/.test(repair.repaired)) return { text, repair };
  }
  return void 0;
}
function sequenceEnds(characters, encoding, leadByte) {
  const table = encoderTable(encoding);
  const bytes = leadByte === void 0 ? [] : [leadByte];
  for (const character of characters) {
    const byte = table.get(character);
    if (byte === void 0) break;
    bytes.push(byte);
  }
  const offset = leadByte === void 0 ? 0 : 1;
  const ends = [];
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) break;
    for (let next = index + 1; next < index + length; next++) {
      if (((bytes[next] ?? 0) & 192) !== 128) return ends;
    }
    index += length;
    ends.push(index - offset);
  }
  return ends;
}

// src/model/level-pattern.ts
function numberedRank(major, minor) {
  return major + (minor === void 0 ? 0.05 : minor / 10);
}
function numberedLevel(prefix, number) {
  const [majorText, minorText] = number.split(".");
  const major = Number(majorText);
  const minor = minorText === void 0 ? void 0 : Number(minorText);
  const level = { label: `${prefix}${number}`, major, rank: numberedRank(major, minor), prefix };
  if (minor !== void 0) level.minor = minor;
  return level;
}
var romanValues = { I: 1, V: 5, X: 10, L: 50 };
function romanNumber(text) {
  if (!/^[IVXL]+$/.test(text)) return void 0;
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = romanValues[text[index] ?? ""] ?? 0;
    const next = romanValues[text[index + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
var separators = " 	:\u2013\u2014-";
function withoutSeparators(text, side) {
  let start = 0;
  let end = text.length;
  if (side === "leading") while (start < end && separators.includes(text[start] ?? "")) start++;
  else while (end > start && separators.includes(text[end - 1] ?? "")) end--;
  return text.slice(start, end).trim();
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function levelReader(spec) {
  if (spec.names && spec.names.length > 0) {
    const names = spec.names;
    const byLength = [...names].sort((a, b) => b.length - a.length);
    const pattern2 = new RegExp(`^(${byLength.map(escape).join("|")})(?![\\p{L}\\d])`, "iu");
    return (text) => {
      const found = pattern2.exec(text.trim());
      if (!found?.[1]) return void 0;
      const index = names.findIndex(
        (name) => name.toLocaleLowerCase("en") === found[1]?.toLocaleLowerCase("en")
      );
      if (index === -1) return void 0;
      const major = index + 1;
      return {
        level: { label: names[index], major, rank: major },
        name: text.trim(),
        separator: " "
      };
    };
  }
  const pattern = spec.pattern ? safePattern(spec.pattern) : void 0;
  if (!pattern) return () => void 0;
  return (text) => {
    const found = pattern.exec(text);
    if (!found) return void 0;
    const { groups } = found;
    const whole = found.text;
    const after = text.slice(found.index + whole.length);
    const name = groups.name?.trim() ?? withoutSeparators(after, "leading");
    const label = withoutSeparators(groups.label ?? whole.replace(groups.name ?? "", ""), "trailing");
    const separator = /^\s*([:–—-])/u.exec(text.slice(found.index + label.length))?.[1] ?? " ";
    if (groups.number !== void 0) {
      const prefix = label.slice(0, Math.max(0, label.lastIndexOf(groups.number)));
      const level = numberedLevel(prefix, groups.number);
      level.label = label || level.label;
      return { level, name, separator };
    }
    if (groups.roman !== void 0) {
      const major = romanNumber(groups.roman.toUpperCase());
      if (major === void 0) return void 0;
      return { level: { label: label || groups.roman, major, rank: major }, name, separator };
    }
    return void 0;
  };
}
function pageLevelReader(spec) {
  return spec.pattern !== void 0 || (spec.names?.length ?? 0) > 0 ? levelReader(spec) : void 0;
}

// src/model/build-page.ts
var fileNameLevel = /^L(\d{1,2})(?:\.(\d{1,2}))?(?=[-_ .]|$)/;
var titleLevel = /^L(\d{1,2})(?:\.(\d{1,2}))?(\s*[:\-–]\s*|\s+)(\S.*)?$/su;
var leadingEmoji = new RegExp("^(\\p{Extended_Pictographic}(?:\\uFE0F|\\u200D\\p{Extended_Pictographic})*\\uFE0F?)\\s*", "u");
var leadingShortcode = /^:([a-z0-9_+-]{1,64}):\s*/;
var leadingGarbled = /^([^\p{ASCII}]{2,12})[ \t]+/u;
function levelFromFileName(path) {
  const base = path.split("/").pop() ?? path;
  const match = fileNameLevel.exec(base);
  return match ? makeLevel(match[1], match[2]) : void 0;
}
function fileNameReading(path, levelOf2) {
  const base = (path.split("/").pop() ?? path).replace(/\.(md|markdown|txt)$/i, "");
  const words2 = (text) => text.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  if (levelOf2) {
    const found = levelOf2(base);
    return found ? { level: found.level, name: words2(found.name) } : void 0;
  }
  const level = levelFromFileName(path);
  return level ? { level, name: words2(base.replace(/^L\d{1,2}(?:\.\d{1,2})?/, "")) } : void 0;
}
function makeLevel(major, minor) {
  return numberedLevel("L", `${major}${minor === void 0 ? "" : `.${minor}`}`);
}
function trackOf(path) {
  const index = path.lastIndexOf("/");
  return index === -1 ? "." : path.slice(0, index);
}
function buildLadderPage(tree, file, path, levelOf2) {
  const source = String(file);
  const children = tree.children.filter((node) => node.type !== "yaml");
  const title = readTitle(children, source, levelOf2);
  const fromFileName = fileNameReading(path, levelOf2)?.level;
  const level = fromFileName ?? title?.level;
  const page = {
    path,
    kind: level ? "level" : "other",
    track: trackOf(path),
    metadata: [],
    sections: []
  };
  if (title) page.title = title;
  if (!level) return page;
  page.level = level;
  page.levelSource = fromFileName ? "file-name" : "title";
  const firstSectionIndex = children.findIndex(
    (node, index) => node.type === "heading" && node.depth >= 2 && !isTitleNode(node, index, title)
  );
  readBody(page, children, firstSectionIndex, file);
  return page;
}
function readBody(page, nodes, firstSectionIndex, file) {
  const preamble = nodes.slice(0, firstSectionIndex === -1 ? nodes.length : firstSectionIndex);
  const summaryNode = preamble.find((node) => node.type === "blockquote");
  if (summaryNode?.position)
    page.summary = { text: nodeText2(summaryNode).trim(), position: summaryNode.position };
  page.metadata = readMetadata(preamble, positions(file));
  if (firstSectionIndex !== -1) page.sections = readSections(nodes.slice(firstSectionIndex));
}
function isTitleNode(node, index, title) {
  return title !== void 0 && index === 0 && node.position?.start.line === title.position.start.line;
}
function readTitle(children, source, levelOf2) {
  const first = children[0];
  if (!first?.position) return void 0;
  if (first.type === "heading") {
    return makeTitle(nodeText2(first).trim(), "heading", first.depth, first.position, levelOf2);
  }
  if (first.type === "paragraph" || first.type === "thematicBreak") {
    const line = lineAt(source, first.position.start.offset ?? 0);
    const stars = /^(\*{2,3})\s*(\S.*)$/.exec(line);
    if (stars?.[2]) {
      const end = { ...first.position.start, column: first.position.start.column + line.length };
      if (end.offset !== void 0) end.offset = (first.position.start.offset ?? 0) + line.length;
      return makeTitle(
        withoutClosingStars(stars[2]),
        stars[1] === "**" ? "bold" : "stars",
        0,
        { start: first.position.start, end },
        levelOf2
      );
    }
  }
  return void 0;
}
function lineAt(source, offset) {
  const end = source.indexOf("\n", offset);
  return source.slice(offset, end === -1 ? void 0 : end).replace(/\r$/, "");
}
function withoutClosingStars(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "*" || /\s/.test(text[end - 1] ?? ""))) end--;
  return text.slice(0, end);
}
function makeTitle(text, form, depth, position, levelOf2) {
  const title = { text, name: text, separator: "", form, depth, position };
  if (levelOf2) {
    const found = levelOf2(text);
    if (found) {
      title.level = found.level;
      title.separator = found.separator;
      title.name = found.name;
    }
    return title;
  }
  const match = titleLevel.exec(text);
  if (match) {
    title.level = makeLevel(match[1], match[2]);
    title.separator = (match[3] ?? "").trim() || " ";
    title.name = (match[4] ?? "").trim();
  }
  return title;
}
function splitLines(paragraph) {
  const lines = [{ nodes: [] }];
  for (const node of paragraph.children) {
    if (node.type === "break") {
      lines.push({ nodes: [] });
      continue;
    }
    if (node.type === "text" && node.value.includes("\n") && node.position) {
      const parts = node.value.split("\n");
      let offset = node.position.start.offset ?? 0;
      parts.forEach((part, index) => {
        if (index > 0) lines.push({ nodes: [] });
        const start = offset;
        offset += part.length + 1;
        if (part.length > 0) {
          lines.at(-1)?.nodes.push({
            type: "text",
            value: part,
            position: { start: offsetOnly(start), end: offsetOnly(start + part.length) }
          });
        }
      });
      continue;
    }
    lines.at(-1)?.nodes.push(node);
  }
  return lines.filter((line) => line.nodes.length > 0);
}
function offsetOnly(offset) {
  return { line: 0, column: 0, offset };
}
function readMetadata(preamble, place2) {
  const fields = [];
  for (const node of preamble) {
    if (node.type === "list") {
      for (const item of node.children) {
        const paragraph = item.children[0];
        if (paragraph?.type !== "paragraph") continue;
        const field2 = readField(splitLines(paragraph)[0], "list", place2);
        if (field2 && item.position) fields.push({ ...field2, position: item.position });
      }
    } else if (node.type === "paragraph") {
      for (const line of splitLines(node)) {
        const field2 = readField(line, "paragraph", place2);
        if (field2) fields.push(field2);
      }
    }
  }
  return fields;
}
function readField(line, form, place2) {
  const [label, ...rest] = line?.nodes ?? [];
  if (label?.type !== "strong" || !label.position) return void 0;
  const labelText = nodeText2(label).trim();
  const inside = labelText.endsWith(":");
  const restText = rest.map((node) => nodeText2(node)).join("");
  if (!inside && !/^\s*:/.test(restText)) return void 0;
  const leading = /^\s*:?\s*/.exec(restText)?.[0].length ?? 0;
  const value = restText.slice(leading).trim();
  const labelPosition = resolve4(label.position, place2);
  const lastNode = rest.at(-1) ?? label;
  const end = resolve4(lastNode.position ?? label.position, place2).end;
  const field2 = {
    label: labelText.replace(/:$/, "").trim(),
    value,
    form,
    position: { start: labelPosition.start, end },
    labelPosition
  };
  const firstRest = rest[0]?.position;
  if (value && firstRest?.start.offset !== void 0) {
    const startOffset = firstRest.start.offset + leading;
    const start = place2.toPoint(startOffset);
    if (start) field2.valuePosition = { start, end };
  }
  return field2;
}
function resolve4(position, place2) {
  const fix = (point) => point.line === 0 && point.offset !== void 0 ? place2.toPoint(point.offset) ?? point : point;
  return { start: fix(position.start), end: fix(position.end) };
}
function readEmoji(text) {
  const unicode = leadingEmoji.exec(text);
  if (unicode?.[1])
    return {
      emoji: { raw: unicode[1], form: "unicode", resolved: unicode[1] },
      rest: text.slice(unicode[0].length)
    };
  const shortcode2 = leadingShortcode.exec(text);
  if (shortcode2?.[1])
    return { emoji: { raw: `:${shortcode2[1]}:`, form: "shortcode" }, rest: text.slice(shortcode2[0].length) };
  const garbled = leadingGarbled.exec(text);
  if (garbled?.[1]) {
    const repair = repairMojibake(garbled[1]);
    if (repair) {
      return {
        emoji: { raw: garbled[1], form: "garbled", resolved: repair.repaired },
        rest: text.slice(garbled[0].length)
      };
    }
  }
  return { emoji: { raw: "", form: "none" }, rest: text };
}
function readSections(nodes) {
  const sections = [];
  let current;
  const flush = () => {
    if (current) sections.push(makeSection(current.heading, current.body));
  };
  for (const node of nodes) {
    if (node.type === "heading") {
      flush();
      current = { heading: node, body: [] };
    } else {
      current?.body.push(node);
    }
  }
  flush();
  return sections;
}
function makeSection(heading, body) {
  const { emoji: emoji2, rest } = readEmoji(nodeText2(heading).trim());
  const section2 = {
    name: rest.trim(),
    emoji: emoji2,
    depth: heading.depth,
    position: heading.position ?? zeroPosition,
    bullets: []
  };
  const intro = body[0];
  if (intro?.type === "blockquote" && intro.position)
    section2.intro = { text: nodeText2(intro).trim(), position: intro.position };
  let inExamples;
  let boldExamples;
  for (const node of body) {
    if (node.type === "html" && /^\s*<details\b/i.test(node.value)) {
      inExamples = openDetails(node);
      section2.examples ??= inExamples;
      if (inExamples.closed) inExamples = void 0;
      continue;
    }
    if (node.type === "html" && /<\/details\s*>/i.test(node.value)) {
      if (inExamples) {
        inExamples.closed = true;
        if (node.position) inExamples.position = { start: inExamples.position.start, end: node.position.end };
      }
      inExamples = void 0;
      continue;
    }
    if (node.type === "paragraph" && isBoldExamplesLabel(node) && node.position) {
      boldExamples = {
        form: "bold",
        summary: nodeText2(node).replace(/:\s*$/, "").trim(),
        closed: true,
        blankLineAfterSummary: true,
        items: [],
        position: node.position
      };
      section2.examples ??= boldExamples;
      continue;
    }
    if (node.type === "list") {
      const target = inExamples?.items ?? boldExamples?.items ?? section2.bullets;
      target.push(...bulletsOf(node));
      if (inExamples && node.position)
        inExamples.position = { start: inExamples.position.start, end: node.position.end };
    }
  }
  return section2;
}
var zeroPosition = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 }
};
function isBoldExamplesLabel(node) {
  return node.children.length === 1 && node.children[0]?.type === "strong" && /^examples:?$/i.test(nodeText2(node).trim());
}
function openDetails(node) {
  const summary = /<summary>([^<]*)<\/summary>/i.exec(node.value)?.[1]?.trim() ?? "";
  const afterSummary = node.value.replace(/^[\s\S]*?<\/summary>/i, "");
  const closed = /<\/details\s*>/i.test(node.value);
  const swallowed = closed ? afterSummary.replace(/<\/details\s*>[\s\S]*$/i, "") : afterSummary;
  const block = {
    form: "details",
    summary,
    closed,
    blankLineAfterSummary: swallowed.trim() === "",
    items: [],
    position: node.position ?? zeroPosition
  };
  if (!block.blankLineAfterSummary && node.position) {
    const startLine = node.position.start.line;
    const lines = node.value.split("\n");
    lines.forEach((line, index) => {
      const item = /^(\s*[-*+][ \t]+)(\S.*)?$/.exec(line);
      if (item?.[2] && item[1]) {
        const lineNumber = startLine + index;
        block.items.push({
          text: item[2].trim(),
          position: {
            start: { line: lineNumber, column: item[1].length + 1 },
            end: { line: lineNumber, column: line.length + 1 }
          }
        });
      }
    });
  }
  return block;
}
function bulletsOf(list2) {
  return list2.children.flatMap(
    (item) => item.position ? [{ text: nodeText2(item).trim(), position: item.position }] : []
  );
}

// src/model/field-readers.ts
var maxLabelLength = 60;
function readLabelLines(nodes, source, place2) {
  const fields = [];
  for (const node of nodes) {
    if (node.type !== "paragraph") continue;
    if (!node.children.some((child) => child.type === "strong" || child.type === "emphasis")) continue;
    const glyphs = paragraphGlyphs(node, source);
    for (const line of splitGlyphLines(glyphs)) {
      const field2 = readLabelLine(line, node, source, place2);
      if (field2) fields.push(field2);
    }
  }
  return fields;
}
function paragraphGlyphs(paragraph, source) {
  const glyphs = [];
  paragraph.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
  return glyphs;
}
function readLabelLine(line, paragraph, source, place2) {
  const trimmed = trimGlyphs(line);
  const first = trimmed[0];
  if (!first) return void 0;
  const head = paragraph.children[first.owner];
  if (head?.type !== "strong" && head?.type !== "emphasis") return void 0;
  const headLength = trimmed.findIndex((glyph) => glyph.owner !== first.owner);
  const inside = trimmed.slice(0, headLength === -1 ? trimmed.length : headLength);
  const after = trimmed.slice(inside.length);
  const insideText = textOf(trimGlyphs(inside));
  const afterText = textOf(after);
  let split;
  if (insideText.endsWith(":")) {
    split = { label: trimGlyphs(inside).slice(0, -1), value: after };
  } else if (/^\s*:/.test(afterText)) {
    split = { label: inside, value: after.slice(afterText.indexOf(":") + 1) };
  } else if (head.type === "emphasis" && after.every((glyph) => /\s/.test(glyph.ch))) {
    split = splitAtColon(inside);
  }
  if (!split || trimGlyphs(split.label).length > maxLabelLength) return void 0;
  const headStart = head.position?.start.offset;
  const lineStart2 = headStart !== void 0 && headStart >= lineStartOf(source, first.at) ? headStart : first.at;
  const lastOwner = paragraph.children[trimmed.at(-1)?.owner ?? first.owner];
  const lineEnd = lineEndOf(source, trimmed.at(-1)?.to ?? first.to);
  const ownerEnd = lastOwner?.position?.end.offset;
  const end = ownerEnd !== void 0 && ownerEnd <= lineEnd ? ownerEnd : trimmed.at(-1)?.to ?? first.to;
  return makeField(split.label, split.value, "label-line", place2, { start: lineStart2, end });
}
function lineStartOf(source, offset) {
  return source.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(source, offset) {
  const end = source.indexOf("\n", offset);
  return end === -1 ? source.length : end;
}
function readTableFields(nodes, source, place2) {
  const fields = [];
  const bound = nodes.at(-1)?.position?.end.offset ?? source.length;
  let consumed = 0;
  for (const node of nodes) {
    if (node.type === "table") {
      fields.push(...gfmTableFields(node, source, place2));
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== "html" || start === void 0 || end === void 0 || end <= consumed) continue;
    const scan = scanHtmlTables(source, Math.max(start, consumed), end, bound);
    consumed = Math.max(consumed, scan.consumed);
    for (const table of scan.tables) {
      for (const row of table) {
        if (row.every((cell2) => cell2.header)) continue;
        fields.push(
          ...rowFields(
            row.map((cell2) => htmlGlyphs(source, cell2.start, cell2.end)),
            place2
          )
        );
      }
    }
  }
  return fields;
}
function gfmTableFields(table, source, place2) {
  return table.children.slice(1).flatMap(
    (row) => rowFields(
      row.children.map((cell2) => {
        const glyphs = [];
        cell2.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
        return glyphs;
      }),
      place2
    )
  );
}
function rowFields(cells, place2) {
  const fields = [];
  for (const cell2 of cells) {
    const split = splitAtColon(collapse(cell2, true));
    const field3 = split && makeField(split.label, collapse(split.value, false), "table", place2);
    if (field3) fields.push(field3);
  }
  const [first, second] = cells;
  if (fields.length > 0 || cells.length !== 2 || !first || !second) return fields;
  const firstLine = collapse(first, true);
  const lineEnd = firstLine.findIndex((glyph) => glyph.ch === "\n");
  let label = firstLine.slice(0, lineEnd === -1 ? firstLine.length : lineEnd);
  const note = label.findIndex((glyph) => glyph.ch === "(");
  if (note !== -1) label = label.slice(0, note);
  label = trimGlyphs(label, " *_");
  if (label.at(-1)?.ch === ":") label = trimGlyphs(label.slice(0, -1), " *_");
  const value = collapse(second, false);
  const field2 = makeField(label, value, "table", place2);
  return field2 ? [field2] : [];
}
var htmlTag = /<(\/?)([a-z][a-z\d]*)\b[^>]*>/iy;
function scanHtmlTables(source, from, to, bound) {
  const tables = [];
  let rows;
  let row;
  let cell2;
  let depth = 0;
  const closeCell = (at) => {
    if (cell2) (row ??= []).push({ ...cell2, end: at });
    cell2 = void 0;
  };
  const closeRow = (at) => {
    closeCell(at);
    if (row?.length) rows?.push(row);
    row = void 0;
  };
  let index = from;
  while (index < (rows ? bound : to)) {
    const open2 = source.indexOf("<", index);
    if (open2 === -1 || open2 >= (rows ? bound : to)) break;
    if (source.startsWith("<!--", open2)) {
      const close = source.indexOf("-->", open2 + 4);
      index = close === -1 ? bound : close + 3;
      continue;
    }
    htmlTag.lastIndex = open2;
    const tag = htmlTag.exec(source);
    index = tag ? open2 + tag[0].length : open2 + 1;
    if (!tag) continue;
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();
    if (name === "table") {
      depth += closing ? -1 : 1;
      if (!rows && !closing) {
        rows = [];
        depth = 1;
      } else if (rows && depth === 0) {
        closeRow(open2);
        tables.push(rows);
        rows = void 0;
      }
      continue;
    }
    if (!rows || depth > 1) continue;
    if (name === "tr" || name === "thead" || name === "tbody" || name === "tfoot") {
      closeRow(open2);
    } else if (name === "td" || name === "th") {
      closeCell(open2);
      if (!closing) cell2 = { start: index, header: name === "th" };
    }
  }
  if (rows) {
    closeRow(bound);
    tables.push(rows);
    index = bound;
  }
  return { tables, consumed: index };
}
var entities = { amp: "&", lt: "<", gt: ">", nbsp: " " };
var entity = /&(amp|lt|gt|nbsp);/iy;
var lineBreakTag = /<br\s*\/?>/iy;
function htmlGlyphs(source, start, end) {
  const glyphs = [];
  let index = start;
  while (index < end) {
    const ch = source[index] ?? "";
    if (ch === "<") {
      lineBreakTag.lastIndex = index;
      const br = lineBreakTag.exec(source);
      if (br) {
        glyphs.push({ ch: "\n", at: index, to: index + br[0].length, owner: 0 });
        index += br[0].length;
        continue;
      }
      const comment = source.startsWith("<!--", index) ? source.indexOf("-->", index) : -1;
      htmlTag.lastIndex = index;
      const tagEnd = comment === -1 ? index + (htmlTag.exec(source)?.[0].length ?? 0) : comment + 3;
      if (tagEnd > index && tagEnd <= end) {
        index = tagEnd;
        continue;
      }
    }
    if (ch === "&") {
      entity.lastIndex = index;
      const match = entity.exec(source);
      if (match) {
        const decoded = entities[(match[1] ?? "").toLowerCase()] ?? "";
        glyphs.push({ ch: decoded, at: index, to: index + match[0].length, owner: 0 });
        index += match[0].length;
        continue;
      }
    }
    glyphs.push({ ch, at: index, to: index + 1, owner: 0 });
    index += 1;
  }
  return glyphs;
}
function readStepFields(nodes, source, place2, steps) {
  const fields = [];
  for (const list2 of nodes.filter((node) => node.type === "list")) {
    for (const item of list2.children) {
      const paragraph = item.children[0];
      const bold = paragraph?.type === "paragraph" ? paragraph.children[0] : void 0;
      if (bold?.type !== "strong") continue;
      const glyphs = [];
      phrasingGlyphs(bold, source, 0, glyphs);
      let text = trimGlyphs(glyphs);
      if (text.at(-1)?.ch === ":") text = trimGlyphs(text.slice(0, -1));
      const step = steps.get(textOf(text).toLowerCase());
      const span = spanOf(text);
      if (!step || !span) continue;
      const position = positionOf(place2, span.start, span.end);
      fields.push({
        label: step.label,
        value: textOf(text),
        form: "step",
        position: item.position ?? position,
        labelPosition: position,
        valuePosition: position
      });
    }
  }
  return fields;
}
function readPatternFields(lines, patterns, place2) {
  const compiled2 = patterns.map((pattern) => ({ ...pattern, matches: matcherOf(pattern.regex) }));
  const fields = [];
  for (const line of lines) {
    for (const pattern of compiled2) {
      const found = pattern.matches(line.text).flatMap((match) => {
        const field2 = patternField(match, line, pattern.label, place2);
        return field2 ? [field2] : [];
      });
      if (found.length > 0) {
        fields.push(...found);
        break;
      }
    }
  }
  return fields;
}
function matcherOf(pattern) {
  if (!(pattern instanceof RegExp)) {
    return (text) => {
      const match = pattern.exec(text);
      return match ? [match] : [];
    };
  }
  const regex = pattern.hasIndices ? pattern : new RegExp(pattern.source, `${pattern.flags}d`);
  return (text) => {
    regex.lastIndex = 0;
    const matches = regex.global ? [...text.matchAll(regex)] : [regex.exec(text)];
    return matches.flatMap((match) => {
      const span = match?.indices?.[0];
      if (!match || !span) return [];
      const spans = { ...match.indices?.groups };
      return [{ text: match[0], index: span[0], span, groups: { ...match.groups }, spans }];
    });
  };
}
function patternField(match, line, fixedLabel, place2) {
  const valueSpan = match.spans.value;
  const matchSpan = match.span;
  if (!valueSpan) return void 0;
  const whole = trimGlyphs(unitGlyphs(line, matchSpan[0], matchSpan[1]));
  const labelSpan = match.spans.label;
  let label = labelSpan ? unitGlyphs(line, labelSpan[0], labelSpan[1]) : trimGlyphs(unitGlyphs(line, matchSpan[0], valueSpan[0]), ":");
  if (!labelSpan && fixedLabel === void 0) return void 0;
  if (trimGlyphs(label).length === 0) label = whole;
  const field2 = makeField(
    label,
    unitGlyphs(line, valueSpan[0], valueSpan[1]),
    "pattern",
    place2,
    spanOf(whole)
  );
  if (field2 && fixedLabel !== void 0) field2.label = fixedLabel;
  return field2;
}
function unitGlyphs(line, start, end) {
  const glyphs = [];
  for (let index = start; index < end; index++) {
    const at = line.offset + index;
    glyphs.push({ ch: line.text[index] ?? "", at, to: at + 1, owner: 0 });
  }
  return glyphs;
}
function readFrontMatterFields(data, spans, place2, keys) {
  const wanted = keys?.map((key) => key.toLowerCase());
  const fields = [];
  for (const [key, raw] of Object.entries(data)) {
    const value = wanted ? listedValue(raw) : defaultValue(raw);
    if (value === void 0 || wanted && !wanted.includes(key.toLowerCase())) continue;
    const span = spans(key);
    if (!span) continue;
    fields.push({
      label: key,
      value,
      form: "front-matter",
      position: positionOf(place2, span.keyOffset, span.valueEnd),
      labelPosition: positionOf(place2, span.keyOffset, span.keyOffset + key.length),
      valuePosition: positionOf(place2, span.valueOffset, span.valueEnd)
    });
  }
  return fields;
}
function defaultValue(raw) {
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "string" && raw.length < 40) return raw;
  return void 0;
}
function listedValue(raw) {
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean") return String(raw);
  if (Array.isArray(raw) && raw.every((item) => ["string", "number", "boolean"].includes(typeof item)))
    return raw.map(String).join(", ");
  return void 0;
}
function phrasingGlyphs(node, source, owner, out) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === "break" && start !== void 0 && end !== void 0) {
    out.push({ ch: "\n", at: start, to: end, owner });
  } else if (node.type === "html" && start !== void 0 && end !== void 0) {
    if (/^<br\s*\/?>$/i.test(node.value)) out.push({ ch: "\n", at: start, to: end, owner });
  } else if ((node.type === "text" || node.type === "inlineCode") && start !== void 0 && end !== void 0) {
    alignText(node.value, start, end, source, owner, out);
  } else if ("children" in node) {
    for (const child of node.children) phrasingGlyphs(child, source, owner, out);
  }
}
var anyEntity = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy;
function alignText(value, start, end, source, owner, out) {
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index++)
      out.push({ ch: value[index] ?? "", at: start + index, to: start + index + 1, owner });
    return;
  }
  let at = start;
  for (const ch of value) {
    while (at < end && source[at] !== ch && source[at] !== "&" && /[\s`\\]/.test(source[at] ?? "")) at++;
    if (at < end && source[at] === ch) {
      out.push({ ch, at, to: at + 1, owner });
      at += 1;
      continue;
    }
    anyEntity.lastIndex = at;
    const match = at < end && source[at] === "&" ? anyEntity.exec(source) : null;
    if (match) {
      out.push({ ch, at, to: at + match[0].length, owner });
      at += match[0].length;
    } else {
      out.push({ ch, at: Math.min(at, end - 1), to: Math.min(at + 1, end), owner });
    }
  }
}
function splitGlyphLines(glyphs) {
  const lines = [[]];
  for (const glyph of glyphs) {
    if (glyph.ch === "\n") lines.push([]);
    else lines.at(-1)?.push(glyph);
  }
  return lines;
}
function textOf(glyphs) {
  return glyphs.map((glyph) => glyph.ch).join("");
}
function trimGlyphs(glyphs, strip = "") {
  const drop = (glyph) => glyph !== void 0 && (/\s/.test(glyph.ch) || strip.includes(glyph.ch));
  let start = 0;
  let end = glyphs.length;
  while (start < end && drop(glyphs[start])) start++;
  while (end > start && drop(glyphs[end - 1])) end--;
  return glyphs.slice(start, end);
}
function collapse(glyphs, lines) {
  const out = [];
  for (const glyph of trimGlyphs(glyphs)) {
    const last = out.at(-1);
    if (!/\s/.test(glyph.ch)) out.push(glyph);
    else if (last && /\s/.test(last.ch)) {
      if (lines && glyph.ch === "\n") out[out.length - 1] = { ...last, ch: "\n" };
    } else out.push({ ...glyph, ch: lines && glyph.ch === "\n" ? "\n" : " " });
  }
  return out;
}
function splitAtColon(glyphs) {
  const text = textOf(glyphs);
  const colon = /:\s/.exec(text)?.index;
  if (colon === void 0) return void 0;
  const label = trimGlyphs(glyphs.slice(0, colon), " *_");
  const value = trimGlyphs(glyphs.slice(colon + 1), " *_");
  if (label.length === 0 || label.length > maxLabelLength || textOf(label).includes("\n")) return void 0;
  return value.length > 0 ? { label, value } : void 0;
}
function spanOf(glyphs) {
  const first = glyphs[0];
  const last = glyphs.at(-1);
  return first && last ? { start: first.at, end: last.to } : void 0;
}
function makeField(labelGlyphs, valueGlyphs, form, place2, whole) {
  const label = trimGlyphs(labelGlyphs);
  const value = trimGlyphs(valueGlyphs);
  const labelSpan = spanOf(label);
  const valueSpan = spanOf(value);
  if (!labelSpan || !valueSpan) return void 0;
  const span = whole ?? { start: labelSpan.start, end: valueSpan.end };
  return {
    label: textOf(label),
    value: textOf(value),
    form,
    position: positionOf(place2, span.start, span.end),
    labelPosition: positionOf(place2, labelSpan.start, labelSpan.end),
    valuePosition: positionOf(place2, valueSpan.start, valueSpan.end)
  };
}
function positionOf(place2, start, end) {
  return { start: pointAt(place2, start), end: pointAt(place2, end) };
}
function pointAt(place2, offset) {
  return place2.toPoint(offset) ?? { line: 1, column: offset + 1, offset };
}

// src/model/read-ladder.ts
function levelPage(path, level, title, sections = []) {
  return {
    path,
    kind: "level",
    level,
    levelSource: "title",
    title,
    track: trackOf(path),
    metadata: [],
    sections
  };
}
var indexPage = /^(?:_?index|readme)\.(?:md|markdown)$/i;
function readLadderFile(tree, file, path, config, layout2 = config.ladder) {
  const parts = levelParts(tree, file, path, layout2.levels);
  const levels2 = parts.filter((part) => part.page.kind === "level");
  if (levels2.length === 0) return [otherPage(tree, file, path, parts)];
  for (const part of levels2) {
    if (layout2.tracks === "file") part.page.track = trackOfFile(path);
    addFields(part, file, layout2, config);
  }
  return levels2.map((part) => part.page);
}
function trackOfFile(path) {
  return path.replace(/\.(md|markdown)$/i, "");
}
function otherPage(tree, file, path, parts) {
  const existing = parts.find((part) => part.page.kind === "other");
  if (existing) return existing.page;
  const page = buildLadderPage(tree, file, path, () => void 0);
  return { ...page, kind: "other" };
}
function levelParts(tree, file, path, spec) {
  const body = tree.children.filter((node) => node.type !== "yaml");
  switch (spec.in) {
    case "page": {
      const page = buildLadderPage(tree, file, path, pageLevelReader(spec));
      return [{ page, nodes: body }];
    }
    case "heading":
      return headingLevels(body, file, path, spec);
    case "front-matter":
      return frontMatterLevel(body, file, path, spec);
    case "yaml": {
      const yamlLevels = yamlLadderLevels(file, path, spec);
      return yamlLevels.length > 0 ? yamlLevels : headingLevels(body, file, path, { in: "heading" });
    }
  }
}
function headingLevels(nodes, file, path, spec) {
  const depth = spec.depth ?? 2;
  const levelOf2 = levelReader(spec.pattern || spec.names ? spec : { pattern: defaultHeadingLevelPattern });
  const parts = [];
  nodes.forEach((node, index) => {
    if (node.type !== "heading" || node.depth !== depth || !node.position) return;
    const title = makeTitle(nodeText3(node).trim(), "heading", depth, node.position, levelOf2);
    if (!title.level) return;
    let end = nodes.findIndex((next, at) => at > index && next.type === "heading" && next.depth <= depth);
    if (end === -1) end = nodes.length;
    const segment = nodes.slice(index + 1, end);
    const page = levelPage(path, title.level, title);
    const firstSection = segment.findIndex((next) => next.type === "heading" && next.depth > depth);
    readBody(page, segment, firstSection, file);
    parts.push({ page, nodes: segment });
  });
  return parts;
}
function frontMatterKeySpan(source, key) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  const text = source.slice(range.start, range.end);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`^${escaped}[ \\t]*:[ \\t]*("?)([^\\n"]*)`, "m").exec(text);
  if (!found) return void 0;
  const keyOffset = range.start + found.index;
  const valueOffset = keyOffset + found[0].length - (found[2]?.length ?? 0);
  return { keyOffset, valueOffset, valueEnd: valueOffset + (found[2]?.trimEnd().length ?? 0) };
}
function spanPosition(file, start, end) {
  const place2 = positions(file);
  const from = place2.toPoint(start);
  const to = place2.toPoint(end);
  return from && to ? { start: from, end: to } : void 0;
}
function frontMatterLevel(nodes, file, path, spec) {
  const data = frontMatterDataOf(String(file.value));
  const base = path.split("/").pop() ?? path;
  const key = spec.key ?? "weight";
  const titleKey = spec.titleKey ?? "title";
  const order2 = Number(data?.[key]);
  if (!data || indexPage.test(base) || data[key] === void 0 || !Number.isFinite(order2)) return [];
  const source = String(file.value);
  const titleText = String(data[titleKey] ?? base.replace(/\.(md|markdown)$/i, "")).trim();
  const span = frontMatterKeySpan(source, titleKey) ?? frontMatterKeySpan(source, key);
  const position = (span && spanPosition(file, span.valueOffset, span.valueEnd)) ?? {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 1, offset: 0 }
  };
  const named = spec.pattern || spec.names ? levelReader(spec)(titleText) : void 0;
  const title = makeTitle(titleText, "heading", 0, position);
  title.name = named?.name ?? titleText;
  title.separator = "";
  const level = named?.level ?? { label: titleText, major: order2, rank: order2 };
  title.level = level;
  const page = levelPage(path, level, title);
  const firstSection = nodes.findIndex((node) => node.type === "heading");
  readBody(page, nodes, firstSection, file);
  return [{ page, nodes }];
}
function yamlLadderLevels(file, path, spec) {
  const ladder = readYamlLadder(String(file.value), spec);
  if (!ladder) return [];
  const trackTitle = ladder.title?.text ?? path;
  return ladder.levels.map((entry) => {
    const position = spanPosition(file, entry.offset, entry.endOffset) ?? {
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 }
    };
    const level = numberedLevel("Level ", String(entry.level));
    const title = makeTitle(`${level.label}`, "heading", 0, position);
    title.level = level;
    title.name = trackTitle;
    const sections = entry.topics.map((topic) => ({
      name: topic.name,
      emoji: { raw: "", form: "none" },
      depth: 2,
      position: spanPosition(file, topic.offset, topic.endOffset) ?? position,
      bullets: topic.criteria.flatMap((criterion) => {
        const at = spanPosition(file, criterion.offset, criterion.endOffset);
        return at ? [{ text: criterion.text, position: at }] : [];
      })
    }));
    const page = levelPage(path, level, title, sections);
    const lines = entry.criteria.map((criterion) => ({ text: criterion.text, offset: criterion.offset }));
    return { page, nodes: [], lines };
  });
}
function sourceLines(nodes, source) {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === void 0 || end === void 0) return [];
  const lines = [];
  let offset = start;
  for (const text of source.slice(start, end).split("\n")) {
    lines.push({ text: text.replace(/\r$/, ""), offset });
    offset += text.length + 1;
  }
  return lines;
}
var stepsByLayout = /* @__PURE__ */ new WeakMap();
function stepsOf(config, layout2) {
  const byLayout = stepsByLayout.get(config) ?? /* @__PURE__ */ new WeakMap();
  stepsByLayout.set(config, byLayout);
  let steps = byLayout.get(layout2);
  if (!steps) {
    steps = stepsFor(config, layout2);
    byLayout.set(layout2, steps);
  }
  return steps;
}
function stepsFor(config, layout2) {
  const steps = /* @__PURE__ */ new Map();
  const templates = layout2.template ? [config.templates[layout2.template]] : Object.values(config.templates);
  for (const template2 of templates) {
    for (const field2 of template2?.metadata?.fields ?? []) {
      const scale2 = field2.scale ? config.scales[field2.scale] : void 0;
      for (const rank of scale2?.ranks ?? [])
        for (const phrase of [rank.name, ...rank.phrases])
          if (!steps.has(phrase.toLocaleLowerCase("en")))
            steps.set(phrase.toLocaleLowerCase("en"), { label: field2.label });
    }
  }
  return steps;
}
function addFields(part, file, layout2, config) {
  const source = String(file.value);
  const place2 = positions(file);
  const found = [];
  for (const spec of layout2.fields ?? []) {
    switch (spec.from) {
      case "label-lines":
        found.push(...readLabelLines(part.nodes, source, place2));
        break;
      case "table":
        found.push(...readTableFields(part.nodes, source, place2));
        break;
      case "steps": {
        const steps = stepsOf(config, layout2);
        part.page.metadata = part.page.metadata.filter(
          (field2) => !steps.has(field2.label.toLocaleLowerCase("en"))
        );
        found.push(...readStepFields(part.nodes, source, place2, steps));
        break;
      }
      case "pattern":
        found.push(
          ...readPatternFields(
            part.lines ?? sourceLines(part.nodes, source),
            [
              {
                regex: safePattern(spec.pattern ?? ""),
                ...spec.label ? { label: spec.label } : {}
              }
            ],
            place2
          )
        );
        break;
      case "front-matter":
        found.push(
          ...readFrontMatterFields(
            frontMatterDataOf(source) ?? {},
            (key) => frontMatterKeySpan(source, key),
            place2,
            spec.keys
          )
        );
        break;
    }
  }
  const taken = new Set(part.page.metadata.map((field2) => field2.labelPosition.start.line));
  for (const field2 of found) {
    if (taken.has(field2.labelPosition.start.line)) continue;
    taken.add(field2.labelPosition.start.line);
    part.page.metadata.push(field2);
  }
}
function frontMatterDataOf(source) {
  const range = frontMatterRange(source);
  if (!range) return void 0;
  try {
    const data = parseYaml2(source.slice(range.start, range.end));
    return data && typeof data === "object" && !Array.isArray(data) ? data : void 0;
  } catch {
    return void 0;
  }
}

// src/model/anchors.ts
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { visit as visit2 } from "unist-util-visit";
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
  visit2(tree, (node) => {
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
import { VFile as VFile2 } from "vfile";
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
      return pageAnchors(parseMarkdown(new VFile2({ path: absolutePath, value: text })));
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

// src/model/template-match.ts
function sameWords(a, b) {
  return a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");
}
function sectionMatches(spec, section2) {
  if (sameWords(spec.name, section2.name)) return true;
  if (spec.aliases?.some((alias) => sameWords(alias, section2.name))) return true;
  return spec.pattern !== void 0 && safePattern(spec.pattern, { ignoreCase: true }).test(section2.name);
}
function templateFit(template2, page) {
  const required = template2.sections.filter((spec) => spec.required !== false);
  if (required.length === 0) return 0;
  const found = required.filter((spec) => page.sections.some((section2) => sectionMatches(spec, section2)));
  return found.length / required.length;
}
var minimumFit = 0.5;
function bestTemplate(templates, page) {
  let best;
  for (const [name, template2] of Object.entries(templates)) {
    const fit = templateFit(template2, page);
    if (fit >= minimumFit && (!best || fit > best.fit)) best = { name, fit };
  }
  return best?.name;
}

// src/rule-api/context.ts
function levelContext(page, config, layout2, overrideTemplate) {
  const templateName2 = overrideTemplate ?? (page.kind !== "level" ? void 0 : (
    // Only pages of the page-per-level layout are matched to a template by fit: the
    // built-in templates describe such pages, and other layouts name theirs.
    layout2.template ?? (layout2.levels.in === "page" ? bestTemplate(config.templates, page) : void 0)
  ));
  const context = { page, templateFromOverride: overrideTemplate !== void 0 };
  if (templateName2 !== void 0) {
    context.templateName = templateName2;
    const template2 = config.templates[templateName2];
    if (template2) context.template = template2;
  }
  return context;
}
function makeContext(pages, config, linked, overrideTemplate, layout2 = config.ladder) {
  const levels2 = pages.map((page) => levelContext(page, config, layout2, overrideTemplate));
  return { ...levels2[0], levels: levels2, layout: layout2, config, linkedPages: linked };
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

// src/rule-api/define-rule.ts
import { lintRule } from "unified-lint-rule";
var docsBase = "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/";
function ruleUrls(id) {
  return { origin: `ladder-lint:${id}`, url: `${docsBase}${id}.md` };
}
function definePageRule(meta, check, extras = {}) {
  const urls = ruleUrls(meta.id);
  const plugin = lintRule(urls, check);
  return Object.assign(plugin, {
    meta: { ...meta, ...urls },
    ...extras
  });
}
function defineTrackRule(meta, rule) {
  return { ...rule, meta: { ...meta, ...ruleUrls(meta.id) } };
}
function isPageRule(rule) {
  return rule.meta.scope === "page";
}

// src/findings/fix.ts
function fixOf(source, range, text, was) {
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > source.length)
    return void 0;
  if (was !== void 0 && source.slice(start, end) !== was) return void 0;
  return { range: [start, end], text };
}
function attachFix(message, fix) {
  if (fix) message.fix = fix;
}
function attachSuggestions(message, suggestions) {
  const kept = suggestions.filter((suggestion) => suggestion.desc);
  if (kept.length > 0) message.suggestions = [...message.suggestions ?? [], ...kept];
}

// src/text/prose.ts
var barrier = "\0";
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
  const mask = source.split("").map(() => barrier);
  const fill = (start, end, unit) => {
    for (let offset = start; offset < end; offset++) mask[offset] = source[offset] === "\n" ? "\n" : unit;
  };
  const copy = (start, end) => {
    for (let offset = start; offset < end; offset++) mask[offset] = source[offset] ?? barrier;
    for (const match of source.slice(start, end).matchAll(sourceSpelling))
      fill(start + match.index, start + match.index + match[0].length, " ");
  };
  const walk = (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === void 0 || end === void 0) return;
    if (node.type === "text") return copy(start, end);
    if (node.type === "html" && spellingDirective.test(node.value)) return copy(start, end);
    if (containers.has(node.type)) {
      if (node.type === "link" && isAddress(node)) return;
      fill(start, end, " ");
      if (node.type === "tableCell") {
        if (source[start] === "|") mask[start] = barrier;
        if (end - 1 > start && source[end - 1] === "|") mask[end - 1] = barrier;
      }
      for (const child of "children" in node ? node.children : []) {
        const childStart = child.position?.start.offset;
        const childEnd = child.position?.end.offset;
        if (childStart !== void 0 && childEnd !== void 0 && !containers.has(child.type) && child.type !== "text")
          fill(childStart, childEnd, barrier);
        walk(child);
      }
      return;
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (tree.children[0]?.type === "yaml")
    for (const span of readYamlLadder(source)?.prose ?? []) copy(span.offset, span.endOffset);
  return mask.join("");
}
function isAddress(link) {
  const [only2] = link.children;
  if (link.children.length !== 1 || only2?.type !== "text") return false;
  const text = only2.value.replace(/^mailto:/, "");
  return link.url === only2.value || link.url.replace(/^(mailto:|https?:\/\/)/, "") === text.replace(/^https?:\/\//, "");
}
function proseLines(tree, source) {
  return proseMask(tree, source).replace(
    /\0/g,
    (_, offset) => source[offset] === "\n" ? "\n" : " "
  );
}
function spellableProse(tree, source) {
  let prose = proseLines(tree, source);
  for (const match of findMojibake(prose))
    prose = prose.slice(0, match.index) + " ".repeat(match.text.length) + prose.slice(match.index + match.text.length);
  return prose;
}

// rules/ladder-doubled-word.ts
var optionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: "Words that may be doubled; replaces the default list."
    }
  }
};
var defaultAllowedDoubles = ["that", "had", "is"];
var word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
var onlySpace = /^[ \t\n]+$/;
var ladderDoubledWord = definePageRule(
  {
    id: "ladder-doubled-word",
    description: "No word is written twice in a row.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true,
    options: optionsSchema
  },
  (tree, file, options) => {
    const allowed = new Set((options?.allow ?? defaultAllowedDoubles).map((entry) => entry.toLowerCase()));
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place2 = positions(file);
    let previous;
    for (const match of prose.matchAll(word)) {
      const current = { text: match[0], start: match.index, end: match.index + match[0].length };
      const before = previous;
      previous = current;
      if (!before || before.text.toLowerCase() !== current.text.toLowerCase()) continue;
      const gap = prose.slice(before.end, current.start);
      if (gap.includes(barrier) || !onlySpace.test(gap)) continue;
      if (allowed.has(current.text.toLowerCase()) || new RegExp("^\\p{N}+$", "u").test(current.text)) continue;
      const start = place2.toPoint(before.start);
      const end = place2.toPoint(current.end);
      if (!start || !end) continue;
      const message = file.message(`"${current.text}" is written twice in a row. Remove one of them.`, {
        place: { start, end }
      });
      message.actual = source.slice(before.start, current.end);
      if (onlySpace.test(source.slice(before.end, current.start))) {
        message.expected = [before.text];
        attachFix(message, fixOf(source, [before.end, current.end], ""));
      }
    }
  }
);
var ladder_doubled_word_default = ladderDoubledWord;

// rules/ladder-emoji-style.ts
import { emojiToName, nameToEmoji } from "gemoji";
import { visit as visit3 } from "unist-util-visit";
var optionsSchema2 = {
  type: "object",
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ["unicode", "shortcode"],
      description: "Require this style everywhere instead of following the ladder's majority."
    }
  }
};
var shortcode = /:([a-z\d_+-]+):/g;
var emoji = new RegExp("\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic})*", "gu");
var ladderEmojiStyle = defineTrackRule(
  {
    id: "ladder-emoji-style",
    description: "A ladder writes emoji either as emoji or as :shortcodes:, not both.",
    defaultSeverity: "warn",
    scope: "ladder",
    fixable: true,
    options: optionsSchema2
  },
  {
    collect(_page, tree, text) {
      const prose = proseMask(tree, text);
      const place2 = positions(text);
      const headings = [];
      visit3(tree, "heading", (heading) => {
        const { start, end } = heading.position ?? {};
        if (start?.offset !== void 0 && end?.offset !== void 0)
          headings.push([start.offset, end.offset]);
      });
      const uses = { unicode: [], shortcode: [] };
      const add = (style, offset, written2, other2) => {
        const start = place2.toPoint(offset);
        const end = place2.toPoint(offset + written2.length);
        const range = [offset, offset + written2.length];
        const inHeading = headings.some(([from, to]) => offset >= from && offset < to);
        if (start && end) uses[style].push({ text: written2, other: other2, place: { start, end }, range, inHeading });
      };
      for (const match of prose.matchAll(shortcode)) {
        const character = nameToEmoji[match[1] ?? ""];
        if (character) add("shortcode", match.index, match[0], character);
      }
      for (const match of prose.matchAll(emoji)) {
        const name = emojiToName[match[0]] ?? emojiToName[match[0].replace(/\uFE0F/g, "")];
        if (name) add("unicode", match.index, match[0], `:${name}:`);
      }
      return uses;
    },
    check(context) {
      const all = { unicode: [], shortcode: [] };
      for (const page of context.pages) {
        const uses = context.collected(page);
        all.unicode.push(...(uses?.unicode ?? []).map((use) => ({ ...use, page })));
        all.shortcode.push(...(uses?.shortcode ?? []).map((use) => ({ ...use, page })));
      }
      const pinned = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
      if (!pinned && (all.unicode.length === 0 || all.shortcode.length === 0)) return;
      const kept = pinned ?? (all.shortcode.length > all.unicode.length ? "shortcode" : "unicode");
      const flagged = kept === "unicode" ? "shortcode" : "unicode";
      const first = all[kept][0];
      for (const use of all[flagged]) {
        const because = pinned ? `this ladder is set to write ${kept === "unicode" ? "emoji" : "shortcodes"} (ladder-emoji-style "prefer": "${kept}")` : `the rest of the ladder writes ${kept === "unicode" ? "the emoji itself" : "shortcodes"} (${all[kept].length} times${first ? `, first at ${first.page.path}:${first.place.start.line}` : ""})`;
        const fix = { range: use.range, text: use.other };
        context.report(
          use.page,
          `"${use.text}" is written as ${flagged === "unicode" ? "an emoji" : "a shortcode"}, but ${because}. Write "${use.other}" instead.`,
          {
            place: use.place,
            expected: [use.other],
            ...use.inHeading ? {
              suggestions: [
                {
                  desc: `Write "${use.other}" instead; this changes the heading's link anchor, so update the links to it.`,
                  fix
                }
              ]
            } : { fix }
          }
        );
      }
    }
  }
);
var ladder_emoji_style_default = ladderEmojiStyle;

// rules/ladder-front-matter.ts
var optionsSchema3 = {
  type: "object",
  additionalProperties: false,
  properties: {
    allow: {
      type: "array",
      items: { type: "string" },
      description: 'Criteria that may repeat within a level, such as labels every topic has ("Criteria for sublevel A"); a text ending in * allows every criterion that starts with it.'
    }
  }
};
var ladderFrontMatter = definePageRule(
  {
    id: "ladder-front-matter",
    description: "YAML front matter can be read, and a ladder kept in it declares the levels it describes and lists each criterion once per level.",
    defaultSeverity: "error",
    scope: "page",
    options: optionsSchema3
  },
  (tree, file, options) => {
    if (tree.children[0]?.type !== "yaml") return;
    const { config } = ladderContext(tree, file);
    const levels2 = config.ladder?.levels;
    const source = String(file.value);
    const ladder = readYamlLadder(source, levels2);
    if (!ladder) return;
    const place2 = positions(file);
    const report = (reason, span) => {
      const start = place2.toPoint(span.offset);
      const end = place2.toPoint(span.endOffset);
      if (start) file.message(reason, { place: end ? { start, end } : start });
    };
    for (const error of ladder.errors) report(error.reason, error);
    if (levels2?.in !== "yaml") return;
    checkLevelCount(ladder, levels2.count ?? defaultYamlLevels.count, report);
    checkRepeatedCriteria(ladder, options?.allow ?? [], (offset) => place2.toPoint(offset)?.line, report);
  }
);
function checkLevelCount(ladder, key, report) {
  const declared = ladder.declaredCount;
  const used = ladder.levels.map((level) => level.level);
  const lowest = used[0];
  const highest = used.at(-1);
  if (!declared || lowest === void 0 || highest === void 0 || highest === declared.value) return;
  const says = `"${key}: ${declared.value}" says this track has ${declared.value} levels, but its topics describe`;
  if (highest > declared.value) {
    const extra = used.filter((level) => level > declared.value);
    const named = `level${extra.length > 1 ? "s" : ""} ${listed(extra)}`;
    report(`${says} ${named}. Make it "${key}: ${highest}", or remove ${named}.`, declared);
  } else {
    const range = lowest === highest ? `level ${lowest}` : `levels ${lowest}\u2013${highest}`;
    const missing = highest + 1 === declared.value ? `level ${declared.value}` : `levels ${highest + 1}\u2013${declared.value}`;
    report(`${says} only ${range}. Make it "${key}: ${highest}", or describe ${missing}.`, declared);
  }
}
function checkRepeatedCriteria(ladder, allow, lineOf, report) {
  const allowed = allow.map((entry) => ({
    text: sameText(entry.replace(/\*$/, "")),
    prefix: entry.endsWith("*")
  }));
  for (const level of ladder.levels) {
    const first = /* @__PURE__ */ new Map();
    const labels = labelsOf(level);
    for (const criterion of level.criteria) {
      const same = sameText(criterion.text);
      if (same === "" || labels.has(same)) continue;
      if (allowed.some(({ text, prefix }) => prefix ? same.startsWith(text) : same === text)) continue;
      const earlier = first.get(same);
      if (!earlier) {
        first.set(same, criterion);
        continue;
      }
      const line = lineOf(earlier.offset);
      report(
        `This criterion is already listed for level ${level.level}${line ? ` (line ${line})` : ""}. Remove one of the two.`,
        criterion
      );
    }
  }
}
function labelsOf(level) {
  const topicsWith = /* @__PURE__ */ new Map();
  for (const topic of level.topics)
    for (const text of new Set(topic.criteria.map((criterion) => sameText(criterion.text))))
      topicsWith.set(text, (topicsWith.get(text) ?? 0) + 1);
  return new Set([...topicsWith].filter(([, count2]) => count2 >= 3).map(([text]) => text));
}
function sameText(text) {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}
function listed(levels2) {
  if (levels2.length < 2) return levels2.join("");
  return `${levels2.slice(0, -1).join(", ")} and ${levels2.at(-1)}`;
}
var ladder_front_matter_default = ladderFrontMatter;

// rules/ladder-grammar.ts
import { ParseEnglish } from "parse-english";
import retextIndefiniteArticle from "retext-indefinite-article";
import { VFile as VFile3 } from "vfile";
import { location } from "vfile-location";
var closedCompounds = {
  "team mate": "teammate",
  "team mates": "teammates",
  "stake holder": "stakeholder",
  "stake holders": "stakeholders",
  "work flow": "workflow",
  "work flows": "workflows",
  "check list": "checklist",
  "check lists": "checklists",
  "play book": "playbook",
  "play books": "playbooks",
  "data base": "database",
  "data bases": "databases",
  "hand book": "handbook",
  "white board": "whiteboard",
  "white boarding": "whiteboarding",
  "on boarding": "onboarding"
};
var compoundPattern = new RegExp(
  `(?<![\\p{L}\\p{N}'\u2019-])(${Object.keys(closedCompounds).map((pair) => pair.replace(" ", "[ \\t]*\\n?[ \\t]*")).join("|")})(?![\\p{L}\\p{N}'\u2019-])`,
  "giu"
);
var articleAndWord = /(?<![\p{L}\p{N}'’-])(an?)(\s+["'“‘(]?)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/giu;
var mayMismatch = (article, word3) => article.length === 1 ? /^[aeiouh\d]/i.test(word3) : !/^[ai]/i.test(word3);
function startsSentence(prose, offset) {
  let before = offset - 1;
  while (before >= 0 && (prose[before] === " " || prose[before] === "	")) before--;
  return before < 0 || ".!?:\n\0".includes(prose[before] ?? "");
}
var parser2 = new ParseEnglish();
var checkArticles = retextIndefiniteArticle();
function articleFor(article, word3) {
  const judge = (text) => {
    const scratch = new VFile3({ value: `${article} ${text}` });
    checkArticles(parser2.parse(String(scratch.value)), scratch);
    return scratch.messages[0]?.expected?.[0];
  };
  const verdict = judge(word3);
  if (verdict || !new RegExp("^[AEIO]\\p{Ll}", "u").test(word3)) return verdict;
  return judge(word3.toLowerCase()) === "an" ? withCaseOf(article, "an") : void 0;
}
var withCaseOf = (model, text) => new RegExp("^\\p{Lu}", "u").test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
var ladderGrammar = definePageRule(
  {
    id: "ladder-grammar",
    description: `"a" and "an" fit the next word's sound, and closed compounds ("teammates") are one word.`,
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place2 = location(file);
    const found = [];
    for (const match of prose.matchAll(articleAndWord)) {
      const [written2, article = "", gap = "", word3 = ""] = match;
      if (!mayMismatch(article, word3)) continue;
      if (article === "A" && !startsSentence(prose, match.index)) continue;
      const expected = articleFor(article, word3);
      if (!expected || source.slice(match.index, match.index + written2.length) !== written2) continue;
      found.push({
        start: match.index,
        end: match.index + written2.length,
        reason: `Write "${expected} ${word3}", not "${article} ${word3}": "${word3}" starts with ${expected.toLowerCase() === "an" ? "a vowel" : "a consonant"} sound.`,
        expected: `${expected}${gap}${word3}`
      });
    }
    for (const match of prose.matchAll(compoundPattern)) {
      const written2 = match[0];
      const closed = closedCompounds[written2.toLowerCase().replace(/\s+/g, " ")];
      if (!closed || source.slice(match.index, match.index + written2.length) !== written2) continue;
      const expected = withCaseOf(written2, closed);
      found.push({
        start: match.index,
        end: match.index + written2.length,
        reason: `"${written2.replace(/\s+/g, " ")}" is one word: write "${expected}".`,
        expected
      });
    }
    found.sort((a, b) => a.start - b.start);
    for (const finding of found) {
      const start = place2.toPoint(finding.start);
      const end = place2.toPoint(finding.end);
      if (!start || !end) continue;
      const message = file.message(finding.reason, { place: { start, end } });
      message.actual = source.slice(finding.start, finding.end);
      message.expected = [finding.expected];
    }
  }
);
var ladder_grammar_default = ladderGrammar;

// rules/ladder-heading-style.ts
import { toString as toString2 } from "mdast-util-to-string";
import { visit as visit4 } from "unist-util-visit";
var hashes = (depth) => "#".repeat(depth);
var leadingStars = /^(\*{2,3}|_{2,3})(?=\S)/;
var examplesLabel = /^examples\s*:?$/i;
var leadingEmoji2 = /^(?::[a-z0-9_+-]+:|[^\p{L}\p{N}])+/iu;
function withoutMarks(text) {
  let start = 0;
  let end = text.length;
  while (start < end && "*_".includes(text.charAt(start))) start++;
  while (end > start && "*_".includes(text.charAt(end - 1))) end--;
  return text.slice(start, end).trim();
}
var ladderHeadingStyle = definePageRule(
  {
    id: "ladder-heading-style",
    description: 'Headings are real headings: no bold line standing in for one, a "#" title first, no skipped levels.',
    defaultSeverity: "warn",
    scope: "page"
  },
  (tree, file) => {
    const source = String(file.value);
    const { page, template: template2, layout: layout2 } = ladderContext(tree, file);
    const frontMatterTitle = tree.children[0]?.type === "yaml" && /^title\s*:/m.test(tree.children[0].value);
    const headings = [];
    const fakes = [];
    const titleLine = layout2.levels.in === "page" && page.kind === "level" ? page.title?.position.start.line : void 0;
    visit4(tree, ["heading", "paragraph"], (node, _index, parent) => {
      if (node.type === "heading") {
        headings.push(node);
        return;
      }
      const paragraph = node;
      const start = paragraph.position?.start;
      const end = paragraph.position?.end;
      if (parent?.type !== "root" || !start || !end || start.line !== end.line || start.column !== 1) return;
      if (start.line === titleLine) return;
      const line = source.slice(start.offset, end.offset);
      const [first2] = paragraph.children;
      const text = withoutMarks(toString2(paragraph));
      if (!text || /[.!?]$/.test(text) || examplesLabel.test(text)) return;
      if (leadingStars.test(line) && first2?.type === "text" && /^[*_]/.test(first2.value)) {
        fakes.push({ node: paragraph, text, unclosed: true });
        return;
      }
      const whole = paragraph.children.length === 1 && (first2?.type === "strong" || first2?.type === "emphasis");
      const index = parent.children.indexOf(paragraph);
      if (whole && /^(\*\*|__)/.test(line) && parent.children[index + 1]?.type === "list")
        fakes.push({ node: paragraph, text, unclosed: false });
    });
    const h1 = headings.some((heading) => heading.depth === 1);
    const depthFor = (fake, text) => {
      const name = text.replace(leadingEmoji2, "").trim();
      const spec = template2?.sections.find((section2) => sectionMatches(section2, { name }));
      if (spec?.depth) return spec.depth;
      const line = fake.position.start.line;
      const before = headings.filter((heading) => heading.position.start.line < line).pop();
      if (before) return Math.min(before.depth + 1, 6);
      return h1 || frontMatterTitle || page.title ? 2 : 1;
    };
    for (const fake of fakes) {
      const expected = `${hashes(depthFor(fake.node, fake.text))} ${fake.text}`;
      const line = source.slice(fake.node.position.start.offset, fake.node.position.end.offset);
      const message = file.message(
        fake.unclosed ? `This line starts with "${leadingStars.exec(line)?.[1]}" that are never closed, so the page shows them. Write it as a heading: "${expected}".` : `This bold line stands in for a heading, so it is missing from the page's outline and cannot be linked to. Write it as a heading: "${expected}".`,
        { place: fake.node.position }
      );
      message.actual = line;
      message.expected = [expected];
    }
    const first = headings[0];
    if (first && first.depth !== 1 && !h1 && !frontMatterTitle && titleLine === void 0 && page.kind !== "level") {
      const text = toString2(first);
      const expected = `# ${text}`;
      const message = file.message(
        `The page's first heading "${hashes(first.depth)} ${text}" is not a title. Start the page with a "#" heading: "${expected}".`,
        { place: first.position }
      );
      message.actual = source.slice(first.position.start.offset, first.position.end.offset);
      message.expected = [expected];
    }
    for (let index = 1; index < headings.length; index++) {
      const previous = headings[index - 1];
      const heading = headings[index];
      if (heading.depth <= previous.depth + 1) continue;
      const text = toString2(heading);
      const expected = `${hashes(previous.depth + 1)} ${text}`;
      const message = file.message(
        `"${hashes(heading.depth)} ${text}" comes right under a "${hashes(previous.depth)}" heading, skipping a level. Write it as "${expected}".`,
        { place: heading.position }
      );
      message.actual = source.slice(heading.position.start.offset, heading.position.end.offset);
      message.expected = [expected];
    }
  }
);
var ladder_heading_style_default = ladderHeadingStyle;

// rules/ladder-level-order.ts
var ladderLevelOrder = definePageRule(
  {
    id: "ladder-level-order",
    description: "A file that holds several levels writes each once, from the lowest up.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const pages = ladderContext(tree, file).levels.map(({ page }) => page).filter((page) => page.kind === "level" && !!page.level && !!page.title);
    if (pages.length < 2) return;
    const seen = /* @__PURE__ */ new Map();
    let highest;
    for (const page of pages) {
      const line = (other2) => other2.title.position.start.line;
      const key = page.level.label.toLocaleLowerCase("en");
      const earlier = seen.get(key);
      if (earlier) {
        file.message(
          `${page.level.label} is written twice in this file (first on line ${line(earlier)}). Merge the two, or give this one the level it was meant to have.`,
          { place: page.title.position }
        );
        continue;
      }
      seen.set(key, page);
      if (highest && page.level.rank < highest.level.rank) {
        file.message(
          `${page.level.label} comes after ${highest.level.label} (line ${line(highest)}). Write the levels from the lowest up: move ${page.level.label} before ${highest.level.label}.`,
          { place: page.title.position }
        );
        continue;
      }
      highest = page;
    }
  }
);
var ladder_level_order_default = ladderLevelOrder;

// rules/ladder-links.ts
import { dirname as dirname3, resolve as resolve5 } from "node:path";
import remarkValidateLinks from "remark-validate-links";
import { unified as unified2 } from "unified";
import { visit as visit5 } from "unist-util-visit";
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
var validator = unified2().use(remarkValidateLinks, { repository: false });
function relativeTarget(url, pagePath) {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith("/") || url.startsWith("?")) return void 0;
  const [pathPart = "", anchorPart = ""] = url.split("#", 2);
  const path = safeDecode(pathPart.split("?")[0] ?? "");
  return { path: path ? resolve5(dirname3(pagePath), path) : pagePath, anchor: safeDecode(anchorPart) };
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
  const written2 = link && hash >= 0 ? link.url.slice(hash) : void 0;
  const text = start === void 0 || end === void 0 ? "" : source.slice(start, end);
  const at = written2 ? text.lastIndexOf(written2) : -1;
  const once = written2 !== void 0 && at >= 0 && text.indexOf(written2) === at;
  return anchors.map((anchor) => ({
    desc: `Link to "${prefix}#${anchor}".`,
    ...once && start !== void 0 ? { fix: { range: [start + at, start + at + (written2?.length ?? 0)], text: `#${anchor}` } } : {}
  }));
}
function missingAnchorReason(url, where2) {
  return `This link goes to "${url}", but ${where2} has no heading with that anchor. Link to one of its headings, or fix the anchor.`;
}
var ladderLinks = definePageRule(
  {
    id: "ladder-links",
    description: "Every relative link points to a file that exists, and every #anchor to a heading there.",
    defaultSeverity: "error",
    scope: "page"
  },
  async (tree, file) => {
    const { linkedPages: linkedPages2 } = ladderContext(tree, file);
    const pagePath = resolve5(file.cwd, file.path);
    const links = /* @__PURE__ */ new Map();
    visit5(tree, (node) => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.position)
        links.set(`${node.position.start.line}:${node.position.start.column}`, node);
    });
    const scratch = new VirtualFile({ path: pagePath.replaceAll("%", "%25"), value: file.value });
    const undecodable = /* @__PURE__ */ new Map();
    visit5(tree, (node) => {
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
      const place2 = found.place && "start" in found.place ? found.place : void 0;
      const link = place2 ? links.get(`${place2.start.line}:${place2.start.column}`) : void 0;
      const url = link ? safeDecode(link.url) : "";
      const target = link ? relativeTarget(link.url, pagePath) : void 0;
      if (found.ruleId === "missing-heading") {
        const message = file.message(missingAnchorReason(url, "the page"), {
          place: place2 ?? { line: 1, column: 1 }
        });
        if (target) {
          const anchors = closestMatches(target.anchor, pageAnchors(tree));
          message.expected = anchors.map((anchor) => `#${anchor}`);
          attachSuggestions(message, anchorSuggestions(String(file.value), link, "", anchors));
        }
        continue;
      }
      if (target && linkedPages2.inMemory(target.path)) continue;
      if (target) missingFiles.add(target.path);
      file.message(
        `This link goes to "${url.split("#")[0]}", which does not exist. Fix the path or remove the link.`,
        { place: place2 ?? { line: 1, column: 1 } }
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
      const anchors = await linkedPages2.anchorsOf(target.path);
      if (!anchors || anchors.has(target.anchor)) continue;
      const url = safeDecode(link.url);
      const pathPart = url.split("#")[0] ?? "";
      const fileName2 = pathPart.split("/").pop() || pathPart;
      const message = file.message(missingAnchorReason(url, fileName2), {
        place: link.position ?? { line: 1, column: 1 }
      });
      const closest = closestMatches(target.anchor, anchors);
      message.expected = closest.map((anchor) => `${pathPart}#${anchor}`);
      attachSuggestions(message, anchorSuggestions(String(file.value), link, pathPart, closest));
    }
  }
);
var ladder_links_default = ladderLinks;

// rules/ladder-lost-list-marker.ts
import { visit as visit6 } from "unist-util-visit";
import { location as location2 } from "vfile-location";
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
    const place2 = location2(file);
    const markerOf = (list2) => {
      const start = list2?.position?.start;
      if (!list2 || list2.ordered || start?.column !== 1 || start.offset === void 0) return void 0;
      const marker = source[start.offset];
      return marker === "-" || marker === "*" || marker === "+" ? marker : void 0;
    };
    const report = (line, text, list2) => {
      const message = reportLostMarker(file, line, text);
      const marker = markerOf(list2);
      const offset = place2.toOffset({ line, column: 1 });
      if (marker && offset !== void 0 && /^\S/.test(text))
        attachFix(message, fixOf(source, [offset, offset], `${marker} `));
    };
    visit6(tree, "list", (list2) => {
      for (const item of list2.children) lostInItem(item, list2);
    });
    function lostInItem(item, list2) {
      const paragraph = item.children[0];
      if (paragraph?.type !== "paragraph" || !paragraph.position || !item.position) return;
      const start = paragraph.position.start.line;
      for (let line = start + 1; line <= paragraph.position.end.line; line++) {
        const text = lines[line - 1] ?? "";
        const previous = lines[line - 2] ?? "";
        if (/^\S/.test(text) && sentenceEnd.test(previous) && bulletLike.test(text)) report(line, text, list2);
      }
    }
    visit6(tree, "paragraph", (paragraph, index, parent) => {
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

// rules/ladder-metadata.ts
function isAllowedExtra(label, allowed) {
  return allowed.some(
    (pattern) => pattern.endsWith("*") ? label.toLocaleLowerCase("en").startsWith(pattern.slice(0, -1).toLocaleLowerCase("en")) : sameWords(pattern, label)
  );
}
var ladderMetadata = definePageRule(
  {
    id: "ladder-metadata",
    description: "A page has the metadata bullets its template asks for, once each.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkMetadata(level, file);
  }
);
function relabel(source, field2, label) {
  const start = field2.labelPosition.start.offset;
  const end = field2.labelPosition.end.offset;
  if (start === void 0 || end === void 0) return void 0;
  const written2 = source.slice(start, end);
  const marker = written2.slice(0, 2);
  if (marker !== "**" && marker !== "__" || !written2.endsWith(marker)) return void 0;
  const inside = written2.slice(2, -2);
  const at = inside.indexOf(field2.label);
  if (at < 0 || inside.slice(0, at).trim() !== "") return void 0;
  if (!/^:?$/.test(inside.slice(at + field2.label.length).trim())) return void 0;
  const from = start + 2 + at;
  return fixOf(source, [from, from + field2.label.length], label, field2.label);
}
function checkMetadata({ page, template: template2 }, file) {
  const specs = template2?.metadata?.fields;
  if (page.kind !== "level" || !template2?.metadata || !specs || specs.length === 0) return;
  const example = (spec) => `- **${spec.label}**: \u2026`;
  if (page.metadata.length === 0) {
    const required = specs.filter((spec) => spec.required !== false);
    if (required.length === 0) return;
    file.message(
      `The metadata bullets are missing. Add them under the summary: ${required.map((spec) => `"${example(spec)}"`).join(", ")}.`,
      { place: page.summary?.position ?? page.title?.position ?? { line: 1, column: 1 } }
    );
    return;
  }
  const firstParagraphField = page.metadata.find((field2) => field2.form === "paragraph");
  if (firstParagraphField) {
    file.message(
      `The metadata lines are not a list, so GitHub runs them together into one paragraph. Start each line with "- ", as in "- **${firstParagraphField.label}**: ${firstParagraphField.value}".`,
      { place: firstParagraphField.position }
    );
  }
  const matched = /* @__PURE__ */ new Map();
  let lastIndex = -1;
  let lastField;
  for (const field2 of page.metadata) {
    const spec = specs.find(
      (candidate) => sameWords(candidate.label, field2.label) || candidate.aliases?.some((alias) => sameWords(alias, field2.label))
    );
    if (!spec) {
      if (!isAllowedExtra(field2.label, template2.metadata.allowExtra ?? [])) {
        file.message(
          `"${field2.label}" is not one of the metadata fields of this page's template (${specs.map((candidate) => `"${candidate.label}"`).join(", ")}). Rename it to one of them, or remove it.`,
          { place: field2.labelPosition }
        );
      }
      continue;
    }
    const earlier = matched.get(spec);
    if (earlier) {
      file.message(
        `"${field2.label}" is given twice (first on line ${earlier.position.start.line}). Keep one.`,
        { place: field2.labelPosition }
      );
      continue;
    }
    matched.set(spec, field2);
    const index = specs.indexOf(spec);
    if (index < lastIndex && lastField) {
      file.message(
        `"${field2.label}" should come before "${lastField.label}", in the order ${specs.map((candidate) => `"${candidate.label}"`).join(", ")}.`,
        { place: field2.labelPosition }
      );
    } else {
      lastIndex = index;
      lastField = field2;
    }
    if (!sameWords(spec.label, field2.label) && !spec.acceptAliases) {
      const message = file.message(
        `"${field2.label}" is another name for "${spec.label}". Use "${spec.label}", as the template and the other pages do.`,
        { place: field2.labelPosition }
      );
      message.expected = [spec.label];
      attachFix(message, relabel(String(file.value), field2, spec.label));
    }
    if (field2.value.replace(/[.\s]/g, "") === "") {
      file.message(`"${field2.label}" has no value. Fill it in, or remove the line if it does not apply.`, {
        place: field2.position
      });
      continue;
    }
    const repeated = [spec.label, field2.label, ...spec.aliases ?? []].find(
      (label) => field2.value.toLocaleLowerCase("en").startsWith(`${label.toLocaleLowerCase("en")}:`)
    );
    if (repeated) {
      const fixed = field2.value.slice(repeated.length + 1).trim();
      const message = file.message(
        `The value repeats its label: "${field2.value}". Remove the second "${field2.value.slice(0, repeated.length)}:" so it reads "${fixed}".`,
        { place: field2.valuePosition ?? field2.position }
      );
      message.expected = [fixed];
    }
  }
  for (const spec of specs) {
    if (spec.required === false || matched.has(spec)) continue;
    file.message(
      `The "${spec.label}" field is missing. Add "${example(spec)}" with the other metadata bullets.`,
      {
        place: page.metadata.at(-1)?.position ?? page.title?.position ?? { line: 1, column: 1 }
      }
    );
  }
}
var ladder_metadata_default = ladderMetadata;

// src/text/match-case.ts
function withCapitalsOf(word3, replacement) {
  if (word3.length > 1 && word3 === word3.toUpperCase() && word3 !== word3.toLowerCase())
    return replacement.toUpperCase();
  const first = word3[0] ?? "";
  if (first !== first.toLowerCase() && replacement === replacement.toLowerCase())
    return (replacement[0] ?? "").toUpperCase() + replacement.slice(1);
  return replacement;
}

// rules/ladder-mixed-spelling.ts
var optionsSchema4 = {
  type: "object",
  additionalProperties: false,
  properties: {
    prefer: {
      enum: ["en-US", "en-GB"],
      description: "Deprecated: spelling.variant in the configuration says the same for every rule; this still works."
    }
  }
};
var variantNames = { "en-US": "American", "en-GB": "British" };
var other = (variant) => variant === "en-US" ? "en-GB" : "en-US";
var word2 = new RegExp("\\p{L}{4,}", "gu");
var clearMajority = 2 / 3;
function count(uses) {
  const counts2 = { "en-US": 0, "en-GB": 0 };
  for (const use of uses) counts2[use.variant]++;
  return counts2;
}
function summaryPage(pages) {
  const depth = (page) => page.path.split("/").length;
  const byPath = [...pages].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const readmes = byPath.filter((page) => /(^|\/)readme\.md$/i.test(page.path)).sort((a, b) => depth(a) - depth(b));
  return readmes[0] ?? byPath[0];
}
var ladderMixedSpelling = defineTrackRule(
  {
    id: "ladder-mixed-spelling",
    description: "A ladder is written in British or in American English, not both.",
    defaultSeverity: "warn",
    scope: "ladder",
    fixable: true,
    options: optionsSchema4
  },
  {
    prepare: prepareEnglishVariants,
    async collect(_page, tree, text) {
      const place2 = positions(text);
      const matches = [...proseMask(tree, text).matchAll(word2)];
      const words2 = [...new Set(matches.map((match) => match[0].toLowerCase()))];
      const variants = new Map(
        (await englishVariantsOf(words2)).map((variant, index) => [words2[index], variant])
      );
      const uses = [];
      for (const match of matches) {
        const spelling2 = variants.get(match[0].toLowerCase());
        const start = place2.toPoint(match.index);
        const end = place2.toPoint(match.index + match[0].length);
        if (spelling2 && start && end)
          uses.push({
            word: match[0],
            ...spelling2,
            place: { start, end },
            range: [match.index, match.index + match[0].length]
          });
      }
      return uses;
    },
    async check(context) {
      const files = context.pages.map((page) => ({ page, uses: context.collected(page) ?? [] })).filter(({ uses }) => uses.length > 0);
      const everyUse = files.flatMap(({ page, uses }) => uses.map((use) => ({ ...use, page })));
      if (everyUse.length === 0) return;
      const ladder = count(everyUse);
      const total = ladder["en-US"] + ladder["en-GB"];
      const firstUse = (variant2) => {
        const use = everyUse.find((candidate) => candidate.variant === variant2);
        return use && { path: use.page.path, line: use.place.start.line, word: use.word };
      };
      const configured = context.config.spelling.variant;
      const preferred = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
      const majority = ladder["en-GB"] > ladder["en-US"] || ladder["en-GB"] === ladder["en-US"] && /gb/i.test(context.config.spelling.language) ? "en-GB" : "en-US";
      const pinned = configured ?? preferred;
      const clear = ladder[majority] >= total * clearMajority;
      const variant = pinned ?? majority;
      const decidedBy = configured ? "spelling.variant" : preferred ? "prefer" : clear ? "majority" : "split";
      const data = { variant, decidedBy, ladder, firstUse: firstUse(variant) };
      if (decidedBy === "split") {
        const page = summaryPage(context.pages);
        if (page)
          context.report(
            page,
            `This ladder mixes British (${ladder["en-GB"]} words) and American (${ladder["en-US"]}) spelling. Choose one: set spelling.variant to "en-GB" or "en-US".`,
            {
              place: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
              data: {
                decidedBy,
                ladder,
                firstUse: { "en-GB": firstUse("en-GB"), "en-US": firstUse("en-US") }
              },
              key: "split ladder"
            }
          );
      }
      const setting = decidedBy === "spelling.variant" ? `spelling.variant is "${variant}"` : `"prefer", now spelling.variant`;
      for (const { page, uses } of files) {
        const own = count(uses);
        const mixed = own["en-US"] > 0 && own["en-GB"] > 0;
        if (decidedBy === "split" && !(mixed && own[variant] >= own[other(variant)])) continue;
        for (const use of uses) {
          if (use.variant === variant) continue;
          const fix = withCapitalsOf(use.word, use.otherForm);
          const name = variantNames[variant];
          const reason = decidedBy === "split" ? `"${use.word}" is ${variantNames[use.variant]}, but this page writes ${name}, as most of the ladder does. Write "${fix}", or set spelling.variant.` : decidedBy === "majority" ? `"${use.word}" is ${variantNames[use.variant]}, but this ladder writes ${name} (${ladder[variant]} of ${total} words). Write "${fix}", or set spelling.variant.` : `"${use.word}" is ${variantNames[use.variant]}, but this ladder is set to ${name} (${setting}). Write "${fix}".`;
          context.report(page, reason, {
            place: use.place,
            expected: [fix],
            fix: { range: use.range, text: fix },
            key: use.word.toLowerCase(),
            data: { ...data, page: own, mixedOnPage: mixed }
          });
        }
      }
    }
  }
);
var ladder_mixed_spelling_default = ladderMixedSpelling;

// rules/ladder-mojibake.ts
var encodingNames = {
  "windows-1252": "Windows-1252",
  macintosh: "Mac OS Roman",
  latin1: "Latin-1"
};
var invisibleNames = {
  "\u200B": "zero-width space (U+200B)",
  "\u200C": "zero-width non-joiner (U+200C)",
  "\u200D": "zero-width joiner (U+200D)",
  "\u2060": "word joiner (U+2060)",
  "\uFEFF": "byte-order mark (U+FEFF)",
  "\xAD": "soft hyphen (U+00AD)",
  "\uFE0F": "emoji variation selector (U+FE0F), outside any emoji,"
};
var invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\uFE0F/g;
var emojiSequence = new RegExp("\\p{RGI_Emoji}", "gv");
var pictographic = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
function characterBefore(source, offset) {
  return Array.from(source.slice(Math.max(0, offset - 2), offset)).pop() ?? "";
}
function partsOfEmoji(source) {
  const parts = /* @__PURE__ */ new Set();
  if (!/\u200D|\uFE0F/.test(source)) return parts;
  for (const match of source.matchAll(emojiSequence))
    for (let offset = match.index; offset < match.index + match[0].length; offset++) parts.add(offset);
  for (const match of source.matchAll(/\u200D|\uFE0F/g)) {
    if (parts.has(match.index)) continue;
    const before = characterBefore(source, match.index);
    const joined = match[0] === "\uFE0F" ? pictographic.test(before) : pictographic.test(before === "\uFE0F" ? characterBefore(source, match.index - 1) : before) && pictographic.test(String.fromCodePoint(source.codePointAt(match.index + 1) ?? 0));
    if (joined) parts.add(match.index);
  }
  return parts;
}
var ladderMojibake = definePageRule(
  {
    id: "ladder-mojibake",
    description: "No mis-decoded or invisible characters in a page.",
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const source = String(file.value);
    const place2 = positions(file);
    const report = (offset, length, reason, fix, actual) => {
      const start = place2.toPoint(offset);
      const end = place2.toPoint(offset + length);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = actual ?? source.slice(offset, offset + length);
      if (fix !== void 0) {
        message.expected = [fix];
        attachFix(message, fixOf(source, [offset, offset + length], fix));
      }
    };
    for (const match of findMojibake(source)) {
      report(
        match.index,
        match.text.length,
        `"${match.text}" is garbled: it was meant to read "${match.repair.repaired}", but its UTF-8 bytes were read as ${encodingNames[match.repair.encoding]} (usually by an editor or a copy and paste). Replace it with "${match.repair.repaired}".`,
        match.repair.repaired
      );
    }
    for (const match of source.matchAll(/\uFFFD+/g)) {
      report(
        match.index,
        match[0].length,
        `"${match[0]}" stands for characters that were lost when the file was converted; they cannot be recovered from the page. Type them again.`
      );
    }
    const emoji2 = partsOfEmoji(source);
    for (const match of source.matchAll(invisible)) {
      const character = match[0];
      if (character === "\uFEFF" && match.index === 0) continue;
      if (emoji2.has(match.index)) continue;
      report(
        match.index,
        1,
        `An invisible ${invisibleNames[character] ?? "character"} is here${character === "\uFEFF" ? ", in the middle of the page (usually from joining two files)" : ""}. It breaks search and spell checking. Delete it.`,
        ""
      );
    }
    const prose = proseMask(tree, source);
    for (const match of prose.matchAll(/\u00A0+/g)) {
      report(
        match.index,
        match[0].length,
        "A non-breaking space is here instead of an ordinary one (usually pasted from a document or web page). It stops the line from wrapping and search from matching. Replace it with a space.",
        " "
      );
    }
  }
);
var ladder_mojibake_default = ladderMojibake;

// rules/ladder-placeholder.ts
import { toString as nodeText4 } from "mdast-util-to-string";
import { visit as visit7 } from "unist-util-visit";
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
    visit7(tree, (node) => {
      if (node.type === "text" && node.position) {
        for (const match of node.value.matchAll(markers)) {
          const marker = match[1] ?? "";
          const count2 = (shown.get(marker) ?? 0) + 1;
          shown.set(marker, count2);
          if (count2 > placeholdersShown) {
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
        const text = nodeText4(node);
        if (emptyText.test(text)) {
          const what = node.type === "heading" ? "heading" : "bullet";
          file.message(
            `This ${what} is ${text.trim() ? `only "${text.trim()}"` : "empty"}: a placeholder left in the page. Write it or remove it.`,
            { place: node.position }
          );
        }
      }
    });
    for (const [marker, { count: count2, place: place2 }] of hidden)
      file.message(
        `"${marker}" is left in the page ${count2} more times after the ${placeholdersShown} listed, starting here. Write the text each stands for, or remove them.`,
        { place: place2 }
      );
  }
);
var ladder_placeholder_default = ladderPlaceholder;

// rules/ladder-progression.ts
import { VFileMessage } from "vfile-message";

// src/progression/scales.ts
var numberWords = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12
};
var amount = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
var durationPattern = new RegExp(
  String.raw`(?<![\p{L}\d])(?:~\s*)?${amount}\s*(?:(?:-|–|to)\s*${amount}\s*)?(?:(\+)\s*)?(?:-\s*)?(week|month|quarter|year|cycle)s?\b`,
  "iu"
);
function toNumber(text) {
  if (text === void 0) return void 0;
  const lower = text.toLowerCase();
  return numberWords[lower] ?? Number(lower);
}
function placeDuration(value, cycleWeeks = 6) {
  const text = value.toLowerCase();
  const weeksPer = {
    week: 1,
    month: 52 / 12,
    quarter: 13,
    year: 52,
    cycle: cycleWeeks
  };
  const cycles = /\bcurrent and next (?:cycle|sprint)/.test(text) ? 2 : /\b(?:current|this) (?:cycle|sprint)\b/.test(text) ? 1 : void 0;
  if (cycles !== void 0) {
    const weeks = cycles * cycleWeeks;
    return {
      min: weeks,
      max: weeks,
      reading: `${cycles} ${cycles === 1 ? "cycle" : "cycles"} (${weeks} weeks)`
    };
  }
  const match = durationPattern.exec(text);
  if (!match) return void 0;
  const unit = weeksPer[match[4] ?? ""] ?? 1;
  const low = toNumber(match[1]);
  const high = toNumber(match[2]) ?? low;
  if (low === void 0 || high === void 0 || Number.isNaN(low) || Number.isNaN(high)) return void 0;
  const min = Math.round(low * unit);
  const max = match[3] ? Number.POSITIVE_INFINITY : Math.round(high * unit);
  return {
    min,
    max,
    reading: max === min ? `${min} weeks` : max === Infinity ? `${min}+ weeks` : `${min}\u2013${max} weeks`
  };
}
function escape2(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var parenthesised = /\(([^()]*)\)/g;
var countAtStart = /^\s*(?:~\s*)?(\d+)\s*(?:(?:-|–|to)\s*(\d+)\s*)?(\+)?/;
function countIn(text) {
  for (const group of text.matchAll(parenthesised)) {
    const count2 = countAtStart.exec(group[1] ?? "");
    if (count2) return count2;
  }
  return void 0;
}
function placeRank(value, ranks) {
  const text = value.toLowerCase();
  let best;
  for (const [index, rank] of ranks.entries()) {
    for (const phrase of rank.phrases) {
      const pattern = new RegExp(`(?<![\\p{L}\\d])${escape2(phrase.toLowerCase())}(?![\\p{L}\\d])`, "u");
      const found = pattern.exec(text);
      if (!found) continue;
      const better = !best || found.index < best.at || found.index === best.at && phrase.length > best.length;
      if (better) best = { index, at: found.index, length: phrase.length };
    }
  }
  const count2 = countIn(text);
  const counted = count2 ? ` (${count2[1]}${count2[2] ? `\u2013${count2[2]}` : ""}${count2[3] ? "+" : ""} people)` : "";
  if (best) {
    const name = ranks[best.index]?.name ?? "";
    return {
      min: best.index,
      max: best.index,
      reading: `${name}, step ${best.index + 1} of ${ranks.length}${counted}`
    };
  }
  if (count2) {
    const people = Number(count2[1]);
    const index = ranks.findIndex((rank) => rank.count !== void 0 && rank.count >= people);
    if (index >= 0)
      return {
        min: index,
        max: index,
        reading: `${ranks[index]?.name}, step ${index + 1} of ${ranks.length}${counted}`
      };
  }
  return void 0;
}
var numberPattern = /(?:~\s*)?(-?\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(-?\d+(?:\.\d+)?)\s*)?(?:(\+)\s*)?(%)?/;
function placeNumber(value) {
  const match = numberPattern.exec(value);
  if (!match) return void 0;
  const min = Number(match[1]);
  const max = match[3] ? Number.POSITIVE_INFINITY : Number(match[2] ?? match[1]);
  const unit = match[4] ?? "";
  return {
    min,
    max,
    reading: max === min ? `${min}${unit}` : max === Infinity ? `${min}${unit}+` : `${min}\u2013${max}${unit}`
  };
}
function place(value, scale2) {
  switch (scale2.kind) {
    case "duration":
      return placeDuration(value, scale2.cycleWeeks);
    case "ranks":
      return placeRank(value, scale2.ranks ?? []);
    case "number":
      return placeNumber(value);
  }
}
function comparePlacements(a, b) {
  return a.min - b.min || (a.max === b.max ? 0 : a.max < b.max ? -1 : 1);
}
function scaleHint(scaleName2, scale2) {
  switch (scale2.kind) {
    case "duration":
      return `Write it as a length of time such as "Current cycle", "Two quarters", "6-12 months" or "3+ years"`;
    case "ranks":
      return `Use the words of one of its steps (${(scale2.ranks ?? []).map((rank) => rank.name).join(" < ")}), or add a phrase to that step under "scales" \u2192 "${scaleName2}" \u2192 "ranks" in the ladder-lint config`;
    case "number":
      return 'Write it as a number or a range such as "5+", "3-5" or "~50-65%"';
  }
}

// src/progression/progression.ts
function levelOrder(level) {
  return level.rank;
}
function scaledFields(config) {
  const columns = /* @__PURE__ */ new Map();
  for (const template2 of Object.values(config.templates)) {
    for (const spec of template2.metadata?.fields ?? []) {
      if (!spec.scale) continue;
      const scale2 = config.scales[spec.scale];
      if (!scale2) continue;
      const key = spec.label.toLowerCase();
      const names = [spec.label, ...spec.aliases ?? []].map((name) => name.toLowerCase());
      const existing = columns.get(key);
      if (existing) existing.names.push(...names.filter((name) => !existing.names.includes(name)));
      else columns.set(key, { label: spec.label, names, scaleName: spec.scale, scale: scale2 });
    }
  }
  return [...columns.values()];
}
function columnOf(field2, columns) {
  const label = field2.label.toLowerCase();
  return columns.find((column) => column.names.includes(label));
}
function valueText(field2) {
  return field2.value.replace(
    new RegExp(`^\\s*${field2.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*`, "i"),
    ""
  );
}
function trackProgression(track2, pages, config) {
  const columns = scaledFields(config);
  const levelPages = pages.filter((page) => page.kind === "level" && page.level);
  const byLevel = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const level = page.level;
    const key = levelOrder(level);
    const row = byLevel.get(key) ?? { level, pages: [] };
    row.pages.push(page);
    byLevel.set(key, row);
  }
  const rows = [...byLevel.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  for (const row of rows) row.pages.sort((a, b) => a.path.localeCompare(b.path));
  const values = [];
  const valueOf = /* @__PURE__ */ new Map();
  for (const page of levelPages) {
    const own = /* @__PURE__ */ new Map();
    for (const field2 of page.metadata) {
      const column = columnOf(field2, columns);
      if (!column || own.has(column)) continue;
      const placement = field2.value.trim() ? place(valueText(field2), column.scale) : void 0;
      const value = { page, column, field: field2, ...placement ? { placement } : {} };
      own.set(column, value);
      values.push(value);
    }
    valueOf.set(page, own);
  }
  const regressions = [];
  for (const column of columns) {
    const direction = column.scale.direction ?? "up";
    if (direction === "any") continue;
    const byRow = rows.map(
      (row) => row.pages.flatMap((page) => {
        const value = valueOf.get(page)?.get(column);
        return value?.placement ? [value] : [];
      })
    );
    for (const found of outliers(byRow, direction)) {
      const [low, high] = found.side === "below" ? [found.againstRow, found.row] : [found.row, found.againstRow];
      const skipped = [];
      const lowerLevel = rows[low].level;
      const higherLevel = rows[high].level;
      if (high - low === 1 && lowerLevel.prefix !== void 0 && lowerLevel.prefix === higherLevel.prefix)
        for (let major = lowerLevel.major + 1; major < higherLevel.major; major++)
          skipped.push(`${lowerLevel.prefix}${major}`);
      regressions.push({ value: found.value, against: found.against, side: found.side, skipped });
    }
  }
  return { track: track2, columns, rows, values, regressions };
}
var mostCandidates = 1e3;
function outliers(byRow, direction) {
  const distinct = [];
  for (const value of byRow.flat())
    if (!distinct.some(
      (other2) => comparePlacements(other2.placement, value.placement) === 0
    ))
      distinct.push(value);
  distinct.sort((a, b) => comparePlacements(a.placement, b.placement));
  const steps = distinct.length;
  const rankOf = (value) => {
    const rank = distinct.findIndex(
      (other2) => comparePlacements(other2.placement, value.placement) === 0
    );
    return direction === "up" ? rank : steps - 1 - rank;
  };
  const ranks = byRow.map((values) => values.map(rankOf));
  const best = Array.from({ length: byRow.length + 1 }, () => new Array(steps + 1).fill(0));
  const choices = (row, highest) => {
    const own = ranks[row] ?? [];
    const tops = [.../* @__PURE__ */ new Set([highest, ...own.filter((rank) => rank >= highest)])].sort((a, b) => a - b);
    return tops.map((top) => ({
      top,
      kept: own.filter((rank) => rank >= highest && rank <= top && rank >= 0).length
    }));
  };
  for (let row = byRow.length - 1; row >= 0; row--)
    for (let highest = -1; highest < steps; highest++)
      best[row][highest + 1] = Math.max(
        ...choices(row, highest).map(({ top, kept }) => kept + (best[row + 1][top + 1] ?? 0))
      );
  const candidates = [];
  const walk = (row, highest, kept) => {
    if (candidates.length >= mostCandidates) return;
    if (row === byRow.length) {
      candidates.push(kept);
      return;
    }
    const target = best[row][highest + 1];
    for (const { top, kept: count2 } of choices(row, highest)) {
      if (count2 + (best[row + 1][top + 1] ?? 0) !== target) continue;
      const own = (ranks[row] ?? []).flatMap(
        (rank, index) => rank >= highest && rank <= top ? [[row, index]] : []
      );
      walk(row + 1, top, [...kept, ...own]);
    }
  };
  walk(0, -1, []);
  const judged = candidates.map((kept) => {
    const isKept = new Set(kept.map(([row, index]) => `${row}:${index}`));
    const blamed = [];
    let cost = 0;
    ranks.forEach(
      (own, row) => own.forEach((rank, index) => {
        if (isKept.has(`${row}:${index}`)) return;
        const below = kept.filter(([other2]) => other2 < row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const above = kept.filter(([other2]) => other2 > row).map(([r, i]) => ranks[r]?.[i] ?? 0);
        const floor = Math.max(-1, ...below);
        const ceiling = Math.min(steps, ...above);
        cost += Math.max(0, floor - rank) + Math.max(0, rank - ceiling);
        blamed.push({ row, index, rank, side: rank < floor ? "below" : "above" });
      })
    );
    const levels2 = blamed.map(({ row }) => row).sort((a, b) => b - a);
    return { kept, blamed, cost, levels: levels2 };
  });
  const higherFirst = (a, b) => {
    for (let index = 0; index < Math.min(a.length, b.length); index++)
      if (a[index] !== b[index]) return (b[index] ?? 0) - (a[index] ?? 0);
    return 0;
  };
  const [chosen] = judged.sort((a, b) => a.cost - b.cost || higherFirst(a.levels, b.levels));
  if (!chosen) return [];
  return chosen.blamed.map(({ row, index, rank, side }) => {
    const conflicting = chosen.kept.filter(([other2, otherIndex]) => {
      const otherRank = ranks[other2]?.[otherIndex] ?? 0;
      return side === "below" ? other2 < row && otherRank > rank : other2 > row && otherRank < rank;
    }).sort(([a], [b]) => side === "below" ? b - a : a - b);
    const [againstRow, againstIndex] = conflicting[0];
    return {
      value: byRow[row]?.[index],
      row,
      against: byRow[againstRow]?.[againstIndex],
      againstRow,
      side
    };
  });
}
function ladderProgression(pages, config) {
  const tracks = /* @__PURE__ */ new Map();
  for (const page of pages) tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  return [...tracks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([track2, members]) => trackProgression(track2, members, config)).filter(
    (progression) => progression.rows.length > 0 && (progression.values.length > 0 || progression.columns.length === 0)
  );
}

// src/rule-api/helpers.ts
function headingFor(spec, section2) {
  const emoji2 = spec.emoji?.find((candidate) => !candidate.startsWith(":")) ?? spec.emoji?.[0];
  return `${"#".repeat(spec.depth ?? 2)} ${emoji2 ? `${emoji2} ` : ""}${section2?.name ?? spec.name}`;
}
function headingOf(section2) {
  return `${"#".repeat(section2.depth)} ${section2.emoji.raw ? `${section2.emoji.raw} ` : ""}${section2.name}`;
}
function fileName(path) {
  return path.split("/").pop() ?? path;
}
function withExtras(message, extras) {
  return Object.assign(message, extras);
}

// rules/ladder-progression.ts
function written(value) {
  return value.field.value.trim().replace(/\.$/, "");
}
function where(value) {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}
var ladderProgression2 = defineTrackRule(
  {
    id: "ladder-progression",
    description: "From one level to the next, metadata such as planning horizon and impact radius never go backwards.",
    defaultSeverity: "error",
    scope: "track"
  },
  {
    check({ pages, config, report }) {
      const unit = config.ladder.levels.in === "page" ? "page" : "level";
      const track2 = pages[0]?.track ?? "";
      const progression = trackProgression(track2, pages, config);
      for (const value of progression.values) {
        if (value.placement || !value.field.value.trim()) continue;
        const noun = value.column.scale.noun ?? value.column.label;
        report(
          value.page,
          `${value.field.label} "${written(value)}" could not be read onto the ${noun} scale, so it is not compared with the levels around it. ${scaleHint(value.column.scaleName, value.column.scale)}.`,
          { place: value.field.valuePosition ?? value.field.position }
        );
      }
      for (const { value, against, side, skipped } of progression.regressions) {
        const direction = value.column.scale.direction ?? "up";
        const order2 = comparePlacements(value.placement, against.placement);
        const comparison = value.column.scale.kind === "duration" ? order2 < 0 ? "shorter than" : "longer than" : order2 < 0 ? "lower than" : "higher than";
        const level = value.page.level?.label ?? "";
        const againstLevel = against.page.level?.label ?? "";
        const gap = skipped.length > 0 ? `, the nearest level ${side} (this track has no ${skipped.join(", ")} ${unit})` : side === "above" ? ", a higher level" : "";
        const fix = direction === "up" ? side === "below" ? "A higher level should not ask for less than the level below: raise this value." : "A lower level should not ask for more than the levels above it: lower this value." : side === "below" ? "This value may only go down from one level to the next: lower this value." : "This value may only go down from one level to the next: raise this value.";
        const reason = `${value.field.label} "${written(value)}" (${level}) is ${comparison} "${written(against)}" at ${againstLevel}${gap} (${where(against)}). ${fix}`;
        const cause = new VFileMessage(
          `${against.column.label} at ${againstLevel} is "${against.field.value.trim()}"`,
          {
            place: against.field.valuePosition ?? against.field.position,
            ruleId: "ladder-progression",
            source: "ladder-lint"
          }
        );
        cause.file = against.page.path;
        report(value.page, reason, {
          place: value.field.valuePosition ?? value.field.position,
          cause,
          key: `${value.field.label}: ${written(value)}`
        });
      }
    }
  }
);
var ladder_progression_default = ladderProgression2;

// rules/ladder-section-content.ts
var examplesBlock = "<details><summary>Examples</summary>";
var ladderSectionContent = definePageRule(
  {
    id: "ladder-section-content",
    description: "Each section has expectation bullets and, where the template asks, a collapsible Examples list.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSections(level, file);
  }
);
function checkSections({ page, template: template2 }, file) {
  if (page.kind !== "level" || !template2) return;
  for (const section2 of page.sections) {
    const spec = template2.sections.find((candidate) => sectionMatches(candidate, section2));
    if (!spec) continue;
    const heading = headingOf(section2);
    if (spec.bullets && section2.bullets.length === 0) {
      file.message(`"${heading}" has no expectation bullets. Add at least one line such as "- I \u2026".`, {
        place: section2.position
      });
    }
    const examples = section2.examples;
    if (!examples) {
      if (spec.examples === "required") {
        file.message(
          `"${heading}" has no Examples block. Add ${examplesBlock}, a blank line, a list of examples and </details> after its bullets.`,
          { place: section2.position }
        );
      }
      continue;
    }
    if (spec.examples === "none") continue;
    if (examples.form === "bold") {
      file.message(
        `The examples of "${heading}" follow a bold "${examples.summary}:" line; the template keeps them in a collapsible ${examplesBlock} block. Replace the line with that block and close it with </details>.`,
        { place: examples.position }
      );
      continue;
    }
    if (!examples.closed) {
      file.message(
        `The <details> block of "${heading}" is never closed, so GitHub hides the rest of the page inside it. Add </details> after the examples.`,
        { place: examples.position }
      );
    }
    if (!examples.blankLineAfterSummary) {
      file.message(
        "Add a blank line after </summary>: without it GitHub shows the examples as raw text instead of a list.",
        { place: examples.position }
      );
    }
    if (examples.items.length === 0 && examples.blankLineAfterSummary) {
      file.message(
        `The Examples block of "${heading}" is empty. Add examples as a "- I \u2026" list, or remove the block.`,
        {
          place: examples.position
        }
      );
    }
  }
}
var ladder_section_content_default = ladderSectionContent;

// rules/ladder-sections.ts
var ladderSections = definePageRule(
  {
    id: "ladder-sections",
    description: "A page has its template's sections, once each, in order, with the template's emoji.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    const { levels: levels2, config, layout: layout2 } = ladderContext(tree, file);
    const byFit = layout2.levels.in === "page";
    for (const level of levels2) if (level.template || byFit) checkLevel(level, config, tree, file);
  }
);
function checkLevel({ page, template: template2, templateName: templateName2 }, config, tree, file) {
  if (page.kind !== "level") return;
  const titlePlace = page.title?.position ?? { line: 1, column: 1 };
  if (!template2) {
    if (Object.keys(config.templates).length === 0) return;
    if (page.sections.length === 0 && !page.summary && !hasBullets(tree)) return;
    file.message(
      `This page does not follow any page template (${Object.keys(config.templates).join(", ")}): it has too few of their sections. Start from another level page of the same track, or describe this kind of page as a template in the configuration.`,
      { place: titlePlace }
    );
    return;
  }
  if (templateName2 === void 0) return;
  const specFor = (section2) => template2.sections.find((spec) => sectionMatches(spec, section2));
  let lastIndex = -1;
  let lastSection;
  const seen = /* @__PURE__ */ new Map();
  for (const section2 of page.sections) {
    const spec = specFor(section2);
    if (!spec) {
      const expectedDepth = Math.min(...template2.sections.map((candidate) => candidate.depth ?? 2));
      if (!template2.allowExtraSections && section2.depth <= expectedDepth) {
        file.message(
          `"${headingOf(section2)}" is not a section of the ${templateName2} template, whose sections are: ${template2.sections.map((candidate) => `"${candidate.name}"`).join(", ")}. Rename it to one of them or remove it.`,
          { place: section2.position }
        );
      }
      continue;
    }
    const index = template2.sections.indexOf(spec);
    const earlier = seen.get(spec);
    if (earlier && !spec.repeatable) {
      file.message(
        `"${headingOf(section2)}" appears twice (first on line ${earlier.position.start.line}). Merge the two sections.`,
        { place: section2.position }
      );
      continue;
    }
    if (index < lastIndex && lastSection) {
      file.message(
        `"${headingOf(section2)}" should come before "${headingOf(lastSection)}", in the template's order: ${template2.sections.map((candidate) => `"${candidate.name}"`).join(", ")}.`,
        { place: section2.position }
      );
    }
    if (spec.depth !== void 0 && section2.depth !== spec.depth) {
      const message = file.message(
        `"${headingOf(section2)}" is a level-${section2.depth} heading; make it level ${spec.depth}: "${headingFor(spec, section2)}".`,
        { place: section2.position }
      );
      message.expected = [headingFor(spec, section2)];
    }
    checkEmoji(spec, section2, (reason, expected) => {
      const message = file.message(reason, { place: section2.position });
      message.expected = [expected];
    });
    seen.set(spec, section2);
    if (index > lastIndex) {
      lastIndex = index;
      lastSection = section2;
    }
  }
  let previous;
  for (const spec of template2.sections) {
    const found = seen.get(spec);
    if (found) {
      previous = found;
      continue;
    }
    if (spec.required === false) continue;
    const where2 = previous ? `after "${headingOf(previous)}"` : "after the summary";
    const message = file.message(
      `The "${spec.name}" section is missing. Add "${headingFor(spec)}" ${where2}, with its expectations.`,
      { place: previous?.position ?? titlePlace }
    );
    message.expected = [headingFor(spec)];
  }
}
function hasBullets(tree) {
  return tree.children.some((node) => node.type === "list" && !node.ordered);
}
function checkEmoji(spec, section2, report) {
  const accepted = spec.emoji;
  if (!accepted || accepted.length === 0) return;
  const { emoji: emoji2 } = section2;
  const expected = headingFor(spec, section2);
  if (emoji2.form === "none") {
    report(
      `"${headingOf(section2)}" has no emoji; the template puts ${accepted[0]} before it: "${expected}".`,
      expected
    );
    return;
  }
  const candidate = emoji2.form === "garbled" ? emoji2.resolved : emoji2.raw;
  if (candidate !== void 0 && !accepted.includes(candidate) && !accepted.includes(candidate.replace(/\uFE0F/g, ""))) {
    report(
      `"${headingOf(section2)}" has the emoji ${emoji2.raw} where the template has ${accepted[0]}: "${expected}".`,
      expected
    );
  }
}
var ladder_sections_default = ladderSections;

// rules/ladder-spelling.ts
import { resolve as resolve6 } from "node:path";
var maximumPerPage = 100;
var capitalised = (word3) => new RegExp("^\\p{Lu}", "u").test(word3);
var camelCase = (word3) => new RegExp("\\p{Ll}\\p{Lu}", "u").test(word3);
function opensSentence(mask, offset) {
  let index = offset - 1;
  while (index >= 0 && /[\s"'“‘([*_]/u.test(mask[index] ?? "")) index--;
  return index < 0 || mask[index] === barrier || /[.!?:;]/.test(mask[index] ?? "");
}
var ladderSpelling = definePageRule(
  {
    id: "ladder-spelling",
    description: "The prose of a page is spelled correctly.",
    defaultSeverity: "error",
    scope: "page"
  },
  async (tree, file) => {
    const { config } = ladderContext(tree, file);
    const source = String(file.value);
    const prose = spellableProse(tree, source);
    const { misspellings, more } = await misspellingsOf(
      resolve6(file.cwd, file.path || "page.md"),
      config.spelling,
      prose,
      maximumPerPage
    );
    const place2 = positions(file);
    const mask = proseMask(tree, source);
    const usesOf = (word3) => misspellings.filter((misspelling) => misspelling.word.toLowerCase() === word3.toLowerCase());
    const looksLikeName = (word3) => {
      if (!capitalised(word3) && !camelCase(word3)) return false;
      const uses = usesOf(word3);
      return camelCase(word3) || uses.some((use) => capitalised(use.word) && !opensSentence(mask, use.offset)) || uses.length > 1 && uses.every((use) => capitalised(use.word));
    };
    for (const { offset, word: word3, suggestions } of misspellings) {
      const start = place2.toPoint(offset);
      const end = place2.toPoint(offset + word3.length);
      if (!start || !end) continue;
      const [best] = suggestions;
      const name = looksLikeName(word3);
      const message = file.message(
        name ? `"${word3}" is not in the dictionary${best ? `; did you mean "${best}"?` : "."} If this is a name, add it to "spelling.words" in the ladder-lint config.` : `"${word3}" looks misspelled${best ? `; did you mean "${best}"?` : "."} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
        { place: { start, end } }
      );
      message.actual = word3;
      message.expected = suggestions;
      attachSuggestions(
        message,
        suggestions.map((suggestion) => {
          const fix = fixOf(source, [offset, offset + word3.length], suggestion, word3);
          return { desc: `Replace "${word3}" with "${suggestion}".`, ...fix ? { fix } : {} };
        })
      );
      if (name) withExtras(message, { warning: true });
    }
    if (more)
      file.message(
        `${more.count} more words on this page look misspelled and are not listed one by one. Is the page written in ${config.spelling.language}? Set "spelling.language" in the ladder-lint config if not.`,
        { place: place2.toPoint(more.offset) }
      );
  }
);
var ladder_spelling_default = ladderSpelling;

// rules/ladder-summary.ts
var ladderSummary = definePageRule(
  {
    id: "ladder-summary",
    description: "A level page has a one-paragraph summary quote under its title.",
    defaultSeverity: "error",
    scope: "page"
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSummary(level, file);
  }
);
function checkSummary({ page, template: template2 }, file) {
  if (page.kind !== "level" || template2?.summary?.required !== true) return;
  if (!page.summary) {
    file.message(
      'This page has no summary. Add a one-paragraph quote under the title that says who a person at this level is, such as "> I am a trusted member of my team who \u2026".',
      { place: page.title?.position ?? { line: 1, column: 1 } }
    );
    return;
  }
  if (page.summary.text.replace(/[_*\s]/g, "") === "") {
    file.message('The summary quote is empty. Write who a person at this level is, such as "> I am \u2026".', {
      place: page.summary.position
    });
  }
}
var ladder_summary_default = ladderSummary;

// rules/ladder-title.ts
import { visit as visit8 } from "unist-util-visit";
var comparable = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var ladderTitle = definePageRule(
  {
    id: "ladder-title",
    description: 'A level page starts with one title heading, "# Ln: Name", that agrees with its file name.',
    defaultSeverity: "error",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const { page, template: template2, layout: layout2 } = ladderContext(tree, file);
    if (layout2.levels.in !== "page" || page.kind !== "level" || !page.level) return;
    const title = page.title;
    const fileName2 = page.path.split("/").pop() ?? page.path;
    const fromFile = fileNameReading(page.path, pageLevelReader(layout2.levels));
    const fileLevel = fromFile?.level;
    if (!/\.(md|markdown)$/i.test(fileName2) && fileLevel) {
      const renamed = `${fileName2.replace(/\.[^.]*$/, "")}.md`;
      const message = file.message(
        `This page's file name "${fileName2}" does not end in .md, so GitHub shows it as plain text. Rename it to "${renamed}".`,
        { place: title?.position ?? { line: 1, column: 1 } }
      );
      message.expected = [renamed];
      attachSuggestions(message, [{ desc: `Rename the file to "${renamed}".` }]);
    }
    const level = page.level.label;
    const name = title?.name || fromFile?.name || "";
    const expectedTitle = `# ${level}: ${name}`;
    if (!title) {
      const firstHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
      const message = file.message(
        firstHeading ? `The title heading must be the first line of the page, before anything else. Move "${expectedTitle}" to the top.` : `This page has no title. Add "${expectedTitle}" as its first line.`,
        { place: firstHeading?.position ?? { line: 1, column: 1 } }
      );
      message.expected = [expectedTitle];
      attachSuggestions(message, [
        { desc: `${firstHeading ? "Move" : "Add"} "${expectedTitle}" as the first line of the page.` }
      ]);
      return;
    }
    if (title.form !== "heading" || title.depth !== 1) {
      const written2 = title.form === "heading" ? `a level-${title.depth} heading` : `"${title.form === "bold" ? "**" : "***"}${title.text}"`;
      const message = file.message(
        `The title is written as ${written2}, which GitHub does not show as the page title. Make it a heading: "${expectedTitle}".`,
        { place: title.position }
      );
      message.expected = [expectedTitle];
      return;
    }
    visit8(tree, "heading", (heading) => {
      if (heading.depth === 1 && heading.position && heading.position.start.line !== title.position.start.line) {
        file.message(
          'A page has one title, and this is a second "#" heading. Make it a "##" section heading or remove it.',
          { place: heading.position }
        );
      }
    });
    if (!title.level) {
      const message = file.message(`The title does not say the level. Write it as "${expectedTitle}".`, {
        place: title.position
      });
      message.expected = [expectedTitle];
      return;
    }
    if (fileLevel && fileLevel.label !== title.level.label) {
      const message = file.message(
        `The title says ${title.level.label} but the file name says ${fileLevel.label}. Change one so that both name the same level.`,
        { place: title.position }
      );
      const source = String(file.value);
      const start = title.position.start.offset;
      const end = title.position.end.offset;
      const written2 = start === void 0 || end === void 0 ? "" : source.slice(start, end);
      const before = /^#+[ \t]+/.exec(written2)?.[0];
      const after = written2.slice((before?.length ?? 0) + title.level.label.length);
      if (start !== void 0 && before && written2.startsWith(title.level.label, before.length) && !/^\.?[\p{L}\p{N}]/u.test(after)) {
        const from = start + before.length;
        attachFix(
          message,
          fixOf(source, [from, from + title.level.label.length], fileLevel.label, title.level.label)
        );
      }
    }
    const separator = template2?.title?.separator ?? ":";
    if (separator === ":" && title.separator !== ":") {
      const message = file.message(
        `Write the title as "${expectedTitle}", with a colon after the level, as the other level pages do.`,
        { place: title.position }
      );
      message.expected = [expectedTitle];
    }
    if (page.levelSource === "file-name") {
      if (fromFile?.name && comparable(fromFile.name) !== comparable(title.name)) {
        file.message(
          `The title names the role "${title.name}" but the file name says "${fromFile.name}". Rename the file or change the title so they agree.`,
          { place: title.position }
        );
      }
    }
  }
);
var ladder_title_default = ladderTitle;

// rules/ladder-track-consistency.ts
var ladderTrackConsistency = defineTrackRule(
  {
    id: "ladder-track-consistency",
    description: "The pages of a track write metadata labels and section headings the same way.",
    defaultSeverity: "warn",
    scope: "track"
  },
  {
    check(context) {
      const levels2 = context.pages.filter((page) => page.kind === "level");
      if (levels2.length < 2) return;
      const templates = context.config.templates;
      const labels = /* @__PURE__ */ new Map();
      const headings = /* @__PURE__ */ new Map();
      for (const page of levels2) {
        for (const field2 of page.metadata) {
          const key = field2.label.toLocaleLowerCase("en");
          labels.set(key, [
            ...labels.get(key) ?? [],
            { page, text: field2.label, place: field2.labelPosition }
          ]);
        }
        for (const section2 of page.sections) {
          const spec = Object.values(templates).flatMap((template2) => template2.sections).find((candidate) => sectionMatches(candidate, section2));
          if (!spec || !(sameWords(spec.name, section2.name) || spec.aliases?.some((alias) => sameWords(alias, section2.name))))
            continue;
          const key = section2.name.toLocaleLowerCase("en");
          headings.set(key, [
            ...headings.get(key) ?? [],
            { page, text: section2.name, place: section2.position }
          ]);
        }
      }
      for (const usages of labels.values()) flagMinority(usages, "metadata label", context);
      for (const usages of headings.values()) flagMinority(usages, "heading", context);
    }
  }
);
function flagMinority(usages, what, { report }) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const usage of usages) counts2.set(usage.text, (counts2.get(usage.text) ?? 0) + 1);
  if (counts2.size < 2) return;
  const [majority, majorityCount] = [...counts2.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (majority === void 0 || majorityCount === void 0) return;
  for (const usage of usages) {
    if (usage.text === majority) continue;
    const others = usages.filter((other2) => other2.text === majority).map((other2) => levelOf(other2.page));
    report(
      usage.page,
      `This ${what} is written "${usage.text}", but ${others.join(", ")} of this track write${others.length === 1 ? "s" : ""} "${majority}". Write it the same way on every page.`,
      { place: usage.place, expected: [majority] }
    );
  }
}
function levelOf(page) {
  return page.level?.label ?? page.path;
}
var ladder_track_consistency_default = ladderTrackConsistency;

// rules/ladder-track-index.ts
import { toString as nodeText5 } from "mdast-util-to-string";
import { visit as visit9 } from "unist-util-visit";
var comparable2 = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}.]+/gu, " ").trim();
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
      visit9(tree, "link", (link) => {
        if (!/^[a-z][a-z+.-]*:/i.test(link.url)) links.push(link);
      });
      return links;
    },
    check({ pages, report, collected, config }) {
      if (config.ladder.levels.in !== "page") return;
      const readme = pages.find((page) => /^readme\.md$/i.test(fileName(page.path)));
      const levels2 = pages.filter((page) => page.kind === "level" && page.title?.level);
      if (!readme || levels2.length === 0) return;
      const links = collected(readme) ?? [];
      const linkTo = (page) => links.find((link) => {
        const target = safeDecode2(link.url.split("#")[0] ?? "").replace(/^\.\//, "");
        return target === fileName(page.path);
      });
      if (!levels2.some(linkTo)) return;
      for (const page of levels2) {
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
        const text = nodeText5(link);
        if (comparable2(text) !== comparable2(expected) && link.position) {
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
function safeDecode2(url) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
var ladder_track_index_default = ladderTrackIndex;

// rules/ladder-typography.ts
import { visit as visit10 } from "unist-util-visit";
import { location as location3 } from "vfile-location";
var doubleSpace = / {2,}/g;
var textCharacter = /[\p{L}\p{N},;)\]"'’”%]/u;
var doubledPunctuation = /(?<=[\p{L}\p{N})"'’”])(?:(?<![,;:])([,;:])\1(?![,;:\p{L}\p{N}])|(?<!\.)\.\.(?=[\s\0"'’”)]|$))/gu;
var escapedQuote = /\\(['"])/g;
var ladderTypography = definePageRule(
  {
    id: "ladder-typography",
    description: "No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.",
    defaultSeverity: "warn",
    scope: "page"
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place2 = location3(file);
    const report = (startOffset, endOffset, reason, expected) => {
      const start = place2.toPoint(startOffset);
      const end = place2.toPoint(endOffset);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = source.slice(startOffset, endOffset);
      if (expected !== void 0) message.expected = [expected];
    };
    if (file.data.byteOrderMark) {
      file.message(
        'This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM.',
        { place: { line: 1, column: 1 } }
      );
    }
    const tables = [];
    visit10(tree, "table", (table) => {
      const start = table.position?.start.offset;
      const end = table.position?.end.offset;
      if (start !== void 0 && end !== void 0) tables.push([start, end]);
    });
    const inTable = (offset) => tables.some(([start, end]) => offset >= start && offset < end);
    for (const match of source.matchAll(doubleSpace)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = source[start - 1] ?? "";
      const after = source[end] ?? "";
      if (prose[start - 1] !== before || prose[end] !== after || prose[start] !== " ") continue;
      if (!textCharacter.test(before) || !/[\p{L}\p{N}("'‘“]/u.test(after) || inTable(start)) continue;
      let from = start;
      while (from > start - 40 && /\S/.test(source[from - 1] ?? " ") && prose[from - 1] === source[from - 1])
        from--;
      let to = end;
      while (to < end + 40 && /\S/.test(source[to] ?? " ") && prose[to] === source[to]) to++;
      const written2 = `${source.slice(from, start)} ${source.slice(end, to)}`;
      report(
        from,
        to,
        `There are ${match[0].length} spaces in "${source.slice(from, to)}". Write one: "${written2}".`,
        written2
      );
    }
    for (const match of prose.matchAll(doubledPunctuation)) {
      const mark = match[0];
      if (source.slice(match.index, match.index + mark.length) !== mark) continue;
      const single = mark.charAt(0);
      const name = { ",": "comma", ";": "semicolon", ":": "colon", ".": "full stop" }[single];
      report(
        match.index,
        match.index + mark.length,
        `"${mark}" is a doubled ${name ?? "mark"}. Write one "${single}".`,
        single
      );
    }
    for (const match of source.matchAll(escapedQuote)) {
      if (prose[match.index] !== " " || prose[match.index] === barrier) continue;
      const quote = match[1] ?? "'";
      report(
        match.index,
        match.index + 2,
        `"\\${quote}" is a quote escaped with a backslash, left from copying out of code or a spreadsheet. Write ${quote === "'" ? `"'"` : `'"'`} without the backslash.`,
        quote
      );
    }
  }
);
var ladder_typography_default = ladderTypography;

// src/rule-api/rule-list.ts
var ruleList = [ladder_doubled_word_default, ladder_emoji_style_default, ladder_front_matter_default, ladder_grammar_default, ladder_heading_style_default, ladder_level_order_default, ladder_links_default, ladder_lost_list_marker_default, ladder_metadata_default, ladder_mixed_spelling_default, ladder_mojibake_default, ladder_placeholder_default, ladder_progression_default, ladder_section_content_default, ladder_sections_default, ladder_spelling_default, ladder_summary_default, ladder_title_default, ladder_track_consistency_default, ladder_track_index_default, ladder_typography_default];

// src/rule-api/registry.ts
var allRules = ruleList;
var pageRules = allRules.filter(isPageRule);
var trackRules = allRules.filter((rule) => !isPageRule(rule));
var ruleNames = allRules.map((rule) => rule.meta.id);
var ruleMetas = allRules.map((rule) => rule.meta);
var ruleCatalog = allRules.map(
  ({ meta }) => ({ name: meta.id, description: meta.description, url: meta.url })
);
function defaultRuleSettings() {
  return Object.fromEntries(allRules.map(({ meta }) => [meta.id, meta.defaultSeverity]));
}
registerRuleDefaults(defaultRuleSettings());

// src/engine/discover.ts
import {
  existsSync as existsSync3,
  readdirSync,
  readFileSync as readFileSync3,
  readlinkSync,
  realpathSync as realpathSync2,
  statSync as statSync2
} from "node:fs";
import { dirname as dirname4, join as join3, relative as relative2, resolve as resolve7, sep as sep2 } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
var ignoreFileNames = [".gitignore", ".ladderlintignore"];
var maximumIgnoreFileBytes = 1024 * 1024;
var alwaysSkipped = ["**/node_modules/**", "**/.git/**"];
function isCandidate(path) {
  const base = path.split(/[\\/]/).pop() ?? "";
  if (isPageName(base)) return true;
  return !base.includes(".") && levelFromFileName(base) !== void 0;
}
function isPageName(path) {
  return /\.(md|markdown)$/i.test(path);
}
function folderNamedLikeAPage(folder) {
  return {
    pattern: folder.replace(/\/$/, ""),
    problem: 'This is a folder, not a page, though its name ends in ".md". Rename it, or move its contents into a page.',
    kind: "unreadable"
  };
}
async function ignoreRulesFor(root, lintRoot) {
  const files = [];
  let folder = root;
  for (; ; ) {
    for (const name of ignoreFileNames) files.push(join3(folder, name));
    if (existsSync3(join3(folder, ".git"))) break;
    const parent = dirname4(folder);
    if (parent === folder) break;
    folder = parent;
  }
  const nested = await glob(
    ignoreFileNames.map((name) => `**/${name}`),
    { cwd: root, absolute: true, dot: true, ignore: alwaysSkipped, followSymbolicLinks: false }
  );
  files.push(...nested);
  const rules2 = [];
  for (const file of new Set(files)) {
    if (!existsSync3(file)) continue;
    try {
      const stats = statSync2(file);
      if (!stats.isFile() || stats.size > maximumIgnoreFileBytes) continue;
      if (isInside(file, lintRoot) && !isInside(realpathSync2(file), lintRoot)) continue;
      rules2.push({ folder: dirname4(file), rules: ignore().add(readFileSync3(file, "utf8")) });
    } catch {
    }
  }
  return rules2;
}
function isIgnored(path, rules2) {
  return rules2.some(({ folder, rules: set }) => {
    const relativePath = relative2(folder, path);
    if (relativePath.startsWith("..") || relativePath === "") return false;
    return set.ignores(relativePath.split(sep2).join("/"));
  });
}
function isIgnoredFolder(path, folder, rules2) {
  const relativePath = relative2(folder, path);
  if (relativePath.startsWith("..") || relativePath === "") return false;
  return rules2.ignores(`${relativePath.split(sep2).join("/")}/`);
}
function configIgnores(config, cwd) {
  const matchers = config.ignores.map(({ base, pattern }) => {
    const match = picomatch(pattern, { dot: true });
    const root = base || cwd;
    return (path) => {
      const relativePath = relative2(root, path).split(sep2).join("/");
      return !relativePath.startsWith("..") && match(relativePath);
    };
  });
  return (path) => matchers.some((matches) => matches(path));
}
var outsideFolderProblem = "This is a symbolic link to a folder outside the folder being checked, so it was not read. Name the folder it points to instead, or delete the link.";
function unreadableFolder(folder, error) {
  const code = error.code;
  const problem = code === "ENAMETOOLONG" ? "The path of this folder is longer than the system allows, so the pages in it could not be read. Shorten the names of its folders." : code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to open this folder, so the pages in it were not checked; check its permissions." : `This folder could not be read (${code ?? error.message}), so the pages in it were not checked.`;
  return { pattern: folder, problem, kind: "unreadable" };
}
function walkFolder(folder, skipFolder) {
  const pages = [];
  const problems = [];
  const visit11 = (path, bytes) => {
    let entries;
    try {
      entries = readdirSync(bytes ?? path, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      problems.push(unreadableFolder(path, error));
      return;
    }
    for (const entry of entries) {
      const name = entry.name.toString("utf8");
      const entryPath = join3(path, name);
      const entryBytes = bytes || !Buffer.from(name).equals(entry.name) ? Buffer.concat([bytes ?? Buffer.from(path), Buffer.from(sep2), entry.name]) : void 0;
      if (entry.isDirectory()) {
        if (name === ".git" || name === "node_modules" || skipFolder(entryPath)) continue;
        if (isPageName(name)) problems.push(folderNamedLikeAPage(entryPath));
        visit11(entryPath, entryBytes);
        continue;
      }
      if (!isCandidate(entryPath)) continue;
      if (entry.isSymbolicLink()) {
        try {
          if (statSync2(entryBytes ?? entryPath).isDirectory()) continue;
        } catch (error) {
          const problem = brokenLinkProblem(entryBytes ?? entryPath, error);
          if (problem) {
            problems.push(problem);
            continue;
          }
        }
      }
      pages.push(entryBytes ? { path: entryPath, bytes: entryBytes } : { path: entryPath });
    }
  };
  visit11(folder, void 0);
  return { pages, problems };
}
function brokenLinkProblem(path, error) {
  const code = error.code;
  if (code !== "ELOOP" && code !== "ENOENT") return void 0;
  const problem = code === "ELOOP" ? "This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it." : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
  return { pattern: path.toString(), problem, kind: "unreadable" };
}
function linkedEntries(folders) {
  const pages = [];
  const broken = [];
  for (const folder of folders) {
    let names;
    try {
      names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isSymbolicLink() && !entry.name.startsWith(".")).map((entry) => entry.name);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join3(folder, name);
      if (!isCandidate(path)) continue;
      try {
        if (!statSync2(path).isDirectory()) pages.push(path);
      } catch (error) {
        const problem = brokenLinkProblem(path, error);
        if (problem) broken.push(problem);
        else pages.push(path);
      }
    }
  }
  return { pages, broken };
}
function safeReadlink(path) {
  try {
    return readlinkSync(path, "utf8");
  } catch {
    return "?";
  }
}
async function discoverFiles(patterns, cwd, config) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const ignoredByConfig = configIgnores(config, cwd);
  for (const pattern of patterns.length > 0 ? patterns : ["."]) {
    const absolute = resolve7(cwd, pattern);
    let kind = "missing";
    try {
      const stats = statSync2(absolute);
      kind = stats.isDirectory() ? "folder" : "file";
    } catch (error) {
      const code = error.code;
      kind = code === "ENOENT" || code === "ENOTDIR" ? "missing" : "file";
    }
    if (kind === "file") {
      found.set(absolute, { path: absolute, explicit: true, root: lintRootFor(dirname4(absolute), cwd) });
      continue;
    }
    if (kind === "missing" && !isDynamicPattern(pattern)) {
      problems.push({ pattern, problem: "No file or folder has this name.", kind: "missing" });
      continue;
    }
    const lintRoot = lintRootFor(
      kind === "folder" ? absolute : resolve7(cwd, picomatch.scan(pattern).base),
      cwd
    );
    if (kind === "folder" && !isInside(realpathSync2(absolute), lintRoot)) {
      problems.push({ pattern: absolute, problem: outsideFolderProblem, kind: "unreadable" });
      continue;
    }
    const root = kind === "folder" ? absolute : cwd;
    let rules2 = await ignoreRulesFor(root, lintRoot);
    if (kind === "folder")
      rules2 = rules2.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    let matches;
    const notPages = [];
    if (kind === "folder") {
      const walked = walkFolder(
        root,
        (path) => rules2.some(({ folder, rules: set }) => isIgnoredFolder(path, folder, set))
      );
      matches = walked.pages;
      notPages.push(...walked.problems);
      if (isPageName(absolute)) notPages.unshift(folderNamedLikeAPage(`${absolute}/`));
    } else {
      const entries = await glob([pattern], {
        cwd: root,
        absolute: true,
        dot: false,
        onlyFiles: false,
        ignore: alwaysSkipped,
        // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
        followSymbolicLinks: false
      });
      matches = entries.filter((entry) => !entry.endsWith("/")).map((path) => ({ path }));
      const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith("/"))]);
      matches.push(...links.pages.map((path) => ({ path })));
      const folderPages = entries.filter((entry) => entry.endsWith("/") && isPageName(entry.slice(0, -1)));
      notPages.push(...links.broken, ...folderPages.map(folderNamedLikeAPage));
    }
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules2) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const { path, bytes } of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules2) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false, root: lintRoot, ...bytes ? { bytes } : {} });
    }
    if (found.size === before && kind === "missing") {
      problems.push({ pattern, problem: "No Markdown file matches this pattern.", kind: "missing" });
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}

// src/engine/keep-copy.ts
import { isMap as isMap2 } from "node:util/types";
var sharedStringLength = 64;
function isPoint(value) {
  return typeof value?.line === "number" && typeof value?.column === "number";
}
function isPosition(value) {
  return isPoint(value?.start) && isPoint(value?.end);
}
function compactPosition({ start, end }) {
  return { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } };
}
function keepCopier() {
  const strings = /* @__PURE__ */ new Map();
  const share = (text) => {
    if (text.length > sharedStringLength) return text;
    const kept = strings.get(text);
    if (kept !== void 0) return kept;
    strings.set(text, text);
    return text;
  };
  const shareWithin = (value) => {
    if (typeof value === "string") return share(value);
    if (isPosition(value)) return compactPosition(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) value[index] = shareWithin(value[index]);
    } else if (isMap2(value)) {
      for (const [key, entry] of value) value.set(key, shareWithin(entry));
    } else if (value !== null && typeof value === "object") {
      const record = value;
      for (const key of Object.keys(record)) record[key] = shareWithin(record[key]);
    }
    return value;
  };
  return (data) => shareWithin(structuredClone(data));
}

// src/engine/lint.ts
var engineRuleIds = {
  unreadable: "file-unreadable",
  missing: "path-not-found",
  empty: "empty-page",
  internal: "internal-error",
  noLevels: "no-levels-found"
};
var engineRuleDescriptions = {
  [engineRuleIds.unreadable]: "A file that should be a page could not be read as Markdown text.",
  [engineRuleIds.missing]: "A path or pattern given to ladder-lint matched nothing.",
  [engineRuleIds.empty]: "A page has no content.",
  [engineRuleIds.internal]: "ladder-lint itself failed while checking a file.",
  [engineRuleIds.noLevels]: "No level of a career ladder was found in the files checked."
};
var fatalRuleIds = /* @__PURE__ */ new Set([
  engineRuleIds.unreadable,
  engineRuleIds.missing,
  engineRuleIds.internal
]);
function toPosix(path) {
  return path.split(sep3).join("/");
}
var overrideMatchers = /* @__PURE__ */ new Map();
function overrideMatcher(files) {
  const key = files.join("\0");
  let matcher = overrideMatchers.get(key);
  if (!matcher) {
    matcher = picomatch2(files, { dot: true });
    overrideMatchers.set(key, matcher);
  }
  return matcher;
}
var rulesByOverrides = /* @__PURE__ */ new WeakMap();
function settingsFor(absolutePath, cwd, config) {
  const matched = [];
  config.overrides.forEach((override2, index) => {
    const root = override2.base || cwd;
    const relativePath = toPosix(relative3(root, absolutePath));
    const candidates = override2.base ? [relativePath] : [relativePath, toPosix(absolutePath).replace(/^\//, "")];
    const matches = overrideMatcher(override2.files);
    if (candidates.some((candidate) => !candidate.startsWith("..") && matches(candidate)))
      matched.push(index);
  });
  const overrides = matched.map((index) => config.overrides[index]);
  const template2 = overrides.findLast((override2) => override2.template)?.template;
  const ladder = overrides.reduce(
    (layout2, override2) => override2.ladder ? layoutOver(layout2, override2.ladder) : layout2,
    config.ladder
  );
  const byOverrides = rulesByOverrides.get(config) ?? /* @__PURE__ */ new Map();
  rulesByOverrides.set(config, byOverrides);
  const key = matched.join(",");
  let rules2 = byOverrides.get(key);
  if (!rules2) {
    rules2 = Object.assign({}, config.rules, ...overrides.map((override2) => override2.rules ?? {}));
    byOverrides.set(key, rules2);
  }
  return { rules: rules2, template: template2, ladder };
}
var layoutsOver = /* @__PURE__ */ new WeakMap();
function layoutOver(base, over) {
  const byOver = layoutsOver.get(base) ?? /* @__PURE__ */ new WeakMap();
  layoutsOver.set(base, byOver);
  let layout2 = byOver.get(over);
  if (!layout2) {
    layout2 = mergeLayout(base, over);
    byOver.set(over, layout2);
  }
  return layout2;
}
function trackFor(page, absolutePath, cwd, config) {
  for (const track2 of config.tracks) {
    const relativePath = toPosix(relative3(track2.base || cwd, absolutePath));
    if (track2.files && !relativePath.startsWith("..") && overrideMatcher(track2.files)(relativePath))
      return track2.name;
    if (track2.title && page.title && safePattern(track2.title).test(page.title.name)) return track2.name;
  }
  return void 0;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorFor(rules2) {
  let processor = processors.get(rules2);
  if (!processor) {
    processor = unified3();
    for (const rule of pageRules) {
      const setting = rules2[rule.meta.id];
      const severity3 = severityOf(setting);
      if (severity3 > 0) processor.use(rule, [severity3, optionsOf(setting)]);
    }
    processors.set(rules2, processor);
  }
  return processor;
}
function severityOf(setting) {
  const label = Array.isArray(setting) ? setting[0] : setting;
  return label === "error" ? 2 : label === "warn" ? 1 : 0;
}
function optionsOf(setting) {
  return Array.isArray(setting) ? setting[1] : void 0;
}
async function runPageRules(file, rules2, tree) {
  const firstNew = file.messages.length;
  try {
    await processorFor(rules2).run(tree, file);
  } catch (error) {
    internalError(file, "a page rule", error);
  }
  for (const message of file.messages.slice(firstNew)) {
    if (isCrash(message)) asInternalError(message);
  }
}
function isCrash(message) {
  return message.cause instanceof Error && !(message.cause instanceof VFileMessage2);
}
function asInternalError(message) {
  const error = message.cause;
  message.reason = crashReason(message.ruleId ? `the ${message.ruleId} rule` : "a page rule", error);
  message.message = message.reason;
  message.ruleId = engineRuleIds.internal;
  message.fatal = true;
  message.place = { line: 1, column: 1 };
}
function crashReason(where2, error) {
  return `ladder-lint failed inside ${where2} on this file and could not finish that check: ${error?.message ?? String(error)}. The other checks still ran. Please report this to ladder-lint with the file attached.`;
}
function internalError(file, where2, error) {
  const message = file.message(crashReason(where2, error), {
    ruleId: engineRuleIds.internal,
    source: "ladder-lint",
    place: { line: 1, column: 1 }
  });
  message.fatal = true;
}
function engineFinding(ruleId, message) {
  return { ruleId, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
async function runTrackRules(states, config) {
  const tracks = /* @__PURE__ */ new Map();
  const everyPage = [];
  for (const state of states) {
    for (const page of state.pages ?? []) {
      const member = { page, state };
      everyPage.push(member);
      const members = tracks.get(page.track) ?? [];
      members.push(member);
      tracks.set(page.track, members);
    }
  }
  for (const rule of trackRules) {
    const groups = rule.meta.scope === "ladder" ? [everyPage] : tracks.values();
    for (const members of groups) {
      if (members.some(({ state }) => severityOf(state.rules[rule.meta.id]) > 0))
        await runTrackRule(rule, members, config);
    }
  }
}
async function runTrackRule(rule, members, config) {
  const byPage = new Map(members.map(({ page, state }) => [page, state]));
  const collectedBy = (page) => {
    const state = byPage.get(page);
    return state?.pages?.[0] === page ? state.collected?.get(rule.meta.id) : void 0;
  };
  try {
    await rule.check({
      pages: [...byPage.keys()],
      config,
      options: (page) => optionsOf(byPage.get(page)?.rules[rule.meta.id]),
      collected: collectedBy,
      report: (page, reason, options) => {
        const state = byPage.get(page);
        const severity3 = severityOf(state?.rules[rule.meta.id]);
        if (!state || severity3 === 0) return;
        const { expected, place: place2, cause, fix, suggestions, warning, data, key } = options ?? {};
        const messageOptions = { ruleId: rule.meta.id, source: "ladder-lint" };
        if (place2) messageOptions.place = place2;
        if (cause) messageOptions.cause = cause;
        const message = new VFileMessage2(reason, messageOptions);
        message.fatal = severity3 === 2;
        if (expected) message.expected = expected;
        if (fix) message.fix = fix;
        if (suggestions?.length) message.suggestions = suggestions;
        if (key !== void 0) message.actual = key;
        Object.assign(message, {
          ...warning ? { warning } : {},
          ...data ? { data } : {}
        });
        state.findings.push(structuredClone(toLintMessage(message)));
      }
    });
  } catch (error) {
    const reason = crashReason(`the ${rule.meta.id} rule`, error);
    for (const state of new Set(members.map((member) => member.state)))
      state.findings.push(engineFinding(engineRuleIds.internal, reason));
  }
}
function toLintMessage(message) {
  const place2 = message.place;
  const start = place2 && "start" in place2 ? place2.start : place2;
  const end = place2 && "end" in place2 ? place2.end : start;
  const lintMessage = {
    ruleId: message.ruleId ?? engineRuleIds.internal,
    // A rule may say that one finding is only a warning (see FindingExtras), never that it is an error.
    severity: message.fatal === false || message.warning === true ? 1 : 2,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  };
  if (message.expected && message.expected.length > 0) lintMessage.expected = [...message.expected];
  if (message.fix) lintMessage.fix = { range: [...message.fix.range], text: message.fix.text };
  if (message.suggestions?.length)
    lintMessage.suggestions = message.suggestions.map(
      ({ desc, fix }) => fix ? { desc, fix: { range: [...fix.range], text: fix.text } } : { desc }
    );
  if (message.data) lintMessage.data = message.data;
  if (typeof message.actual === "string") lintMessage.key = message.actual;
  const cause = message.cause;
  if (cause instanceof VFileMessage2 && cause.file) {
    const causePlace = cause.place && "start" in cause.place ? cause.place.start : cause.place;
    lintMessage.related = {
      filePath: cause.file,
      line: causePlace?.line ?? 1,
      column: causePlace?.column ?? 1,
      message: cause.reason
    };
  }
  return lintMessage;
}
var isFinding = (message) => message.fatal !== void 0 && message.fatal !== null;
function toResult(state) {
  const messages = state.findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
  );
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    filePath: state.path,
    messages,
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => fatalRuleIds.has(message.ruleId)).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length
  };
}
async function lintOne(file, absolutePath, run) {
  const { cwd, config } = run;
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const { rules: rules2, template: template2, ladder } = settingsFor(absolutePath, cwd, config);
  let outlines;
  let collected;
  try {
    const tree = parseMarkdown(file);
    const pages = readLadderFile(tree, file, file.path, config, ladder);
    for (const page of pages) page.track = trackFor(page, absolutePath, cwd, config) ?? page.track;
    outlines = pages.map(outlineOf);
    file.data.ladder = makeContext(pages, config, run.linked, template2, ladder);
    await runPageRules(file, rules2, tree);
    collected = await collectForTrackRules(file, rules2, pages[0], tree, run.keep);
  } catch (error) {
    internalError(file, "the Markdown parser", error);
  }
  const kept = run.keep({
    path: file.path,
    ...outlines ? { pages: outlines } : {},
    findings: file.messages.filter(isFinding).map(toLintMessage)
  });
  return { ...kept, ...collected ? { collected } : {}, rules: rules2 };
}
async function collectForTrackRules(file, rules2, page, tree, keep) {
  let collected;
  for (const rule of trackRules) {
    if (!rule.collect || severityOf(rules2[rule.meta.id]) === 0) continue;
    try {
      const kept = keep(await rule.collect(page, tree, String(file.value)));
      if (kept !== void 0) (collected ??= /* @__PURE__ */ new Map()).set(rule.meta.id, kept);
    } catch (error) {
      internalError(file, `the ${rule.meta.id} rule`, error);
    }
  }
  return collected;
}
function unreadable(path, problem, ruleId) {
  return { path, rules: {}, findings: [engineFinding(ruleId, problem)] };
}
function warnWhenNoLevel(states) {
  if (states.some((state) => state.pages?.some((page) => page.kind === "level"))) return;
  const read = states.filter((state) => state.pages);
  const first = read.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)[0];
  if (!first) return;
  first.findings.push({
    ...engineFinding(
      engineRuleIds.noLevels,
      `ladder-lint found no level in the ${read.length === 1 ? "file" : `${read.length} files`} it checked, so no level was checked against its template or the levels around it. Run "ladder-lint init" to describe how this ladder is laid out.`
    ),
    severity: 1
  });
}
async function finishRun(states, config, whole = false) {
  await runTrackRules(states, config);
  if (whole) warnWhenNoLevel(states);
  return {
    results: states.map(toResult).sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0),
    pages: states.flatMap((state) => state.pages ?? []),
    config
  };
}
async function lintPath({ path, bytes, root }, run) {
  const { cwd } = run;
  const displayPath = toPosix(relative3(cwd, path));
  const fixed = run.texts?.get(displayPath);
  const read = fixed === void 0 ? await readText(bytes ?? path, root) : { ok: true, text: fixed, bom: startsWithByteOrderMark(path) };
  if (!read.ok) return unreadable(displayPath, read.problem, engineRuleIds.unreadable);
  if (read.text.trim() === "") {
    const problem = "This page is empty. Write the page, or delete the file if it is not needed.";
    return unreadable(displayPath, problem, engineRuleIds.empty);
  }
  const file = new VFile4({ path: displayPath, value: read.text, cwd });
  if (read.bom) file.data.byteOrderMark = true;
  return lintOne(file, path, run);
}
var pagesInFlight = 64;
async function inFlight(items, check) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await check(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(pagesInFlight, items.length) }, lane));
  return results;
}
function prepareRules(config, start) {
  const folder = /\.(md|markdown)$/i.test(start) ? dirname5(start) : start;
  const settings = [config.rules, ...config.overrides.map((override2) => override2.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules2) => severityOf(rules2[rule.meta.id]) > 0))
      rule.prepare(config, folder);
  }
}
async function lintFiles(patterns, options = {}) {
  const cwd = resolve8(options.cwd ?? process.cwd());
  const config = options.config ?? await loadConfig({
    searchFrom: resolve8(cwd, patterns[0] ?? "."),
    knownRules: ruleMetas,
    ...options.configFile ? { configFile: resolve8(cwd, options.configFile) } : {}
  });
  prepareRules(config, resolve8(cwd, patterns[0] ?? "."));
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  options.onFilesFound?.(files.length);
  const states = problems.map(
    ({ pattern, problem, kind }) => kind === "missing" ? unreadable(toPosix(pattern), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing) : unreadable(toPosix(relative3(cwd, pattern)), problem, engineRuleIds.unreadable)
  );
  const roots = [...new Set(files.map((file) => file.root))];
  const lintAll = async (texts) => {
    const fixedPages = new Map([...texts].map(([path, text]) => [resolve8(cwd, path), text]));
    const linked = linkedPages(fixedPages, roots);
    const run = { cwd, config, linked, keep: keepCopier(), texts };
    const linted = await inFlight(files, (file) => lintPath(file, run));
    return finishRun(structuredClone(states).concat(linted), config, true);
  };
  const first = await lintAll(/* @__PURE__ */ new Map());
  return options.fix ? fixPasses(first, lintAll, (filePath) => readForFix(resolve8(cwd, filePath))) : first;
}

// src/reporters/suggestion.ts
function suggestionText(suggestions) {
  return suggestions?.length ? ` (suggestion: ${suggestions.join(", ")})` : "";
}

// src/reporters/github.ts
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function annotationText(message) {
  const related = message.related ? `
Compare ${message.related.filePath}:${message.related.line}: ${message.related.message}` : "";
  return `${message.message}${suggestionText(message.expected)}${related}`;
}
function workflowCommand(filePath, message) {
  const properties = [
    `file=${escapeProperty(filePath)}`,
    `line=${message.line}`,
    `endLine=${message.endLine}`,
    `col=${message.column}`,
    // GitHub draws a column range only within one line.
    ...message.endLine === message.line ? [`endColumn=${message.endColumn}`] : [],
    `title=${escapeProperty(`ladder-lint (${message.ruleId})`)}`
  ];
  const command = message.severity === 2 ? "error" : "warning";
  return `::${command} ${properties.join(",")}::${escapeData(annotationText(message))}`;
}
function formatGithub(results) {
  const lines = results.flatMap(
    (result) => result.messages.map((message) => workflowCommand(result.filePath, message))
  );
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}

// src/reporters/json.ts
function formatJson(results) {
  return JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map((message) => ({
        ruleId: message.ruleId,
        severity: message.severity,
        message: message.message,
        line: message.line,
        column: message.column,
        nodeType: null,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...message.fix ? { fix: message.fix } : {},
        ...message.suggestions ? { suggestions: message.suggestions } : {},
        ...message.data ? { data: message.data } : {}
      })),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      ...result.output !== void 0 ? { output: result.output } : {},
      usedDeprecatedRules: []
    }))
  );
}

// src/reporters/outline.ts
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function ladderOutline(run) {
  const tracks = /* @__PURE__ */ new Map();
  const withLevels = /* @__PURE__ */ new Set();
  for (const page of run.pages) {
    if (page.kind !== "level" || !page.level) continue;
    withLevels.add(page.path);
    tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  }
  return {
    tracks: [...tracks.entries()].sort(([a], [b]) => byText(a, b)).map(([name, pages]) => ({
      name,
      levels: pages.map((page) => ({
        level: page.level?.label ?? "",
        rank: page.level?.rank ?? 0,
        title: page.title?.text ?? "",
        file: page.path,
        line: page.title?.position.start.line ?? 1,
        fields: Object.fromEntries(page.metadata.map((field2) => [field2.label, field2.value]))
      })).sort((a, b) => a.rank - b.rank || byText(a.file, b.file) || a.line - b.line)
    })),
    unrecognised: run.results.map((result) => result.filePath).filter((path) => !withLevels.has(path)).sort(byText)
  };
}
function formatOutline(run) {
  return JSON.stringify(ladderOutline(run), null, 2);
}
function plural(count2, one, many = `${one}s`) {
  return `${count2} ${count2 === 1 ? one : many}`;
}
function runSummaryLine(run) {
  const { tracks, unrecognised } = ladderOutline(run);
  const levels2 = tracks.reduce((sum, track2) => sum + track2.levels.length, 0);
  const levelFiles = run.results.length - unrecognised.length;
  const levelWords2 = levels2 === levelFiles ? plural(levels2, "level page") : plural(levels2, "level");
  return `${plural(run.results.length, "file")} checked: ${levelWords2} in ${plural(tracks.length, "track")}, ${plural(unrecognised.length, "other file")}`;
}

// src/reporters/progression.ts
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}
function valueCell(value, regressed) {
  if (!value) return "\u2014";
  const written2 = cell(value.field.value.replace(/\.$/, ""));
  if (!value.placement) return `${written2} \u2753 *not on the ${value.column.scaleName} scale*`;
  const below = regressed.get(value);
  const reading = value.placement.reading.startsWith(`${written2}, `) ? value.placement.reading.slice(written2.length + 2) : value.placement.reading;
  return `${written2} <sub>(${reading})</sub>${below ? ` \u26A0\uFE0F **${below}**` : ""}`;
}
function progressionTable(progression) {
  const regressed = /* @__PURE__ */ new Map();
  for (const { value, against, side } of progression.regressions)
    regressed.set(value, `${side} ${against.page.level?.label ?? ""}`);
  const sectionsOnly = progression.columns.length === 0;
  const header = [
    "Level",
    "Page",
    ...sectionsOnly ? ["Sections"] : progression.columns.map((column) => column.label)
  ];
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of progression.rows) {
    for (const page of row.pages) {
      const values = sectionsOnly ? [cell(page.sections.map((section2) => section2.name).join(", ")) || "\u2014"] : progression.columns.map(
        (column) => valueCell(
          progression.values.find((value) => value.page === page && value.column === column),
          regressed
        )
      );
      lines.push(`| ${row.level.label} | ${cell(fileName(page.path))} | ${values.join(" | ")} |`);
    }
  }
  const count2 = progression.regressions.length;
  const summary = sectionsOnly ? "No field of these levels has a scale, so none is compared." : count2 === 0 ? "No level asks for less than the level below." : `${count2} ${count2 === 1 ? "value goes" : "values go"} backwards (\u26A0\uFE0F).`;
  return `### ${progression.track || "(top level)"}

${lines.join("\n")}

${summary}
`;
}
function formatProgression(pages, config) {
  const tracks = ladderProgression(pages, config);
  if (tracks.length === 0) return "No level pages with scaled metadata were found.\n";
  return `## Progression by track

${tracks.map(progressionTable).join("\n")}`;
}

// src/reporters/sarif.ts
import { createHash } from "node:crypto";
var informationUri = "https://github.com/ladder-lint/ladder-lint";
function relativeUri(filePath) {
  return filePath.toWellFormed().split("/").map((name) => encodeURIComponent(name)).join("/");
}
function stableKey(message) {
  return message.key !== void 0 ? `key\0${message.key}` : `message\0${message.message.replace(/\d+/g, "#")}`;
}
function fingerprint(ruleId, filePath, key, occurrence) {
  return createHash("sha256").update([ruleId, filePath, key, String(occurrence)].join("\0")).digest("hex").slice(0, 32);
}
function sarifFixes(message, uri) {
  const proposed = [
    ...message.fix ? [{ desc: "Applied by ladder-lint --fix.", fix: message.fix }] : [],
    ...message.suggestions ?? []
  ];
  return proposed.flatMap(
    ({ desc, fix }) => fix ? [
      {
        description: { text: desc },
        artifactChanges: [
          {
            artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
            replacements: [
              {
                deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
                insertedContent: { text: fix.text }
              }
            ]
          }
        ]
      }
    ] : []
  );
}
function formatSarif(results) {
  const rules2 = [
    ...ruleCatalog.map((rule) => ({
      id: rule.name,
      name: rule.name,
      shortDescription: { text: rule.description },
      helpUri: rule.url,
      help: { text: `${rule.description} See ${rule.url}` }
    })),
    ...Object.entries(engineRuleDescriptions).map(([id, description]) => ({
      id,
      name: id,
      shortDescription: { text: description },
      helpUri: `${informationUri}#findings-about-files`
    }))
  ];
  const ruleIndex = new Map(rules2.map((rule, index) => [rule.id, index]));
  const sarifResults = [];
  for (const result of results) {
    const seen = /* @__PURE__ */ new Map();
    for (const message of result.messages) {
      const key = `${message.ruleId}\0${stableKey(message)}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const sarifResult = {
        ruleId: message.ruleId,
        level: message.severity === 2 ? "error" : "warning",
        message: {
          text: `${message.message}${suggestionText(message.expected)}`
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(result.filePath), uriBaseId: "%SRCROOT%" },
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn
              }
            }
          }
        ],
        partialFingerprints: {
          "ladderLintFinding/v2": fingerprint(
            message.ruleId,
            result.filePath,
            stableKey(message),
            occurrence
          )
        }
      };
      const fixes = sarifFixes(message, relativeUri(result.filePath));
      if (fixes.length > 0) sarifResult.fixes = fixes;
      const index = ruleIndex.get(message.ruleId);
      if (index !== void 0) sarifResult.ruleIndex = index;
      if (message.related) {
        sarifResult.relatedLocations = [
          {
            id: 1,
            message: { text: message.related.message },
            physicalLocation: {
              artifactLocation: { uri: relativeUri(message.related.filePath), uriBaseId: "%SRCROOT%" },
              region: { startLine: message.related.line, startColumn: message.related.column }
            }
          }
        ];
      }
      sarifResults.push(sarifResult);
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ladder-lint",
            version: package_default.version,
            semanticVersion: package_default.version,
            informationUri,
            rules: rules2
          }
        },
        columnKind: "utf16CodeUnits",
        results: sarifResults
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}

// src/reporters/output-guard.ts
function inGithubActions(env = process.env) {
  return (env.GITHUB_ACTIONS ?? "") !== "";
}
var legacyPrefix = new RegExp("(#\\p{Cf}*#\\p{Cf}*)\\[", "gu");
var linePrefix = new RegExp("^([\\t\\v\\f \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\p{Cf}]*:\\p{Cf}*):", "gmu");
function commandFreeText(text) {
  return text.replace(legacyPrefix, "$1 [").replace(linePrefix, "$1 :");
}
function commandFreeJson(json) {
  return json.replace(legacyPrefix, "$1\\u005b").replace(linePrefix, "$1\\u003a");
}
function outputGuard(kind, env = process.env) {
  if (!inGithubActions(env)) return (text) => text;
  return kind === "json" ? commandFreeJson : commandFreeText;
}

// src/reporters/stylish.ts
import pc from "picocolors";
function formatStylish(results, options) {
  const colors = pc.createColors(options.color);
  const lines = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push(colors.underline(result.filePath));
    const places = result.messages.map((message) => `${message.line}:${message.column}`);
    const width = Math.max(...places.map((place2) => place2.length));
    result.messages.forEach((message, index) => {
      const severity3 = message.severity === 2 ? colors.red("error  ") : colors.yellow("warning");
      const suggestion = suggestionText(message.expected);
      lines.push(
        `  ${colors.dim((places[index] ?? "").padEnd(width))}  ${severity3}  ${message.message}${suggestion && colors.dim(suggestion)}  ${colors.dim(message.ruleId)}`
      );
    });
    lines.push("");
  }
  const total = errors + warnings;
  const read = options.summaryLine ? `${colors.dim(options.summaryLine)}
` : "";
  if (total === 0) return read;
  const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  lines.push(errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  return `${lines.join("\n")}
${read}`;
}

// src/init/init.ts
import { existsSync as existsSync4, statSync as statSync3, writeFileSync } from "node:fs";
import { join as join4, relative as relative5, resolve as resolve10 } from "node:path";

// src/init/build-config.ts
var schemaReference = "./node_modules/ladder-lint/schema.json";
function templateName(files, plan, taken) {
  const folder = files?.length === 1 ? /(?:^|\/)([^/]+)\/\*\*$/.exec(files[0] ?? "")?.[1] : void 0;
  const base = files === void 0 ? "level" : folder ?? `${plan.reading.preset}-level`;
  let name = base;
  for (let count2 = 2; taken.has(name); count2++) name = `${base}-${count2}`;
  taken.add(name);
  return name;
}
function addTemplate(plan, name, templates, scales) {
  if (!plan.template) return;
  const renamed = /* @__PURE__ */ new Map();
  for (const field2 of plan.fields?.fields ?? []) {
    if (!field2.scale) continue;
    let scaleName2 = field2.scale.name;
    if (scales[scaleName2]) scaleName2 = `${name}-${scaleName2}`;
    scales[scaleName2] = field2.scale.spec;
    renamed.set(field2.scale.name, scaleName2);
  }
  const fields = plan.template.metadata?.fields.map(
    (field2) => field2.scale ? { ...field2, scale: renamed.get(field2.scale) ?? field2.scale } : field2
  );
  templates[name] = fields ? { ...plan.template, metadata: { ...plan.template.metadata, fields } } : plan.template;
}
function ladderOf(plan, template2, isOverride) {
  const { levels: levels2, tracks } = plan.reading.layout;
  const ladder = { levels: levels2, ...tracks === "folder" && !isOverride ? {} : { tracks } };
  const sources = plan.fields?.sources ?? [];
  if (sources.length > 0) ladder.fields = sources;
  if (template2 && plan.reading.preset !== "page-per-level") ladder.template = template2;
  return ladder;
}
function buildConfig(plan) {
  const config = { $schema: schemaReference, extends: plan.main.reading.preset };
  const templates = {};
  const scales = {};
  const taken = /* @__PURE__ */ new Set();
  const main = plan.main.template ? templateName(void 0, plan.main, taken) : void 0;
  if (main) addTemplate(plan.main, main, templates, scales);
  const named = plan.overrides.map(({ files, plan: other2 }) => {
    const name = other2.template ? templateName(files, other2, taken) : void 0;
    if (name) addTemplate(other2, name, templates, scales);
    return name;
  });
  if (plan.main.reading.preset !== "page-per-level") config.ladder = ladderOf(plan.main, main, false);
  const overrides = plan.overrides.map(({ files, plan: other2 }, index) => ({
    files,
    ladder: ladderOf(other2, named[index], true)
  }));
  if (Object.keys(templates).length > 0) config.templates = templates;
  if (Object.keys(scales).length > 0) config.scales = scales;
  if (overrides.length > 0) config.overrides = overrides;
  if (plan.words.length > 0) config.spelling = { words: plan.words.map((entry) => entry.word) };
  return config;
}

// src/init/level-candidates.ts
import { toString as nodeText6 } from "mdast-util-to-string";
import { parse as parseYaml3 } from "yaml";
var romanPatterns = [
  String.raw`^(?<label>(?:Level\s)?(?<roman>[IVX]{1,5}))(?:\s*[-–—:]\s*(?<name>.*))?$`,
  String.raw`^(?<name>.*\S)\s+(?<label>(?<roman>[IVX]{1,5}))$`
];
var levelWords = [
  "Intern",
  "Apprentice",
  "Trainee",
  "Graduate",
  "Entry",
  "Associate",
  "Junior",
  "Mid",
  "Intermediate",
  "Senior",
  "Lead",
  "Staff",
  "Principal",
  "Distinguished",
  "Fellow"
];
var startsWithLevelWord = new RegExp(`^(${levelWords.join("|")})(?![\\p{L}\\d])`, "u");
var orderKeys = ["weight", "order", "level", "rank", "position", "nav_order", "sidebar_position"];
function levelNamesAt(files, depth) {
  const sequences = files.map((scanned) => {
    const names = [];
    for (const node of scanned.tree.children) {
      if (node.type !== "heading" || node.depth !== depth) continue;
      const word3 = startsWithLevelWord.exec(nodeText6(node).trim())?.[1];
      if (word3 && !names.includes(word3)) names.push(word3);
    }
    return names;
  }).filter((names) => names.length >= 2).sort((a, b) => b.length - a.length);
  const order2 = [...sequences[0] ?? []];
  for (const word3 of new Set(sequences.flat())) {
    if (order2.includes(word3)) continue;
    const rank = levelWords.indexOf(word3);
    const before = order2.findIndex((other2) => levelWords.indexOf(other2) > rank);
    order2.splice(before === -1 ? order2.length : before, 0, word3);
  }
  return order2;
}
function headingDepths(files) {
  const depths = /* @__PURE__ */ new Set();
  for (const scanned of files) {
    const counts2 = /* @__PURE__ */ new Map();
    for (const node of scanned.tree.children)
      if (node.type === "heading") counts2.set(node.depth, (counts2.get(node.depth) ?? 0) + 1);
    for (const [depth, count2] of counts2) if (count2 >= 2) depths.add(depth);
  }
  return [...depths].sort((a, b) => a - b);
}
function headingCandidates(files) {
  return headingDepths(files).flatMap((depth) => {
    const names = levelNamesAt(files, depth);
    return [
      { in: "heading", depth },
      ...romanPatterns.map((pattern) => ({ in: "heading", depth, pattern })),
      ...names.length >= 2 ? [{ in: "heading", depth, names }] : []
    ];
  });
}
function frontMatterOf(tree) {
  const node = tree.children[0];
  if (node?.type !== "yaml") return void 0;
  try {
    const data = parseYaml3(node.value);
    return data && typeof data === "object" && !Array.isArray(data) ? data : void 0;
  } catch {
    return void 0;
  }
}
function frontMatterCandidates(files) {
  const keys = /* @__PURE__ */ new Set();
  for (const scanned of files) {
    const data = frontMatterOf(scanned.tree);
    for (const key of orderKeys) if (typeof data?.[key] === "number") keys.add(key);
  }
  return orderKeys.filter((key) => keys.has(key)).map((key) => ({ in: "front-matter", key, titleKey: "title" }));
}

// src/init/detect-layout.ts
var presetOf = {
  page: "page-per-level",
  heading: "headings-per-level",
  "front-matter": "front-matter-pages",
  yaml: "yaml-framework"
};
var preference = [
  "page-per-level",
  "headings-per-level",
  "front-matter-pages",
  "yaml-framework"
];
var lookedFor = [
  'a level in file names or page titles ("L4-Lead-Engineer.md", "# L4: Lead Engineer")',
  'two or more level headings in one file ("## D3 - Developer 3", "## Level 2", "## Senior Engineer", "## Engineer II")',
  "pages whose front matter gives a number (weight, order, level, rank, position) and a title",
  "YAML front matter with topics[].content[].level"
];
function readAs(files, levels2) {
  const tracks = levels2.in === "heading" || levels2.in === "yaml" ? "file" : "folder";
  const layout2 = { levels: levels2, tracks };
  const config = mergeConfig({ extends: presetOf[levels2.in] }, "", []);
  const pages = /* @__PURE__ */ new Map();
  for (const scanned of files) {
    if (levels2.in === "yaml" && !readYamlLadder(String(scanned.file.value))?.levels.length) continue;
    const read = readLadderFile(scanned.tree, scanned.file, scanned.path, config, layout2).filter(
      (page) => page.kind === "level"
    );
    if (levels2.in === "heading" && !holdsTrack(scanned, read, levels2.depth ?? 2)) continue;
    if (read.length > 0) pages.set(scanned.path, read);
  }
  if (levels2.in === "front-matter") dropLonePages(pages);
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { preset: presetOf[levels2.in], layout: layout2, pages, levelCount };
}
function holdsTrack(scanned, levels2, depth) {
  const headings = scanned.tree.children.filter((node) => node.type === "heading" && node.depth === depth);
  return new Set(levels2.map((page) => page.level?.label)).size >= 2 && levels2.length * 2 > headings.length;
}
function dropLonePages(pages) {
  const perFolder = /* @__PURE__ */ new Map();
  for (const path of pages.keys()) perFolder.set(folderOf(path), (perFolder.get(folderOf(path)) ?? 0) + 1);
  for (const path of [...pages.keys()]) if ((perFolder.get(folderOf(path)) ?? 0) < 2) pages.delete(path);
}
function folderOf(path) {
  const index = path.lastIndexOf("/");
  return index === -1 ? "." : path.slice(0, index);
}
function bestReadings(files) {
  const candidates = [
    { in: "page" },
    ...headingCandidates(files),
    ...frontMatterCandidates(files),
    { in: "yaml" }
  ];
  const best = /* @__PURE__ */ new Map();
  for (const levels2 of candidates) {
    const reading = readAs(files, levels2);
    const current = best.get(reading.preset);
    if (!current || reading.levelCount > current.levelCount) best.set(reading.preset, reading);
  }
  return preference.flatMap((preset) => {
    const reading = best.get(preset);
    return reading && reading.levelCount > 0 ? [reading] : [];
  });
}
function detectLayout(files) {
  const readings = bestReadings(files);
  const ranked = [...readings].sort((a, b) => b.levelCount - a.levelCount);
  const [main, runnerUp] = ranked;
  if (!main) return void 0;
  const undecided = [];
  if (runnerUp && runnerUp.levelCount === main.levelCount)
    undecided.push(
      `the layout: ${main.preset} and ${runnerUp.preset} both read ${main.levelCount} levels; chose ${main.preset}. If that is wrong, set "extends" to "${runnerUp.preset}".`
    );
  const claimed = new Set(main.pages.keys());
  const others = /* @__PURE__ */ new Map();
  for (const path of files.map((scanned) => scanned.path)) {
    if (claimed.has(path)) continue;
    const reader = ranked.filter((reading) => reading !== main && reading.pages.has(path)).sort((a, b) => (b.pages.get(path)?.length ?? 0) - (a.pages.get(path)?.length ?? 0))[0];
    if (!reader) continue;
    claimed.add(path);
    others.set(reader, [...others.get(reader) ?? [], path]);
  }
  return {
    main,
    others: [...others].map(([reading, paths]) => ({ files: paths, reading: only(reading, paths) })),
    otherPages: files.map((scanned) => scanned.path).filter((path) => !claimed.has(path)),
    undecided
  };
}
function only(reading, paths) {
  const pages = new Map([...reading.pages].filter(([path]) => paths.includes(path)));
  const levelCount = [...pages.values()].reduce((sum, read) => sum + read.length, 0);
  return { ...reading, pages, levelCount };
}
function overrideGlobs(group, mainPaths) {
  const main = [...mainPaths];
  const globs = [];
  for (const path of group) {
    const folder = folderOf(path);
    const clean = folder !== "." && !main.some((other2) => other2.startsWith(`${folder}/`));
    const glob2 = clean ? `${folder}/**` : path;
    if (!globs.includes(glob2)) globs.push(glob2);
  }
  return globs;
}

// src/init/ordinal-scales.ts
import { toString as nodeText7 } from "mdast-util-to-string";
function findOrdinalScales(files) {
  const scales = [];
  for (const { path, tree } of files) {
    const seen = /* @__PURE__ */ new Set();
    tree.children.forEach((node, index) => {
      if (node.type !== "heading") return;
      const heading = nodeText7(node).trim();
      if (seen.has(heading.toLocaleLowerCase("en"))) return;
      seen.add(heading.toLocaleLowerCase("en"));
      const list2 = listUnder2(tree.children.slice(index + 1));
      if (!list2?.ordered || list2.children.length < 2 || !list2.children.every(startsBold)) return;
      const steps = list2.children.map((item) => nodeText7(item).split(":")[0]?.trim() ?? "");
      if (steps.every((step) => step !== "")) scales.push({ file: path, heading, steps });
    });
  }
  return scales;
}
function listUnder2(nodes) {
  for (const node of nodes) {
    if (node.type === "heading") return void 0;
    if (node.type === "list") return node;
  }
  return void 0;
}
function startsBold(item) {
  const paragraph = item.children[0];
  return paragraph?.type === "paragraph" && paragraph.children[0]?.type === "strong";
}
function ranksOf(scale2) {
  return scale2.steps.map((step) => ({ name: step, phrases: [step] }));
}

// src/init/infer-fields.ts
var sourceOfForm = {
  step: "steps",
  table: "table",
  "label-line": "label-lines",
  list: "bullets",
  paragraph: "bullets"
};
var tried = ["steps", "table", "label-lines"];
function scaleName(label) {
  return label.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}
function inferFields(files, reading, ordinalScales) {
  const probe = probeConfig(reading, ordinalScales);
  const levels2 = [];
  for (const scanned of files) {
    if (!reading.pages.has(scanned.path)) continue;
    const pages = readLadderFile(scanned.tree, scanned.file, scanned.path, probe.config, probe.layout);
    levels2.push(...pages.filter((page) => page.kind === "level"));
  }
  const byLabel = /* @__PURE__ */ new Map();
  for (const page of levels2) {
    for (const field2 of page.metadata) {
      const key = field2.label.toLocaleLowerCase("en");
      const entry = byLabel.get(key) ?? { label: field2.label, form: field2.form, values: /* @__PURE__ */ new Map() };
      if (!entry.values.has(page)) entry.values.set(page, field2.value);
      byLabel.set(key, entry);
    }
  }
  const inference = {
    sources: [],
    fields: [],
    definedIn: /* @__PURE__ */ new Map(),
    partial: [],
    undecided: []
  };
  for (const { label, form, values } of byLabel.values()) {
    const source = sourceOfForm[form];
    if (!source) continue;
    const ordinal = source === "steps" ? ordinalScales.find((scale3) => scale3.heading === label) : void 0;
    if (!ordinal && values.size < levels2.length) {
      inference.partial.push({ label, levels: values.size });
      continue;
    }
    const field2 = {
      spec: { label, required: values.size === levels2.length },
      source,
      levels: values.size
    };
    const scale2 = ordinal ? stepScale(ordinal, values) : valueScale(label, values, inference.undecided);
    if (scale2) {
      field2.scale = { name: uniqueName(scaleName(label), inference.fields), spec: scale2 };
      field2.spec.scale = field2.scale.name;
    }
    if (ordinal) inference.definedIn.set(label, ordinal);
    inference.fields.push(field2);
  }
  inference.fields.sort((a, b) => order(a, ordinalScales) - order(b, ordinalScales));
  for (const from of tried)
    if (inference.fields.some((field2) => field2.source === from)) inference.sources.push({ from });
  return inference;
}
function order(field2, ordinalScales) {
  const index = ordinalScales.findIndex((scale2) => scale2.heading === field2.spec.label);
  return index === -1 ? ordinalScales.length : index;
}
function uniqueName(name, taken) {
  const names = new Set(taken.map((field2) => field2.scale?.name));
  let unique = name || "field";
  for (let count2 = 2; names.has(unique); count2++) unique = `${name}-${count2}`;
  return unique;
}
function probeConfig(reading, ordinalScales) {
  const fields = ordinalScales.map((scale2, index) => ({
    label: scale2.heading,
    scale: `probe-${index}`
  }));
  const scales = Object.fromEntries(
    ordinalScales.map((scale2, index) => [
      `probe-${index}`,
      { kind: "ranks", ranks: ranksOf(scale2) }
    ])
  );
  const config = mergeConfig(
    { extends: reading.preset, templates: { probe: { metadata: { fields }, sections: [] } }, scales },
    "",
    []
  );
  const layout2 = {
    ...reading.layout,
    fields: tried.filter((from) => from !== "steps" || ordinalScales.length > 0).map((from) => ({ from })),
    template: "probe"
  };
  return { config, layout: layout2 };
}
function stepScale(ordinal, values) {
  const ranks = { kind: "ranks", ranks: ranksOf(ordinal) };
  const direction = directionOf(values, ranks);
  return {
    kind: "ranks",
    noun: ordinal.heading.toLocaleLowerCase("en"),
    ...direction === "up" ? {} : { direction },
    ranksFrom: { file: ordinal.file, heading: ordinal.heading }
  };
}
function valueScale(label, values, undecided) {
  for (const kind of ["duration", "number"]) {
    const scale2 = { kind };
    if (![...values.values()].every((value) => place(value, scale2) !== void 0)) continue;
    return { kind, noun: label.toLocaleLowerCase("en"), direction: directionOf(values, scale2) };
  }
  const example = [...values.values()].find((value) => place(value, { kind: "number" }) === void 0) ?? "";
  undecided.push(
    `a scale for "${label}": values such as "${shorten(example)}" are neither lengths of time nor numbers, so it is listed without one. Add a scale of kind "ranks" if its values are steps.`
  );
  return void 0;
}
function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
function directionOf(values, scale2) {
  const tracks = /* @__PURE__ */ new Map();
  for (const [page, value] of values) {
    const placement = place(value, scale2);
    if (!placement || !page.level) continue;
    const track2 = tracks.get(page.track) ?? [];
    track2.push({ rank: page.level.rank, placement });
    tracks.set(page.track, track2);
  }
  let rises = false;
  let falls = false;
  for (const track2 of tracks.values()) {
    track2.sort((a, b) => a.rank - b.rank);
    for (let index = 1; index < track2.length; index++) {
      const step = comparePlacements(
        track2[index].placement,
        track2[index - 1].placement
      );
      if (step > 0) rises = true;
      if (step < 0) falls = true;
    }
  }
  return falls ? rises ? "any" : "down" : "up";
}

// src/init/infer-sections.ts
function inferSections(levels2, minimumDepth) {
  const seen = /* @__PURE__ */ new Map();
  for (const page of levels2) {
    const sections = page.sections.filter((section2) => section2.depth >= minimumDepth && section2.name !== "");
    const onPage = /* @__PURE__ */ new Set();
    sections.forEach((section2, index) => {
      const key = section2.name.toLocaleLowerCase("en");
      const entry = seen.get(key) ?? {
        name: section2.name,
        depths: [],
        emoji: [],
        places: [],
        levels: 0,
        repeated: false
      };
      if (onPage.has(key)) {
        entry.repeated = true;
      } else {
        onPage.add(key);
        entry.levels += 1;
        entry.depths.push(section2.depth);
        entry.emoji.push(section2.emoji.raw);
        entry.places.push(sections.length > 1 ? index / (sections.length - 1) : 0);
      }
      seen.set(key, entry);
    });
  }
  const common = [...seen.values()].filter((entry) => entry.levels === levels2.length && levels2.length > 0);
  common.sort((a, b) => mean(a.places) - mean(b.places));
  return {
    sections: common.map(toSpec),
    partial: [...seen.values()].filter((entry) => entry.levels < levels2.length).map((entry) => ({ name: entry.name, levels: entry.levels }))
  };
}
function toSpec(entry) {
  const spec = { name: entry.name, required: true, depth: mostCommon(entry.depths) };
  const [emoji2] = new Set(entry.emoji);
  if (emoji2 && entry.emoji.every((raw) => raw === emoji2)) spec.emoji = [emoji2];
  if (entry.repeated) spec.repeatable = true;
  return spec;
}
function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
}
function mostCommon(values) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const value of values) counts2.set(value, (counts2.get(value) ?? 0) + 1);
  return [...counts2].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

// src/init/plan-layout.ts
function planLayout(files, reading, ordinalScales) {
  const levels2 = [...reading.pages.values()].flat();
  const levelsSpec = reading.layout.levels;
  switch (levelsSpec.in) {
    case "yaml":
      return { reading, undecided: [] };
    case "page": {
      const { templates } = presets["page-per-level"] ?? { templates: {} };
      const unfitPages = levels2.filter((page) => !bestTemplate(templates, page));
      if (unfitPages.length === 0) return { reading, unfit: [], undecided: [] };
      const sections = inferSections(unfitPages, 2);
      const undecided = sections.sections.length > 0 ? [] : [
        `a template for the level pages that fit none of the built-in templates: they share no heading. Add one under "templates" if they should be checked for sections.`
      ];
      return {
        reading,
        sections,
        unfit: unfitPages.map((page) => page.path),
        undecided,
        ...sections.sections.length > 0 ? { template: { sections: sections.sections } } : {}
      };
    }
    case "heading":
    case "front-matter": {
      const fields = inferFields(files, reading, ordinalScales);
      const minimumDepth = levelsSpec.in === "heading" ? (levelsSpec.depth ?? 2) + 1 : 2;
      const sections = inferSections(levels2, minimumDepth);
      const plan = { reading, fields, sections, undecided: fields.undecided };
      if (fields.fields.length > 0 || sections.sections.length > 0)
        plan.template = {
          ...fields.fields.length > 0 ? { metadata: { fields: fields.fields.map((field2) => field2.spec) } } : {},
          sections: sections.sections
        };
      return plan;
    }
  }
}

// src/init/propose-words.ts
import { resolve as resolve9 } from "node:path";
var perPage = 1e3;
var possessive = /['’]s$/u;
function startsSentence2(mask, offset) {
  let index = offset - 1;
  while (index >= 0 && /[ \t"'“‘(*_]/u.test(mask[index] ?? "")) index--;
  return index < 0 || /[\0\n.!?:;]/u.test(mask[index] ?? "");
}
async function proposeWords(folder, files) {
  const { spelling: spelling2 } = mergeConfig(void 0, "", []);
  const answers = await Promise.all(
    files.map(({ path, tree, file }) => {
      const source = String(file.value);
      const prose = spellableProse(tree, source);
      return misspellingsOf(resolve9(folder, path), spelling2, prose, perPage).then((answer) => ({
        answer,
        mask: proseMask(tree, source)
      }));
    })
  );
  const words2 = /* @__PURE__ */ new Map();
  for (const { answer, mask } of answers) {
    for (const { word: word3, offset } of answer.misspellings) {
      const form = word3.replace(possessive, "");
      const key = form.toLocaleLowerCase("en");
      const entry = words2.get(key) ?? { forms: /* @__PURE__ */ new Map(), count: 0, named: false };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.count += 1;
      if (new RegExp("^\\p{Lu}", "u").test(form) && !startsSentence2(mask, offset)) entry.named = true;
      words2.set(key, entry);
    }
  }
  const proposed = [];
  const left = [];
  for (const { forms, count: count2, named } of words2.values()) {
    const capitalForms = [...forms].filter(([form]) => new RegExp("^\\p{Lu}", "u").test(form));
    const capitalUses = capitalForms.reduce((sum, [, uses]) => sum + uses, 0);
    const word3 = [...capitalForms.length > 0 ? capitalForms : forms].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)
    )[0]?.[0] ?? "";
    (named || capitalUses >= 3 ? proposed : left).push({ word: word3, count: count2 });
  }
  const byUse = (a, b) => b.count - a.count || a.word.localeCompare(b.word, "en");
  return { proposed: proposed.sort(byUse), left: left.sort(byUse) };
}

// src/init/report.ts
function firstLevel(reading) {
  const levels2 = [...reading.pages.values()].flat();
  return levels2.find((page) => page.title?.level) ?? levels2[0];
}
function describeLayout(reading) {
  const levels2 = reading.layout.levels;
  const example = firstLevel(reading)?.title?.text ?? "";
  switch (levels2.in) {
    case "page":
      return `page-per-level (a page per level, the level in its file name or title such as "${example}")`;
    case "heading": {
      const marks = `${"#".repeat(levels2.depth ?? 2)} `;
      const kind = levels2.names ? `, levels named ${levels2.names.join(" < ")}` : levels2.pattern ? ", levels in roman numerals" : "";
      return `headings-per-level (a file per track, each level a "${marks}" heading such as "${example}"${kind})`;
    }
    case "front-matter":
      return `front-matter-pages (a page per level, ordered by the front matter's "${levels2.key}" and named by its "${levels2.titleKey}" such as "${example}")`;
    case "yaml":
      return "yaml-framework (a file per track, its levels in the YAML front matter: topics, each with content per level)";
  }
}
var shownTracks = 8;
function describeLevels(reading) {
  const tracks = /* @__PURE__ */ new Map();
  for (const [path, pages] of reading.pages) {
    const track2 = reading.layout.tracks === "file" ? path : folderOf(path);
    tracks.set(track2, [...tracks.get(track2) ?? [], ...pages]);
  }
  const described = [...tracks].map(([track2, pages]) => {
    const labels = pages.flatMap((page) => page.level ? [page.level] : []).sort((a, b) => a.rank - b.rank).map((level) => level.label);
    const first = labels[0] ?? "";
    const last = labels.at(-1) ?? "";
    const range = labels.length > 1 ? `${first}\u2013${shortLast(first, last)}` : first;
    return `${track2 === "." ? "(top folder)" : track2} ${range}`;
  });
  const more = described.length > shownTracks ? `, and ${described.length - shownTracks} more` : "";
  return `Read ${plural2(reading.levelCount, "level")} in ${plural2(tracks.size, "track")}: ${described.slice(0, shownTracks).join(", ")}${more}.`;
}
function shortLast(first, last) {
  const prefix = /^\D+\s/.exec(first)?.[0];
  return prefix && last.startsWith(prefix) ? last.slice(prefix.length) : last;
}
function plural2(count2, noun) {
  return `${count2} ${noun}${count2 === 1 ? "" : "s"}`;
}
function list(items, shown = 10) {
  const more = items.length > shown ? `, and ${items.length - shown} more` : "";
  return `${items.slice(0, shown).join(", ")}${more}`;
}
function describeField(field2) {
  const scale2 = field2.scale?.spec;
  if (field2.source === "steps") return field2.spec.label;
  if (!scale2) return `${field2.spec.label} (no scale)`;
  return `${field2.spec.label} (${scale2.kind}, ${scale2.direction ?? "up"})`;
}
var sourceWords = {
  steps: "steps",
  table: "a table",
  "label-lines": '"Label: value" lines',
  bullets: '"- **Label**: value" bullets',
  "front-matter": "front matter",
  pattern: "a pattern"
};
function describePlan(plan) {
  const lines = [];
  const total = plan.reading.levelCount;
  if (plan.unfit !== void 0) {
    lines.push(
      plan.unfit.length === 0 ? "Templates: every level page fits one of the built-in templates." : `Templates: ${plural2(plan.unfit.length, "level page")} fit none of the built-in templates (${list(plan.unfit, 5)}).`
    );
  }
  if (plan.fields) {
    const { fields, definedIn, partial } = plan.fields;
    if (fields.length === 0) lines.push("Fields: none on every level.");
    const steps = fields.filter((field2) => field2.source === "steps");
    if (steps.length > 0) {
      const files = [...new Set(steps.map((field2) => definedIn.get(field2.spec.label)?.file))].join(", ");
      lines.push(`Fields: ${steps.map(describeField).join(", ")} (steps defined in ${files}).`);
    }
    for (const source of ["table", "label-lines", "bullets"]) {
      const found = fields.filter((field2) => field2.source === source);
      if (found.length > 0)
        lines.push(
          `Fields: ${found.map(describeField).join(", ")} (from ${sourceWords[source]} on each level).`
        );
    }
    const partialSteps = steps.filter((field2) => field2.levels < total);
    if (partialSteps.length > 0)
      lines.push(
        `Optional fields (steps on some levels only): ${partialSteps.map((field2) => `${field2.spec.label} (${field2.levels} of ${total})`).join(", ")}.`
      );
    if (partial.length > 0)
      lines.push(
        `Left out fields found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.label} (${entry.levels} of ${total})`))}.`
      );
  }
  if (plan.sections) {
    const levels2 = plan.unfit?.length || total;
    const { sections, partial } = plan.sections;
    lines.push(
      sections.length === 0 ? `Sections: no heading is on every ${plan.unfit?.length ? "one of those pages" : "level"}.` : `Sections on every ${plan.unfit?.length ? "one of those pages" : "level"}: ${sections.map((section2) => section2.name).join(", ")}.`
    );
    if (partial.length > 0)
      lines.push(
        `Left out headings found on some levels only, which ladder-lint will report: ${list(partial.map((entry) => `${entry.name} (${entry.levels} of ${levels2})`))}.`
      );
  }
  return lines;
}
function counts(words2, shown) {
  return list(
    words2.map((entry) => `${entry.word} (${entry.count})`),
    shown
  );
}
function describeWords(words2) {
  const lines = [
    words2.proposed.length === 0 ? "Spelling: no words to propose; the dictionaries know the names the pages use." : `Spelling: proposed ${plural2(words2.proposed.length, "word")}: ${counts(words2.proposed, Number.POSITIVE_INFINITY)}.`
  ];
  if (words2.left.length > 0)
    lines.push(
      `Not proposed (in lower case, or used once or twice and only at the start of a sentence: more likely typos, which ladder-lint will report): ${counts(words2.left, 10)}.`
    );
  return lines;
}
function describeRun({ detection, main, overrides, words: words2, unreadable: unreadable2 }) {
  const lines = [`Layout: ${describeLayout(detection.main)}.`];
  if (main.reading.preset === "page-per-level")
    lines.push(`It is the default: no layout settings were needed${overrides.length > 0 ? " for it" : ""}.`);
  lines.push(describeLevels(detection.main), ...describePlan(main));
  for (const { files, plan } of overrides) {
    lines.push(`Override for ${files.join(", ")}: ${describeLayout(plan.reading)}.`);
    lines.push(...[describeLevels(plan.reading), ...describePlan(plan)].map((line) => `  ${line}`));
  }
  if (detection.otherPages.length > 0)
    lines.push(`Other pages (no level in them): ${list(detection.otherPages)}.`);
  lines.push(...describeWords(words2));
  for (const { path, problem } of unreadable2) lines.push(`Could not read ${path}: ${problem}`);
  const undecided = [
    ...detection.undecided,
    ...main.undecided,
    ...overrides.flatMap(({ plan }) => plan.undecided)
  ];
  for (const item of undecided) lines.push(`Could not decide ${item}`);
  return lines;
}

// src/init/scan-folder.ts
import { relative as relative4, sep as sep4 } from "node:path";
import { VFile as VFile5 } from "vfile";
async function scanFolder(folder) {
  const { files: found } = await discoverFiles(["."], folder, mergeConfig(void 0, "", []));
  const scan = { files: [], unreadable: [] };
  for (const { path: absolute } of found) {
    const path = relative4(folder, absolute).split(sep4).join("/");
    const read = await readText(absolute);
    const problem = read.ok ? unparseableReason(read.text) : read.problem;
    if (!read.ok || problem !== void 0) {
      scan.unreadable.push({ path, problem: problem ?? "it could not be read" });
      continue;
    }
    if (read.text.trim() === "") continue;
    const file = new VFile5({ path, value: read.text, cwd: folder });
    scan.files.push({ path, file, tree: parseMarkdown(file) });
  }
  return scan;
}

// src/init/init.ts
var initConfigFile = ".ladderlintrc.json";
async function runInit(dir, options, io) {
  const folder = resolve10(io.cwd, dir);
  const shown = relative5(io.cwd, folder) || ".";
  if (!existsSync4(folder) || !statSync3(folder).isDirectory()) {
    io.stderr(`ladder-lint init: "${dir}" is not a folder. Give the folder that holds the ladder.
`);
    return 2;
  }
  const target = join4(folder, initConfigFile);
  const targetShown = shown === "." ? initConfigFile : `${shown}/${initConfigFile}`;
  if (existsSync4(target) && !options.force) {
    io.stderr(
      `ladder-lint init: ${targetShown} already exists; nothing was written. Run "ladder-lint init${shown === "." ? "" : ` ${shown}`} --force" to replace it.
`
    );
    return 2;
  }
  const { files, unreadable: unreadable2 } = await scanFolder(folder);
  const detection = detectLayout(files);
  if (!detection) {
    io.stderr(
      `ladder-lint init: found no level in ${plural2(files.length, "Markdown page")} in ${shown}, so nothing was written. Looked for:
${lookedFor.map((item) => `  - ${item}
`).join("")}`
    );
    return 1;
  }
  const ordinalScales = findOrdinalScales(files);
  const main = planLayout(files, detection.main, ordinalScales);
  const overrides = detection.others.map(({ files: paths, reading }) => ({
    files: overrideGlobs(paths, detection.main.pages.keys()),
    plan: planLayout(files, reading, ordinalScales)
  }));
  const words2 = await proposeWords(folder, files);
  const config = buildConfig({ main, overrides, words: words2.proposed });
  const lines = describeRun({ detection, main, overrides, words: words2, unreadable: unreadable2 });
  for (const name of configFileNames.filter((name2) => name2 !== initConfigFile && name2 !== "package.json"))
    if (existsSync4(join4(folder, name)))
      lines.push(`Note: ${name} is here too; ${initConfigFile} is read instead of it.`);
  writeFileSync(target, `${JSON.stringify(config, null, 2)}
`);
  lines.push(
    `Wrote ${targetShown}. Check it with: ladder-lint --format outline${shown === "." ? "" : ` ${shown}`}`
  );
  io.stdout(`${lines.join("\n")}
`);
  return 0;
}

// src/cli.ts
var exitCodes = { ok: 0, findings: 1, failure: 2 };
var formats = ["stylish", "json", "sarif", "github", "progression", "outline"];
var help = `Usage: ladder-lint [options] [paths...]
       ladder-lint init [dir] [--force]

Checks career-ladder pages: paths are files, folders or globs (default: the current folder).

Options:
  --format <name>       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                        github (GitHub Actions annotations), progression (a table per track),
                        or outline (JSON: how the ladder was read, every track's levels in order)
  --config <file>       use this configuration file instead of looking for one
  --fix                 repair what can be repaired safely (garbled characters, doubled words,
                        lost "- " bullets, \u2026) in the files, then report what remains
  --fix-dry-run         the same repairs without writing them; --format json gives each
                        repaired file's text as "output"
  --quiet               report errors only, not warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  --no-color            plain text without colours
  -h, --help            show this help
  -v, --version         show the version

init looks at the ladder in dir (default: the current folder), decides how it is laid out and
writes dir/.ladderlintrc.json, saying what it found and what it could not decide. --force
replaces a .ladderlintrc.json that is already there. To check a folder named "init", write ./init.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage, configuration or internal failure.
`;
var guardKinds = {
  stylish: "text",
  json: "json",
  sarif: "json",
  github: "commands",
  progression: "text",
  outline: "json"
};
async function runCli(argv, given) {
  const text = outputGuard("text", given.env);
  const io = {
    ...given,
    stdout: (output) => given.stdout(text(output)),
    stderr: (output) => given.stderr(text(output))
  };
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`ladder-lint: ${error.message}
Run "ladder-lint --help" for the options.
`);
    return exitCodes.failure;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(help);
    return exitCodes.ok;
  }
  if (values.version) {
    io.stdout(`${package_default.version}
`);
    return exitCodes.ok;
  }
  if (positionals[0] === "init") {
    if (positionals.length > 2) {
      io.stderr(`ladder-lint: init takes one folder; got ${positionals.length - 1}.
`);
      return exitCodes.failure;
    }
    return runInit(positionals[1] ?? ".", { force: values.force === true }, io);
  }
  if (values.force) {
    io.stderr('ladder-lint: --force goes with init only ("ladder-lint init --force").\n');
    return exitCodes.failure;
  }
  if (values.fix && values["fix-dry-run"]) {
    io.stderr("ladder-lint: give --fix (write the repairs) or --fix-dry-run (only show them), not both.\n");
    return exitCodes.failure;
  }
  const fix = values.fix === true || values["fix-dry-run"] === true;
  const format = values.format ?? "stylish";
  if (!formats.includes(format)) {
    io.stderr(`ladder-lint: --format must be one of ${formats.join(", ")}; got "${format}".
`);
    return exitCodes.failure;
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = /^\d+$/.test(values["max-warnings"]) ? Number(values["max-warnings"]) : Number.NaN;
    if (!Number.isSafeInteger(maxWarnings)) {
      io.stderr(
        `ladder-lint: --max-warnings takes a whole number of 0 or more; got "${values["max-warnings"]}".
`
      );
      return exitCodes.failure;
    }
  }
  let results;
  let run;
  let fixFailed = false;
  try {
    run = await lintFiles(positionals, {
      cwd: io.cwd,
      onFilesFound: (count2) => {
        boundHeapForLargeRuns(count2);
        stopUnaskedSpellingWorker();
      },
      ...values.config ? { configFile: values.config } : {},
      ...fix ? { fix } : {}
    });
    results = run.results;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`ladder-lint: configuration error in ${error.message}
`);
    } else {
      io.stderr(`ladder-lint: internal error: ${error?.stack ?? String(error)}
`);
    }
    return exitCodes.failure;
  }
  if (values.fix) {
    const { failed } = await outputFixes(results, io.cwd);
    for (const { filePath, problem } of failed)
      io.stderr(`ladder-lint: could not write the repairs to ${filePath}: ${problem}
`);
    if (failed.length > 0) fixFailed = true;
  }
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const shown = values.quiet ? results.map(onlyErrors) : results;
  const color = io.color && !values["no-color"];
  const reporters = {
    stylish: () => formatStylish(shown, { color, summaryLine: runSummaryLine(run) }),
    json: () => `${formatJson(shown)}
`,
    sarif: () => `${formatSarif(shown)}
`,
    github: () => formatGithub(shown),
    progression: () => formatProgression(run.pages, run.config),
    outline: () => `${formatOutline(run)}
`
  };
  const chosen = format;
  const kind = guardKinds[chosen];
  given.stdout(kind === "commands" ? reporters[chosen]() : outputGuard(kind, given.env)(reporters[chosen]()));
  if (fixFailed) return exitCodes.failure;
  if (errorCount > 0) return exitCodes.findings;
  if (maxWarnings !== void 0 && warningCount > maxWarnings) {
    io.stderr(`ladder-lint: ${warningCount} warnings, more than --max-warnings ${maxWarnings} allows.
`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}
function parseCliArgs(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", short: "f" },
      config: { type: "string", short: "c" },
      quiet: { type: "boolean", short: "q" },
      "max-warnings": { type: "string" },
      "no-color": { type: "boolean" },
      color: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      force: { type: "boolean" },
      fix: { type: "boolean" },
      "fix-dry-run": { type: "boolean" }
    }
  });
}
function onlyErrors(result) {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0
  };
}
export {
  exitCodes,
  formats,
  runCli
};
