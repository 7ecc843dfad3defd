#!/usr/bin/env node
import {
  englishVariantsOf,
  misspellingsOf,
  prepareEnglishVariants,
  prepareSpelling,
  stopUnaskedSpellingWorker
} from "./cli-XUVMIF2J.js";

// src/cli.ts
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "ladder-lint",
  version: "0.1.0",
  description: "Lint career ladders: the Markdown pages that say what each level of a role expects.",
  license: "Apache-2.0",
  type: "module",
  bin: {
    "ladder-lint": "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/src/index.d.ts",
      default: "./dist/lib.js"
    },
    "./schema.json": "./schema.json"
  },
  files: [
    "dist",
    "rules",
    "docs",
    "schema.json"
  ],
  engines: {
    node: ">=22.18"
  },
  scripts: {
    build: "node scripts/write-schema.ts && node scripts/build.mjs && tsc -p tsconfig.build.json",
    typecheck: "tsc --noEmit",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    schema: "node scripts/write-schema.ts",
    bench: "npm run build && node bench/run.ts"
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
    "mdast-util-to-string": "4.0.0",
    picocolors: "1.1.1",
    picomatch: "4.0.7",
    "remark-frontmatter": "5.0.0",
    "remark-gfm": "4.0.1",
    "remark-parse": "11.0.0",
    "remark-validate-links": "13.1.0",
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
    "ts-jest": "29.4.15",
    typescript: "5.9.3",
    "typescript-eslint": "8.73.0"
  }
};

// src/config/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";

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
  title: { separator: "any" },
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
  rules: {
    "ladder-title": "error",
    "ladder-summary": "error",
    "ladder-metadata": "error",
    "ladder-sections": "error",
    "ladder-section-content": "error",
    "ladder-lost-list-marker": "error",
    "ladder-placeholder": "error",
    "ladder-links": "error",
    "ladder-spelling": "error",
    "ladder-doubled-word": "error",
    "ladder-mojibake": "error",
    "ladder-mixed-spelling": "warn",
    "ladder-emoji-style": "warn",
    "ladder-track-index": "warn",
    "ladder-track-consistency": "warn",
    "ladder-progression": "error"
  },
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

// src/config/schema.ts
var severity = {
  enum: ["off", "warn", "error"],
  description: "off, warn or error, as in ESLint and remark-lint"
};
var ruleSetting = {
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
var configSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/ladder-lint/ladder-lint/blob/main/schema.json",
  title: "ladder-lint configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    root: { type: "boolean", description: "Stop looking for configuration files in parent folders." },
    rules,
    ignores: { ...stringList, description: "Globs of files never to check, relative to this file." },
    templates: { type: "object", additionalProperties: template, description: "Page templates by name." },
    overrides: {
      type: "array",
      items: {
        type: "object",
        required: ["files"],
        additionalProperties: false,
        properties: {
          files: { ...stringList, minItems: 1 },
          template: { type: "string" },
          rules
        }
      }
    },
    tracks: {
      type: "array",
      description: "Tracks other than one per folder; the first that matches a page names its track.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string" },
          files: { ...stringList, description: "Globs of the pages, relative to this file." },
          title: { type: "string", description: "A regular expression the page title's name matches." }
        }
      }
    },
    scales: {
      type: "object",
      description: "Scales the progression rule reads metadata values onto, by name.",
      additionalProperties: {
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
          ranks: {
            type: "array",
            description: "Ordered steps, lowest first.",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name", "phrases"],
              properties: {
                name: { type: "string" },
                phrases: { ...stringList, minItems: 1 },
                count: { type: "number", description: "About how many people this step means." }
              }
            }
          }
        }
      }
    },
    spelling: {
      type: "object",
      additionalProperties: false,
      properties: {
        language: { type: "string", description: "en-US (default) or en-GB." },
        words: { ...stringList, description: "Words that are spelled correctly." },
        ignoreWords: { ...stringList, description: "Words never to check." }
      }
    }
  }
};

// src/config/load-config.ts
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
var configFileNames = [
  ".ladderlintrc.json",
  ".ladderlintrc.yaml",
  ".ladderlintrc.yml",
  "ladder-lint.config.js",
  "ladder-lint.config.mjs",
  "package.json"
];
var ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
var validateSchema = ajv.compile(configSchema);
function findConfigFile(start) {
  let folder = resolve(start);
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
    return Object.hasOwn(JSON.parse(readFileSync(packageJson, "utf8")), "ladderLint");
  } catch {
    return false;
  }
}
async function readConfigFile(file) {
  let text;
  try {
    if (/\.m?js$/.test(file)) {
      const module = await import(pathToFileURL(file).href);
      return module.default;
    }
    text = readFileSync(file, "utf8");
  } catch (error) {
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
function validateConfig(config, file, knownRules) {
  if (!validateSchema(config)) {
    throw schemaError(validateSchema.errors ?? [], file);
  }
  const valid = config;
  const ruleKeys = [
    ...Object.keys(valid.rules ?? {}).map((rule) => ({ key: `rules.${rule}`, rule })),
    ...(valid.overrides ?? []).flatMap(
      (override, index) => Object.keys(override.rules ?? {}).map((rule) => ({ key: `overrides[${index}].rules.${rule}`, rule }))
    )
  ];
  for (const { key, rule } of ruleKeys) {
    if (!knownRules.includes(rule)) {
      throw new ConfigError(file, key, `is not a ladder-lint rule. Known rules: ${knownRules.join(", ")}.`);
    }
  }
  const templateNames = /* @__PURE__ */ new Set([
    ...Object.keys(defaultConfig.templates),
    ...Object.keys(valid.templates ?? {})
  ]);
  for (const [index, override] of (valid.overrides ?? []).entries()) {
    if (override.template !== void 0 && !templateNames.has(override.template)) {
      throw new ConfigError(
        file,
        `overrides[${index}].template`,
        `names a template that does not exist: "${override.template}". Templates: ${[...templateNames].join(", ")}.`
      );
    }
  }
  const scaleNames = /* @__PURE__ */ new Set([...Object.keys(defaultConfig.scales), ...Object.keys(valid.scales ?? {})]);
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
  for (const [index, track] of (valid.tracks ?? []).entries()) {
    if (track.title === void 0) continue;
    try {
      new RegExp(track.title, "u");
    } catch (error) {
      throw new ConfigError(
        file,
        `tracks[${index}].title`,
        `is not a valid regular expression: ${error.message}`
      );
    }
  }
  for (const [name, scale] of Object.entries(valid.scales ?? {})) {
    if (scale.kind === "ranks" && (scale.ranks ?? []).length === 0)
      throw new ConfigError(
        file,
        `scales.${name}.ranks`,
        'is needed for a scale of kind "ranks": list its steps, lowest first.'
      );
  }
  for (const [name, template2] of Object.entries(valid.templates ?? {})) {
    for (const [index, section2] of template2.sections.entries()) {
      if (section2.pattern === void 0) continue;
      try {
        new RegExp(section2.pattern, "u");
      } catch (error) {
        throw new ConfigError(
          file,
          `templates.${name}.sections[${index}].pattern`,
          `is not a valid regular expression: ${error.message}`
        );
      }
    }
  }
  return valid;
}
function schemaError(errors, file) {
  const error = errors.find((candidate) => candidate.keyword === "additionalProperties") ?? errors.find((candidate) => candidate.keyword === "oneOf") ?? errors.find((candidate) => candidate.keyword === "enum") ?? errors[0];
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
        `is not a known setting. Allowed here: ${allowed.join(", ")}.`
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
    default:
      return new ConfigError(file, key, `${error.message ?? "is not valid"}.`);
  }
}
function mergeConfig(user, base, sources) {
  return {
    rules: { ...defaultConfig.rules, ...user?.rules },
    ignores: [...defaultConfig.ignores, ...user?.ignores ?? []].map((pattern2) => ({ base, pattern: pattern2 })),
    templates: { ...defaultConfig.templates, ...user?.templates },
    overrides: [
      ...defaultConfig.overrides.map((override) => ({ ...override, base: "" })),
      ...(user?.overrides ?? []).map((override) => ({ ...override, base }))
    ],
    spelling: {
      ...defaultConfig.spelling,
      ...user?.spelling,
      words: [...defaultConfig.spelling.words, ...user?.spelling?.words ?? []],
      ignoreWords: [...defaultConfig.spelling.ignoreWords, ...user?.spelling?.ignoreWords ?? []]
    },
    scales: { ...defaultConfig.scales, ...user?.scales },
    tracks: (user?.tracks ?? []).map((track) => ({ ...track, base })),
    sources
  };
}
async function loadConfig(options) {
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.searchFrom);
  if (!file) return mergeConfig(void 0, "", []);
  if (options.configFile && !existsSync(file)) {
    throw new ConfigError(file, "", "does not exist. Check the path given to --config.");
  }
  const raw = await readConfigFile(file);
  const user = validateConfig(raw ?? {}, file, options.knownRules);
  return mergeConfig(user, dirname(file), [file]);
}

// src/engine/large-run.ts
import { setFlagsFromString } from "node:v8";
var largeRunFiles = 2e3;
function heapFlagsFor(count) {
  return count >= largeRunFiles ? "--heap-growing-percent=50" : void 0;
}
function boundHeapForLargeRuns(count) {
  const flags = heapFlagsFor(count);
  if (flags) setFlagsFromString(flags);
}

// src/engine/lint.ts
import { dirname as dirname4, relative as relative2, resolve as resolve6, sep as sep2 } from "node:path";
import picomatch2 from "picomatch";
import { unified as unified3 } from "unified";
import { VFile as VFile2 } from "vfile";
import { VFileMessage as VFileMessage2 } from "vfile-message";

// src/model/build-page.ts
import { toString as nodeText } from "mdast-util-to-string";
import { location } from "vfile-location";

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
function makeLevel(major, minor) {
  const level = { label: `L${major}${minor === void 0 ? "" : `.${minor}`}`, major: Number(major) };
  if (minor !== void 0) level.minor = Number(minor);
  return level;
}
function trackOf(path) {
  const index = path.lastIndexOf("/");
  return index === -1 ? "." : path.slice(0, index);
}
function buildLadderPage(tree, file, path) {
  const source = String(file);
  const place2 = location(file);
  const children = tree.children.filter((node) => node.type !== "yaml");
  const title = readTitle(children, source);
  const fromFileName = levelFromFileName(path);
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
  const preamble = children.slice(0, firstSectionIndex === -1 ? children.length : firstSectionIndex);
  const summaryNode = preamble.find((node) => node.type === "blockquote");
  if (summaryNode?.position)
    page.summary = { text: nodeText(summaryNode).trim(), position: summaryNode.position };
  page.metadata = readMetadata(preamble, place2);
  if (firstSectionIndex !== -1) page.sections = readSections(children.slice(firstSectionIndex));
  return page;
}
function isTitleNode(node, index, title) {
  return title !== void 0 && index === 0 && node.position?.start.line === title.position.start.line;
}
function readTitle(children, source) {
  const first = children[0];
  if (!first?.position) return void 0;
  if (first.type === "heading") {
    return makeTitle(nodeText(first).trim(), "heading", first.depth, first.position);
  }
  if (first.type === "paragraph" || first.type === "thematicBreak") {
    const line = lineAt(source, first.position.start.offset ?? 0);
    const stars = /^(\*{2,3})\s*(\S.*)$/.exec(line);
    if (stars?.[2]) {
      const end = { ...first.position.start, column: first.position.start.column + line.length };
      if (end.offset !== void 0) end.offset = (first.position.start.offset ?? 0) + line.length;
      return makeTitle(withoutClosingStars(stars[2]), stars[1] === "**" ? "bold" : "stars", 0, {
        start: first.position.start,
        end
      });
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
function makeTitle(text, form, depth, position) {
  const match = titleLevel.exec(text);
  const title = { text, name: text, separator: "", form, depth, position };
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
  const labelText = nodeText(label).trim();
  const inside = labelText.endsWith(":");
  const restText = rest.map((node) => nodeText(node)).join("");
  if (!inside && !/^\s*:/.test(restText)) return void 0;
  const leading = /^\s*:?\s*/.exec(restText)?.[0].length ?? 0;
  const value = restText.slice(leading).trim();
  const labelPosition = resolve2(label.position, place2);
  const lastNode = rest.at(-1) ?? label;
  const end = resolve2(lastNode.position ?? label.position, place2).end;
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
function resolve2(position, place2) {
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
  const { emoji: emoji2, rest } = readEmoji(nodeText(heading).trim());
  const section2 = {
    name: rest.trim(),
    emoji: emoji2,
    depth: heading.depth,
    position: heading.position ?? zeroPosition,
    bullets: []
  };
  const intro = body[0];
  if (intro?.type === "blockquote" && intro.position)
    section2.intro = { text: nodeText(intro).trim(), position: intro.position };
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
        summary: nodeText(node).replace(/:\s*$/, "").trim(),
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
  return node.children.length === 1 && node.children[0]?.type === "strong" && /^examples:?$/i.test(nodeText(node).trim());
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
function bulletsOf(list) {
  return list.children.flatMap(
    (item) => item.position ? [{ text: nodeText(item).trim(), position: item.position }] : []
  );
}

// src/model/ladder-page.ts
function outlineOf(page) {
  return {
    ...page,
    sections: page.sections.map(({ bullets: _bullets, examples: _examples, ...section2 }) => section2)
  };
}

// src/model/parse.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
var parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
function parseMarkdown(file) {
  return parser.parse(file);
}

// src/model/anchors.ts
import GithubSlugger from "github-slugger";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
function pageAnchors(tree) {
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

// src/engine/read-text.ts
import { readFile, stat } from "node:fs/promises";
var maximumPageBytes = 5 * 1024 * 1024;
var utf8 = new TextDecoder("utf-8", { fatal: true });
async function readText(path) {
  let bytes;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) return { ok: false, problem: "This is a folder, not a page." };
    if (stats.size > maximumPageBytes) {
      return {
        ok: false,
        problem: `This file is ${(stats.size / 1024 / 1024).toFixed(1)} MB, more than the ${maximumPageBytes / 1024 / 1024} MB a ladder page can be; it was not checked. Split it or add it to .ladderlintignore.`
      };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "The file disappeared while ladder-lint was running." : code === "EACCES" || code === "EPERM" ? "ladder-lint is not allowed to read this file; check its permissions." : code === "ELOOP" ? "This path is a symbolic link that points back to itself." : `The file could not be read (${code ?? error.message}).`;
    return { ok: false, problem: why };
  }
  if (bytes[0] === 255 && bytes[1] === 254)
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 254 && bytes[1] === 255)
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: "This is a binary file, not a Markdown page; it was not checked. Remove it or add it to .ladderlintignore."
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      problem: "This file is not valid UTF-8 text, so some characters would show as \uFFFD. Save it with UTF-8 encoding."
    };
  }
}
var maximumLineLength = 5e3;
var maximumMarkupCharacters = 2e4;
function unparseableReason(text) {
  let lineStart = 0;
  let lineNumber = 1;
  let markup = 0;
  for (let index = 0; index <= text.length; index++) {
    const character = text.charCodeAt(index);
    if (character === 42 || character === 95 || character === 126 || character === 91 || character === 93)
      markup++;
    if (index === text.length || character === 10) {
      if (index - lineStart > maximumLineLength)
        return `Line ${lineNumber} is ${index - lineStart} characters long, more than the ${maximumLineLength} a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.`;
      lineStart = index + 1;
      lineNumber++;
    }
  }
  if (markup > maximumMarkupCharacters)
    return `This file has ${markup} emphasis and link characters (* _ ~ [ ]), more than the ${maximumMarkupCharacters} a ladder page can have, so it was not checked. It looks like generated data: add it to .ladderlintignore if it is not a page.`;
  return void 0;
}

// src/engine/linked-pages.ts
function linkedPages(texts = /* @__PURE__ */ new Map()) {
  const anchors = /* @__PURE__ */ new Map();
  async function load(absolutePath) {
    let text = texts.get(absolutePath);
    if (text === void 0) {
      if (!/\.(md|markdown)$/i.test(absolutePath)) return void 0;
      const read = await readText(absolutePath);
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

// src/model/template-match.ts
function sameWords(a, b) {
  return a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");
}
var compiledPatterns = /* @__PURE__ */ new Map();
function pattern(source) {
  let compiled = compiledPatterns.get(source);
  if (!compiled) {
    compiled = new RegExp(source, "iu");
    compiledPatterns.set(source, compiled);
  }
  return compiled;
}
function sectionMatches(spec, section2) {
  if (sameWords(spec.name, section2.name)) return true;
  if (spec.aliases?.some((alias) => sameWords(alias, section2.name))) return true;
  return spec.pattern !== void 0 && pattern(spec.pattern).test(section2.name);
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

// src/rule-context.ts
function makeContext(page, config, pages, overrideTemplate) {
  const templateName = overrideTemplate ?? (page.kind === "level" ? bestTemplate(config.templates, page) : void 0);
  const context = {
    page,
    config,
    templateFromOverride: overrideTemplate !== void 0,
    linkedPages: pages
  };
  if (templateName !== void 0) {
    context.templateName = templateName;
    const template2 = config.templates[templateName];
    if (template2) context.template = template2;
  }
  return context;
}
var standaloneConfig;
var standalonePages;
function ladderContext(tree, file) {
  const existing = file.data.ladder;
  if (existing) return existing;
  standaloneConfig ??= mergeConfig(void 0, "", []);
  standalonePages ??= linkedPages();
  const path = (file.path || "page.md").replaceAll("\\", "/");
  const context = makeContext(buildLadderPage(tree, file, path), standaloneConfig, standalonePages);
  file.data.ladder = context;
  return context;
}

// rules/ladder-doubled-word.ts
import { lintRule } from "unified-lint-rule";
import { location as location2 } from "vfile-location";

// src/rule-meta.ts
var docsBase = "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/";
function ruleMeta(name) {
  return { origin: `ladder-lint:${name}`, url: `${docsBase}${name}.md` };
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
  return mask.join("");
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

// rules/ladder-doubled-word.ts
var defaultAllowedDoubles = ["that", "had", "is"];
var word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
var onlySpace = /^[ \t\n]+$/;
var ladderDoubledWord = lintRule(
  ruleMeta("ladder-doubled-word"),
  (tree, file, options) => {
    const allowed = new Set((options?.allow ?? defaultAllowedDoubles).map((entry) => entry.toLowerCase()));
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place2 = location2(file);
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
      if (onlySpace.test(source.slice(before.end, current.start))) message.expected = [before.text];
    }
  }
);
var ladder_doubled_word_default = ladderDoubledWord;

// rules/ladder-emoji-style.ts
import { emojiToName, nameToEmoji } from "gemoji";
import { location as location3 } from "vfile-location";
var shortcode = /:([a-z\d_+-]+):/g;
var emoji = new RegExp("\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic})*", "gu");
var ladderEmojiStyle = {
  name: "ladder-emoji-style",
  url: ruleMeta("ladder-emoji-style").url,
  description: "A ladder writes emoji either as emoji or as :shortcodes:, not both.",
  scope: "ladder",
  collect(_page, tree, text) {
    const prose = proseMask(tree, text);
    const place2 = location3(text);
    const uses = { unicode: [], shortcode: [] };
    const add = (style, offset, written2, other) => {
      const start = place2.toPoint(offset);
      const end = place2.toPoint(offset + written2.length);
      if (start && end) uses[style].push({ text: written2, other, place: { start, end } });
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
      context.report(
        use.page,
        `"${use.text}" is written as ${flagged === "unicode" ? "an emoji" : "a shortcode"}, but ${because}. Write "${use.other}" instead.`,
        { place: use.place, expected: [use.other] }
      );
    }
  }
};
var ladder_emoji_style_default = ladderEmojiStyle;

// rules/ladder-links.ts
import { dirname as dirname2, resolve as resolve3 } from "node:path";
import remarkValidateLinks from "remark-validate-links";
import { unified as unified2 } from "unified";
import { lintRule as lintRule2 } from "unified-lint-rule";
import { visit as visit2 } from "unist-util-visit";
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
  return { path: path ? resolve3(dirname2(pagePath), path) : pagePath, anchor: safeDecode(anchorPart) };
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function missingAnchorReason(url, where2) {
  return `This link goes to "${url}", but ${where2} has no heading with that anchor. Link to one of its headings, or fix the anchor.`;
}
var ladderLinks = lintRule2(ruleMeta("ladder-links"), async (tree, file) => {
  const { linkedPages: linkedPages2 } = ladderContext(tree, file);
  const pagePath = resolve3(file.cwd, file.path);
  const links = /* @__PURE__ */ new Map();
  visit2(tree, (node) => {
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.position)
      links.set(`${node.position.start.line}:${node.position.start.column}`, node);
  });
  const scratch = new VirtualFile({ path: file.path, cwd: file.cwd, value: file.value });
  await validator.run(tree, scratch);
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
      if (target)
        message.expected = closestMatches(target.anchor, pageAnchors(tree)).map((anchor) => `#${anchor}`);
      continue;
    }
    if (target && linkedPages2.inMemory(target.path)) continue;
    if (target) missingFiles.add(target.path);
    file.message(
      `This link goes to "${url.split("#")[0]}", which does not exist. Fix the path or remove the link.`,
      { place: place2 ?? { line: 1, column: 1 } }
    );
  }
  for (const link of links.values()) {
    const target = relativeTarget(link.url, pagePath);
    if (!target?.anchor || target.path === pagePath || missingFiles.has(target.path)) continue;
    const anchors = await linkedPages2.anchorsOf(target.path);
    if (!anchors || anchors.has(target.anchor)) continue;
    const url = safeDecode(link.url);
    const pathPart = url.split("#")[0] ?? "";
    const fileName2 = pathPart.split("/").pop() || pathPart;
    const message = file.message(missingAnchorReason(url, fileName2), {
      place: link.position ?? { line: 1, column: 1 }
    });
    message.expected = closestMatches(target.anchor, anchors).map((anchor) => `${pathPart}#${anchor}`);
  }
});
var ladder_links_default = ladderLinks;

// rules/ladder-lost-list-marker.ts
import { lintRule as lintRule3 } from "unified-lint-rule";
import { visit as visit3 } from "unist-util-visit";
var sentenceEnd = /[.!?:)]\s*$/;
var bulletLike = /^(?:I|I’m|I'm|My|When|While|In)\b/;
var ladderLostListMarker = lintRule3(ruleMeta("ladder-lost-list-marker"), (tree, file) => {
  const { page } = ladderContext(tree, file);
  if (page.kind !== "level") return;
  const lines = String(file).split(/\r?\n/);
  visit3(tree, "listItem", (item) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== "paragraph" || !paragraph.position || !item.position) return;
    const start = paragraph.position.start.line;
    for (let line = start + 1; line <= paragraph.position.end.line; line++) {
      const text = lines[line - 1] ?? "";
      const previous = lines[line - 2] ?? "";
      if (/^\S/.test(text) && sentenceEnd.test(previous) && bulletLike.test(text)) report(file, line, text);
    }
  });
  visit3(tree, "paragraph", (paragraph, index, parent) => {
    if (!parent || index === void 0 || parent.type === "listItem" || !paragraph.position) return;
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    if (before?.type !== "list" && after?.type !== "list") return;
    const line = paragraph.position.start.line;
    const text = lines[line - 1] ?? "";
    if (bulletLike.test(text) && before?.type === "list") report(file, line, text);
  });
});
function report(file, line, text) {
  const message = file.message(
    'This line lost its "- " list marker, so GitHub does not show it as a bullet of its own. Start it with "- ".',
    { place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } }
  );
  message.expected = [`- ${text}`];
}
var ladder_lost_list_marker_default = ladderLostListMarker;

// rules/ladder-metadata.ts
import { lintRule as lintRule4 } from "unified-lint-rule";
function isAllowedExtra(label, allowed) {
  return allowed.some(
    (pattern2) => pattern2.endsWith("*") ? label.toLocaleLowerCase("en").startsWith(pattern2.slice(0, -1).toLocaleLowerCase("en")) : sameWords(pattern2, label)
  );
}
var ladderMetadata = lintRule4(ruleMeta("ladder-metadata"), (tree, file) => {
  const { page, template: template2 } = ladderContext(tree, file);
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
});
var ladder_metadata_default = ladderMetadata;

// rules/ladder-mixed-spelling.ts
import { location as location4 } from "vfile-location";

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
var variantNames = { "en-US": "American", "en-GB": "British" };
var word2 = new RegExp("\\p{L}{4,}", "gu");
var ladderMixedSpelling = {
  name: "ladder-mixed-spelling",
  url: ruleMeta("ladder-mixed-spelling").url,
  description: "A ladder spells each word the British way or the American way, not both.",
  scope: "ladder",
  prepare: prepareEnglishVariants,
  async collect(_page, tree, text) {
    const place2 = location4(text);
    const matches = [...proseMask(tree, text).matchAll(word2)];
    const words = [...new Set(matches.map((match) => match[0].toLowerCase()))];
    const variants = new Map(
      (await englishVariantsOf(words)).map((variant, index) => [words[index], variant])
    );
    const uses = [];
    for (const match of matches) {
      const spelling = variants.get(match[0].toLowerCase());
      const start = place2.toPoint(match.index);
      const end = place2.toPoint(match.index + match[0].length);
      if (spelling && start && end) uses.push({ word: match[0], ...spelling, place: { start, end } });
    }
    return uses;
  },
  async check(context) {
    const pairs = /* @__PURE__ */ new Map();
    const totals = { "en-US": 0, "en-GB": 0 };
    for (const page of context.pages) {
      for (const use of context.collected(page) ?? []) {
        const pair = pairs.get(use.key) ?? { "en-US": [], "en-GB": [] };
        pair[use.variant].push({ ...use, page });
        pairs.set(use.key, pair);
        totals[use.variant]++;
      }
    }
    const pinned = context.pages.map((page) => context.options(page)?.prefer).find((prefer) => prefer !== void 0);
    const overall = totals["en-GB"] > totals["en-US"] || totals["en-GB"] === totals["en-US"] && /gb/i.test(context.config.spelling.language) ? "en-GB" : "en-US";
    for (const pair of pairs.values()) {
      const us = pair["en-US"].length;
      const gb = pair["en-GB"].length;
      if (!pinned && (us === 0 || gb === 0)) continue;
      const kept = pinned ?? (us > gb ? "en-US" : gb > us ? "en-GB" : overall);
      const flagged = kept === "en-US" ? "en-GB" : "en-US";
      const examples = pair[kept];
      const example = examples[0];
      for (const use of pair[flagged]) {
        const fix = withCapitalsOf(use.word, use.otherForm);
        const because = pinned ? `this ladder is set to ${variantNames[kept]} spelling (ladder-mixed-spelling "prefer": "${kept}")` : `the rest of the ladder writes the ${variantNames[kept]} "${example?.word.toLowerCase()}" (${examples.length} ${examples.length === 1 ? "time" : "times"}, first at ${example ? `${example.page.path}:${example.place.start.line}` : ""})`;
        context.report(
          use.page,
          `"${use.word}" is the ${variantNames[flagged]} spelling, but ${because}. Write "${fix}" so that the ladder spells it one way${pinned ? "" : `, or pin one spelling with the rule's "prefer" option`}.`,
          { place: use.place, expected: fix ? [fix] : [] }
        );
      }
    }
  }
};
var ladder_mixed_spelling_default = ladderMixedSpelling;

// rules/ladder-mojibake.ts
import { lintRule as lintRule5 } from "unified-lint-rule";
import { location as location5 } from "vfile-location";
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
  "\xAD": "soft hyphen (U+00AD)"
};
var invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
var pictographic = new RegExp("\\p{Extended_Pictographic}", "u");
var ladderMojibake = lintRule5(ruleMeta("ladder-mojibake"), (tree, file) => {
  const source = String(file.value);
  const place2 = location5(file);
  const report2 = (offset, length, reason, fix, actual) => {
    const start = place2.toPoint(offset);
    const end = place2.toPoint(offset + length);
    if (!start || !end) return;
    const message = file.message(reason, { place: { start, end } });
    message.actual = actual ?? source.slice(offset, offset + length);
    if (fix !== void 0) message.expected = [fix];
  };
  for (const match of findMojibake(source)) {
    report2(
      match.index,
      match.text.length,
      `"${match.text}" is garbled: it was meant to read "${match.repair.repaired}", but its UTF-8 bytes were read as ${encodingNames[match.repair.encoding]} (usually by an editor or a copy and paste). Replace it with "${match.repair.repaired}".`,
      match.repair.repaired
    );
  }
  for (const match of source.matchAll(/\uFFFD+/g)) {
    report2(
      match.index,
      match[0].length,
      `"${match[0]}" stands for characters that were lost when the file was converted; they cannot be recovered from the page. Type them again.`
    );
  }
  for (const match of source.matchAll(invisible)) {
    const character = match[0];
    if (character === "\uFEFF" && match.index === 0) continue;
    if (character === "\u200D" && pictographic.test(source.slice(Math.max(0, match.index - 2), match.index)) && pictographic.test(source.slice(match.index + 1, match.index + 3)))
      continue;
    report2(
      match.index,
      1,
      `An invisible ${invisibleNames[character] ?? "character"} is here${character === "\uFEFF" ? ", in the middle of the page (usually from joining two files)" : ""}. It breaks search and spell checking. Delete it.`,
      ""
    );
  }
  const prose = proseMask(tree, source);
  for (const match of prose.matchAll(/\u00A0+/g)) {
    report2(
      match.index,
      match[0].length,
      "A non-breaking space is here instead of an ordinary one (usually pasted from a document or web page). It stops the line from wrapping and search from matching. Replace it with a space.",
      " "
    );
  }
});
var ladder_mojibake_default = ladderMojibake;

// rules/ladder-placeholder.ts
import { toString as nodeText2 } from "mdast-util-to-string";
import { lintRule as lintRule6 } from "unified-lint-rule";
import { visit as visit4 } from "unist-util-visit";
var markers = /\b(TBD|TBC|TODO|FIXME|XXX)\b/g;
var reviewerNote = /^\s*(?:\[?(?:reviewer|review note|note to reviewers?|comment)\b[^:\]]*[:\]])/i;
var emptyText = /^[\s?…._-]*$/;
var ladderPlaceholder = lintRule6(ruleMeta("ladder-placeholder"), (tree, file) => {
  visit4(tree, (node) => {
    if (node.type === "text" && node.position) {
      for (const match of node.value.matchAll(markers)) {
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
      const text = nodeText2(node);
      if (emptyText.test(text)) {
        const what = node.type === "heading" ? "heading" : "bullet";
        file.message(
          `This ${what} is ${text.trim() ? `only "${text.trim()}"` : "empty"}: a placeholder left in the page. Write it or remove it.`,
          { place: node.position }
        );
      }
    }
  });
});
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
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var parenthesised = /\(([^()]*)\)/g;
var countAtStart = /^\s*(?:~\s*)?(\d+)\s*(?:(?:-|–|to)\s*(\d+)\s*)?(\+)?/;
function countIn(text) {
  for (const group of text.matchAll(parenthesised)) {
    const count = countAtStart.exec(group[1] ?? "");
    if (count) return count;
  }
  return void 0;
}
function placeRank(value, ranks) {
  const text = value.toLowerCase();
  let best;
  for (const [index, rank] of ranks.entries()) {
    for (const phrase of rank.phrases) {
      const pattern2 = new RegExp(`(?<![\\p{L}\\d])${escape(phrase.toLowerCase())}(?![\\p{L}\\d])`, "u");
      const found = pattern2.exec(text);
      if (!found) continue;
      const better = !best || found.index < best.at || found.index === best.at && phrase.length > best.length;
      if (better) best = { index, at: found.index, length: phrase.length };
    }
  }
  const count = countIn(text);
  const counted = count ? ` (${count[1]}${count[2] ? `\u2013${count[2]}` : ""}${count[3] ? "+" : ""} people)` : "";
  if (best) {
    const name = ranks[best.index]?.name ?? "";
    return {
      min: best.index,
      max: best.index,
      reading: `${name}, step ${best.index + 1} of ${ranks.length}${counted}`
    };
  }
  if (count) {
    const people = Number(count[1]);
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
function place(value, scale) {
  switch (scale.kind) {
    case "duration":
      return placeDuration(value, scale.cycleWeeks);
    case "ranks":
      return placeRank(value, scale.ranks ?? []);
    case "number":
      return placeNumber(value);
  }
}
function comparePlacements(a, b) {
  return a.min - b.min || (a.max === b.max ? 0 : a.max < b.max ? -1 : 1);
}
function scaleHint(scaleName, scale) {
  switch (scale.kind) {
    case "duration":
      return `Write it as a length of time such as "Current cycle", "Two quarters", "6-12 months" or "3+ years"`;
    case "ranks":
      return `Use the words of one of its steps (${(scale.ranks ?? []).map((rank) => rank.name).join(" < ")}), or add a phrase to that step under "scales" \u2192 "${scaleName}" \u2192 "ranks" in the ladder-lint config`;
    case "number":
      return 'Write it as a number or a range such as "5+", "3-5" or "~50-65%"';
  }
}

// src/progression/progression.ts
function levelOrder(level) {
  return level.major + (level.minor === void 0 ? 0.05 : level.minor / 10);
}
function scaledFields(config) {
  const columns = /* @__PURE__ */ new Map();
  for (const template2 of Object.values(config.templates)) {
    for (const spec of template2.metadata?.fields ?? []) {
      if (!spec.scale) continue;
      const scale = config.scales[spec.scale];
      if (!scale) continue;
      const key = spec.label.toLowerCase();
      const names = [spec.label, ...spec.aliases ?? []].map((name) => name.toLowerCase());
      const existing = columns.get(key);
      if (existing) existing.names.push(...names.filter((name) => !existing.names.includes(name)));
      else columns.set(key, { label: spec.label, names, scaleName: spec.scale, scale });
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
function trackProgression(track, pages, config) {
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
  for (let index = 1; index < rows.length; index++) {
    const lowerRow = rows[index - 1];
    const higherRow = rows[index];
    const skipped = [];
    for (let major = lowerRow.level.major + 1; major < higherRow.level.major; major++)
      skipped.push(`L${major}`);
    for (const higherPage of higherRow.pages) {
      for (const lowerPage of lowerRow.pages) {
        for (const column of columns) {
          const higher = valueOf.get(higherPage)?.get(column);
          const lower = valueOf.get(lowerPage)?.get(column);
          if (!higher?.placement || !lower?.placement) continue;
          const direction = column.scale.direction ?? "up";
          if (direction === "any") continue;
          const order = comparePlacements(higher.placement, lower.placement);
          if (direction === "up" && order < 0 || direction === "down" && order > 0)
            regressions.push({ higher, lower, skipped });
        }
      }
    }
  }
  return { track, columns, rows, values, regressions };
}
function ladderProgression(pages, config) {
  const tracks = /* @__PURE__ */ new Map();
  for (const page of pages) tracks.set(page.track, [...tracks.get(page.track) ?? [], page]);
  return [...tracks.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([track, members]) => trackProgression(track, members, config)).filter((progression) => progression.rows.length > 0 && progression.values.length > 0);
}

// src/rule-helpers.ts
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

// rules/ladder-progression.ts
function written(value) {
  return value.field.value.trim().replace(/\.$/, "");
}
function where(value) {
  const position = value.field.valuePosition ?? value.field.position;
  return `${fileName(value.page.path)}:${position.start.line}`;
}
var ladderProgression2 = {
  name: "ladder-progression",
  url: ruleMeta("ladder-progression").url,
  description: "From one level to the next, metadata such as planning horizon and impact radius never go backwards.",
  check({ pages, config, report: report2 }) {
    const track = pages[0]?.track ?? "";
    const progression = trackProgression(track, pages, config);
    for (const value of progression.values) {
      if (value.placement || !value.field.value.trim()) continue;
      const noun = value.column.scale.noun ?? value.column.label;
      report2(
        value.page,
        `${value.field.label} "${written(value)}" could not be read onto the ${noun} scale, so it is not compared with the levels around it. ${scaleHint(value.column.scaleName, value.column.scale)}.`,
        { place: value.field.valuePosition ?? value.field.position }
      );
    }
    for (const { higher, lower, skipped } of progression.regressions) {
      const direction = higher.column.scale.direction ?? "up";
      const comparison = higher.column.scale.kind === "duration" ? direction === "up" ? "shorter than" : "longer than" : direction === "up" ? "lower than" : "higher than";
      const higherLevel = higher.page.level?.label ?? "";
      const lowerLevel = lower.page.level?.label ?? "";
      const gap = skipped.length > 0 ? `, the nearest level below (this track has no ${skipped.join(", ")} page)` : "";
      const fix = direction === "up" ? `A higher level should not ask for less than the level below: raise this value, or correct the ${lowerLevel} page.` : `This value may only go down from one level to the next: lower it, or correct the ${lowerLevel} page.`;
      const reason = `${higher.field.label} "${written(higher)}" (${higherLevel}) is ${comparison} "${written(lower)}" at ${lowerLevel}${gap} (${where(lower)}). ${fix}`;
      const lowerPosition = lower.field.valuePosition ?? lower.field.position;
      const cause = new VFileMessage(
        `${higher.column.label} at ${lowerLevel} is "${lower.field.value.trim()}"`,
        {
          place: lowerPosition,
          ruleId: "ladder-progression",
          source: "ladder-lint"
        }
      );
      cause.file = lower.page.path;
      report2(higher.page, reason, { place: higher.field.valuePosition ?? higher.field.position, cause });
    }
  }
};
var ladder_progression_default = ladderProgression2;

// rules/ladder-section-content.ts
import { lintRule as lintRule7 } from "unified-lint-rule";
var examplesBlock = "<details><summary>Examples</summary>";
var ladderSectionContent = lintRule7(ruleMeta("ladder-section-content"), (tree, file) => {
  const { page, template: template2 } = ladderContext(tree, file);
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
});
var ladder_section_content_default = ladderSectionContent;

// rules/ladder-sections.ts
import { lintRule as lintRule8 } from "unified-lint-rule";
var ladderSections = lintRule8(ruleMeta("ladder-sections"), (tree, file) => {
  const { page, template: template2, templateName, config } = ladderContext(tree, file);
  if (page.kind !== "level") return;
  const titlePlace = page.title?.position ?? { line: 1, column: 1 };
  if (!template2) {
    if (page.sections.length === 0 && !page.summary && !hasBullets(tree)) return;
    file.message(
      `This page does not follow any page template (${Object.keys(config.templates).join(", ")}): it has too few of their sections. Start from another level page of the same track, or describe this kind of page as a template in the configuration.`,
      { place: titlePlace }
    );
    return;
  }
  if (templateName === void 0) return;
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
          `"${headingOf(section2)}" is not a section of the ${templateName} template, whose sections are: ${template2.sections.map((candidate) => `"${candidate.name}"`).join(", ")}. Rename it to one of them or remove it.`,
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
});
function hasBullets(tree) {
  return tree.children.some((node) => node.type === "list" && !node.ordered);
}
function checkEmoji(spec, section2, report2) {
  const accepted = spec.emoji;
  if (!accepted || accepted.length === 0) return;
  const { emoji: emoji2 } = section2;
  const expected = headingFor(spec, section2);
  if (emoji2.form === "none") {
    report2(
      `"${headingOf(section2)}" has no emoji; the template puts ${accepted[0]} before it: "${expected}".`,
      expected
    );
    return;
  }
  const candidate = emoji2.form === "garbled" ? emoji2.resolved : emoji2.raw;
  if (candidate !== void 0 && !accepted.includes(candidate) && !accepted.includes(candidate.replace(/\uFE0F/g, ""))) {
    report2(
      `"${headingOf(section2)}" has the emoji ${emoji2.raw} where the template has ${accepted[0]}: "${expected}".`,
      expected
    );
  }
}
var ladder_sections_default = ladderSections;

// rules/ladder-spelling.ts
import { resolve as resolve4 } from "node:path";
import { lintRule as lintRule9 } from "unified-lint-rule";
import { location as location6 } from "vfile-location";
var maximumPerPage = 100;
var ladderSpelling = lintRule9(ruleMeta("ladder-spelling"), async (tree, file) => {
  const { config } = ladderContext(tree, file);
  const source = String(file.value);
  let prose = proseLines(tree, source);
  for (const match of findMojibake(prose))
    prose = prose.slice(0, match.index) + " ".repeat(match.text.length) + prose.slice(match.index + match.text.length);
  const { misspellings, more } = await misspellingsOf(
    resolve4(file.cwd, file.path || "page.md"),
    config.spelling,
    prose,
    maximumPerPage
  );
  const place2 = location6(file);
  for (const { offset, word: word3, suggestions } of misspellings) {
    const start = place2.toPoint(offset);
    const end = place2.toPoint(offset + word3.length);
    if (!start || !end) continue;
    const [best] = suggestions;
    const message = file.message(
      `"${word3}" looks misspelled${best ? `; did you mean "${best}"?` : "."} If it is right (a name or a term of your company), add it to "spelling.words" in the ladder-lint config.`,
      { place: { start, end } }
    );
    message.actual = word3;
    message.expected = suggestions;
  }
  if (more)
    file.message(
      `${more.count} more words on this page look misspelled and are not listed one by one. Is the page written in ${config.spelling.language}? Set "spelling.language" in the ladder-lint config if not.`,
      { place: place2.toPoint(more.offset) }
    );
});
function prepare(config, folder) {
  prepareSpelling(folder, config.spelling);
}
var ladder_spelling_default = ladderSpelling;

// rules/ladder-summary.ts
import { lintRule as lintRule10 } from "unified-lint-rule";
var ladderSummary = lintRule10(ruleMeta("ladder-summary"), (tree, file) => {
  const { page, template: template2 } = ladderContext(tree, file);
  if (page.kind !== "level" || !template2 || template2.summary?.required === false) return;
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
});
var ladder_summary_default = ladderSummary;

// rules/ladder-title.ts
import { lintRule as lintRule11 } from "unified-lint-rule";
import { visit as visit5 } from "unist-util-visit";
function nameFromFileName(path) {
  const base = (path.split("/").pop() ?? path).replace(/\.(md|markdown|txt)$/i, "");
  return base.replace(/^L\d{1,2}(?:\.\d{1,2})?/, "").replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}
var comparable = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var ladderTitle = lintRule11(ruleMeta("ladder-title"), (tree, file) => {
  const { page, template: template2 } = ladderContext(tree, file);
  if (page.kind !== "level" || !page.level) return;
  const title = page.title;
  const fileName2 = page.path.split("/").pop() ?? page.path;
  const fileLevel = levelFromFileName(page.path);
  if (!/\.(md|markdown)$/i.test(fileName2) && fileLevel) {
    const renamed = `${fileName2.replace(/\.[^.]*$/, "")}.md`;
    const message = file.message(
      `This page's file name "${fileName2}" does not end in .md, so GitHub shows it as plain text. Rename it to "${renamed}".`,
      { place: title?.position ?? { line: 1, column: 1 } }
    );
    message.expected = [renamed];
  }
  const level = page.level.label;
  const name = title?.name || nameFromFileName(page.path);
  const expectedTitle = `# ${level}: ${name}`;
  if (!title) {
    const firstHeading = tree.children.find((node) => node.type === "heading" && node.depth === 1);
    const message = file.message(
      firstHeading ? `The title heading must be the first line of the page, before anything else. Move "${expectedTitle}" to the top.` : `This page has no title. Add "${expectedTitle}" as its first line.`,
      { place: firstHeading?.position ?? { line: 1, column: 1 } }
    );
    message.expected = [expectedTitle];
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
  visit5(tree, "heading", (heading) => {
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
    file.message(
      `The title says ${title.level.label} but the file name says ${fileLevel.label}. Change one so that both name the same level.`,
      { place: title.position }
    );
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
    const fromFile = nameFromFileName(page.path);
    if (fromFile && comparable(fromFile) !== comparable(title.name)) {
      file.message(
        `The title names the role "${title.name}" but the file name says "${fromFile}". Rename the file or change the title so they agree.`,
        { place: title.position }
      );
    }
  }
});
var ladder_title_default = ladderTitle;

// rules/ladder-track-consistency.ts
var ladderTrackConsistency = {
  name: "ladder-track-consistency",
  url: ruleMeta("ladder-track-consistency").url,
  description: "The pages of a track write metadata labels and section headings the same way.",
  check(context) {
    const levels = context.pages.filter((page) => page.kind === "level");
    if (levels.length < 2) return;
    const templates = context.config.templates;
    const labels = /* @__PURE__ */ new Map();
    const headings = /* @__PURE__ */ new Map();
    for (const page of levels) {
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
};
function flagMinority(usages, what, { report: report2 }) {
  const counts = /* @__PURE__ */ new Map();
  for (const usage of usages) counts.set(usage.text, (counts.get(usage.text) ?? 0) + 1);
  if (counts.size < 2) return;
  const [majority, majorityCount] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (majority === void 0 || majorityCount === void 0) return;
  for (const usage of usages) {
    if (usage.text === majority) continue;
    const others = usages.filter((other) => other.text === majority).map((other) => levelOf(other.page));
    report2(
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
import { toString as nodeText3 } from "mdast-util-to-string";
import { visit as visit6 } from "unist-util-visit";
var comparable2 = (text) => text.toLocaleLowerCase("en").replace(/[^\p{L}\p{N}.]+/gu, " ").trim();
var ladderTrackIndex = {
  name: "ladder-track-index",
  url: ruleMeta("ladder-track-index").url,
  description: "A track's README lists every level page of its folder, with the page's level and title.",
  collect(page, tree) {
    if (!/^readme\.md$/i.test(fileName(page.path))) return void 0;
    const links = [];
    visit6(tree, "link", (link) => {
      if (!/^[a-z][a-z+.-]*:/i.test(link.url)) links.push(link);
    });
    return links;
  },
  check({ pages, report: report2, collected }) {
    const readme = pages.find((page) => /^readme\.md$/i.test(fileName(page.path)));
    const levels = pages.filter((page) => page.kind === "level" && page.title?.level);
    if (!readme || levels.length === 0) return;
    const links = collected(readme) ?? [];
    const linkTo = (page) => links.find((link) => {
      const target = safeDecode2(link.url.split("#")[0] ?? "").replace(/^\.\//, "");
      return target === fileName(page.path);
    });
    if (!levels.some(linkTo)) return;
    for (const page of levels) {
      const link = linkTo(page);
      const expected = `${page.title?.level?.label}: ${page.title?.name}`;
      if (!link) {
        report2(
          readme,
          `The README does not list "${fileName(page.path)}" (${expected}). Add it to the list of levels: "[${expected}](${encodeURI(fileName(page.path))})".`,
          { place: readme.title?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }
        );
        continue;
      }
      const text = nodeText3(link);
      if (comparable2(text) !== comparable2(expected) && link.position) {
        report2(
          readme,
          `The link text "${text}" does not match the page's title "${expected}". Use the page's title, so the list and the pages agree.`,
          { place: link.position, expected: [expected] }
        );
      }
    }
  }
};
function safeDecode2(url) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
var ladder_track_index_default = ladderTrackIndex;

// src/rules.ts
var pageRule = (name, description, plugin, prepare2) => ({
  name,
  description,
  plugin,
  ...prepare2 && { prepare: prepare2 }
});
var pageRules = [
  pageRule(
    "ladder-title",
    'A level page starts with one title heading, "# Ln: Name", that agrees with its file name.',
    ladder_title_default
  ),
  pageRule(
    "ladder-summary",
    "A level page has a one-paragraph summary quote under its title.",
    ladder_summary_default
  ),
  pageRule(
    "ladder-metadata",
    "A page has the metadata bullets its template asks for, once each.",
    ladder_metadata_default
  ),
  pageRule(
    "ladder-sections",
    "A page has its template's sections, once each, in order, with the template's emoji.",
    ladder_sections_default
  ),
  pageRule(
    "ladder-section-content",
    "Each section has expectation bullets and, where the template asks, a collapsible Examples list.",
    ladder_section_content_default
  ),
  pageRule(
    "ladder-lost-list-marker",
    'A line meant as a bullet has not lost its "- ".',
    ladder_lost_list_marker_default
  ),
  pageRule(
    "ladder-placeholder",
    "No placeholder or reviewer note is left in a published page.",
    ladder_placeholder_default
  ),
  pageRule(
    "ladder-links",
    "Every relative link points to a file that exists, and every #anchor to a heading there.",
    ladder_links_default
  ),
  pageRule(
    "ladder-spelling",
    "The prose of a page is spelled correctly.",
    ladder_spelling_default,
    prepare
  ),
  pageRule("ladder-doubled-word", "No word is written twice in a row.", ladder_doubled_word_default),
  pageRule("ladder-mojibake", "No mis-decoded or invisible characters in a page.", ladder_mojibake_default)
];
var trackRules = [
  ladder_track_index_default,
  ladder_track_consistency_default,
  ladder_progression_default,
  ladder_mixed_spelling_default,
  ladder_emoji_style_default
];
var ruleCatalog = [
  ...pageRules.map((rule) => ({
    name: rule.name,
    description: rule.description,
    url: ruleMeta(rule.name).url
  })),
  ...trackRules.map((rule) => ({ name: rule.name, description: rule.description, url: rule.url }))
];
var ruleNames = [
  ...pageRules.map((rule) => rule.name),
  ...trackRules.map((rule) => rule.name)
];

// src/engine/discover.ts
import { existsSync as existsSync2, readdirSync, readFileSync as readFileSync2, readlinkSync, statSync } from "node:fs";
import { dirname as dirname3, join as join2, relative, resolve as resolve5, sep } from "node:path";
import ignore from "ignore";
import picomatch from "picomatch";
import { glob, isDynamicPattern } from "tinyglobby";
var ignoreFileNames = [".gitignore", ".ladderlintignore"];
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
async function ignoreRulesFor(root) {
  const files = [];
  let folder = root;
  for (; ; ) {
    for (const name of ignoreFileNames) files.push(join2(folder, name));
    if (existsSync2(join2(folder, ".git"))) break;
    const parent = dirname3(folder);
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
    if (!existsSync2(file)) continue;
    try {
      rules2.push({ folder: dirname3(file), rules: ignore().add(readFileSync2(file, "utf8")) });
    } catch {
    }
  }
  return rules2;
}
function isIgnored(path, rules2) {
  return rules2.some(({ folder, rules: set }) => {
    const relativePath = relative(folder, path);
    if (relativePath.startsWith("..") || relativePath === "") return false;
    return set.ignores(relativePath.split(sep).join("/"));
  });
}
function isIgnoredFolder(path, folder, rules2) {
  const relativePath = relative(folder, path);
  if (relativePath.startsWith("..") || relativePath === "") return false;
  return rules2.ignores(`${relativePath.split(sep).join("/")}/`);
}
function configIgnores(config, cwd) {
  const matchers = config.ignores.map(({ base, pattern: pattern2 }) => {
    const match = picomatch(pattern2, { dot: true });
    const root = base || cwd;
    return (path) => {
      const relativePath = relative(root, path).split(sep).join("/");
      return !relativePath.startsWith("..") && match(relativePath);
    };
  });
  return (path) => matchers.some((matches) => matches(path));
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
      const path = join2(folder, name);
      if (!isCandidate(path)) continue;
      try {
        if (statSync(path).isFile()) pages.push(path);
      } catch (error) {
        const code = error.code;
        const problem = code === "ELOOP" ? "This is a symbolic link that points back to itself, so there is no page to check. Point it at a page or delete it." : `This is a symbolic link to "${safeReadlink(path)}", which does not exist. Point it at a page or delete it.`;
        broken.push({ pattern: path, problem, kind: "unreadable" });
      }
    }
  }
  return { pages, broken };
}
function safeReadlink(path) {
  try {
    return readlinkSync(path);
  } catch {
    return "?";
  }
}
async function discoverFiles(patterns, cwd, config) {
  const found = /* @__PURE__ */ new Map();
  const problems = [];
  const ignoredByConfig = configIgnores(config, cwd);
  for (const pattern2 of patterns.length > 0 ? patterns : ["."]) {
    const absolute = resolve5(cwd, pattern2);
    let kind = "missing";
    try {
      const stats = statSync(absolute);
      kind = stats.isDirectory() ? "folder" : "file";
    } catch {
      kind = "missing";
    }
    if (kind === "file") {
      found.set(absolute, { path: absolute, explicit: true });
      continue;
    }
    const root = kind === "folder" ? absolute : cwd;
    if (kind === "missing" && !isDynamicPattern(pattern2)) {
      problems.push({ pattern: pattern2, problem: "No file or folder has this name.", kind: "missing" });
      continue;
    }
    const globs = kind === "folder" ? ["**/*"] : [pattern2];
    const entries = await glob(globs, {
      cwd: root,
      absolute: true,
      dot: false,
      onlyFiles: false,
      ignore: alwaysSkipped,
      // Linked folders are not entered, so a link loop cannot hang the run; linked pages are found below.
      followSymbolicLinks: false
    });
    const matches = entries.filter((entry) => !entry.endsWith("/"));
    const links = linkedEntries([root, ...entries.filter((entry) => entry.endsWith("/"))]);
    matches.push(...links.pages);
    let rules2 = await ignoreRulesFor(root);
    if (kind === "folder")
      rules2 = rules2.filter(({ folder, rules: set }) => !isIgnoredFolder(root, folder, set));
    const folderPages = entries.filter((entry) => entry.endsWith("/") && isPageName(entry.slice(0, -1)));
    if (kind === "folder" && isPageName(absolute)) folderPages.unshift(`${absolute}/`);
    const notPages = [...links.broken, ...folderPages.map(folderNamedLikeAPage)];
    for (const entry of notPages) {
      if (!isIgnored(entry.pattern, rules2) && !ignoredByConfig(entry.pattern)) problems.push(entry);
    }
    const before = found.size;
    for (const path of matches) {
      if (!isCandidate(path) || found.has(path)) continue;
      if (isIgnored(path, rules2) || ignoredByConfig(path)) continue;
      found.set(path, { path, explicit: false });
    }
    if (found.size === before && kind === "missing") {
      problems.push({ pattern: pattern2, problem: "No Markdown file matches this pattern.", kind: "missing" });
    }
  }
  const files = [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}

// src/engine/keep-copy.ts
import { isMap } from "node:util/types";
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
    } else if (isMap(value)) {
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
  internal: "internal-error"
};
var engineRuleDescriptions = {
  [engineRuleIds.unreadable]: "A file that should be a page could not be read as Markdown text.",
  [engineRuleIds.missing]: "A path or pattern given to ladder-lint matched nothing.",
  [engineRuleIds.empty]: "A page has no content.",
  [engineRuleIds.internal]: "ladder-lint itself failed while checking a file."
};
function toPosix(path) {
  return path.split(sep2).join("/");
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
  config.overrides.forEach((override, index) => {
    const root = override.base || cwd;
    const relativePath = toPosix(relative2(root, absolutePath));
    const candidates = override.base ? [relativePath] : [relativePath, toPosix(absolutePath).replace(/^\//, "")];
    const matches = overrideMatcher(override.files);
    if (candidates.some((candidate) => !candidate.startsWith("..") && matches(candidate)))
      matched.push(index);
  });
  const overrides = matched.map((index) => config.overrides[index]);
  const template2 = overrides.findLast((override) => override.template)?.template;
  const byOverrides = rulesByOverrides.get(config) ?? /* @__PURE__ */ new Map();
  rulesByOverrides.set(config, byOverrides);
  const key = matched.join(",");
  let rules2 = byOverrides.get(key);
  if (!rules2) {
    rules2 = Object.assign({}, config.rules, ...overrides.map((override) => override.rules ?? {}));
    byOverrides.set(key, rules2);
  }
  return { rules: rules2, template: template2 };
}
function trackFor(page, absolutePath, cwd, config) {
  for (const track of config.tracks) {
    const relativePath = toPosix(relative2(track.base || cwd, absolutePath));
    if (track.files && !relativePath.startsWith("..") && overrideMatcher(track.files)(relativePath))
      return track.name;
    if (track.title && page.title && new RegExp(track.title, "u").test(page.title.name)) return track.name;
  }
  return void 0;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorFor(rules2) {
  let processor = processors.get(rules2);
  if (!processor) {
    processor = unified3();
    for (const rule of pageRules) {
      const setting = rules2[rule.name];
      const severity2 = severityOf(setting);
      if (severity2 > 0) processor.use(rule.plugin, [severity2, optionsOf(setting)]);
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
  for (const state of states) {
    if (!state.page) continue;
    const members = tracks.get(state.page.track) ?? [];
    members.push(state);
    tracks.set(state.page.track, members);
  }
  const everyPage = states.filter((state) => state.page);
  for (const rule of trackRules) {
    const groups = rule.scope === "ladder" ? [everyPage] : tracks.values();
    for (const members of groups) {
      if (members.some((state) => severityOf(state.rules[rule.name]) > 0))
        await runTrackRule(rule, members, config);
    }
  }
}
async function runTrackRule(rule, members, config) {
  const byPage = new Map(members.flatMap((state) => state.page ? [[state.page, state]] : []));
  try {
    await rule.check({
      pages: [...byPage.keys()],
      config,
      options: (page) => optionsOf(byPage.get(page)?.rules[rule.name]),
      collected: (page) => byPage.get(page)?.collected?.get(rule.name),
      report: (page, reason, options) => {
        const state = byPage.get(page);
        const severity2 = severityOf(state?.rules[rule.name]);
        if (!state || severity2 === 0) return;
        const { expected, place: place2, cause } = options ?? {};
        const messageOptions = { ruleId: rule.name, source: "ladder-lint" };
        if (place2) messageOptions.place = place2;
        if (cause) messageOptions.cause = cause;
        const message = new VFileMessage2(reason, messageOptions);
        message.fatal = severity2 === 2;
        if (expected) message.expected = expected;
        state.findings.push(structuredClone(toLintMessage(message)));
      }
    });
  } catch (error) {
    const reason = crashReason(`the ${rule.name} rule`, error);
    for (const state of members) state.findings.push(engineFinding(engineRuleIds.internal, reason));
  }
}
function toLintMessage(message) {
  const place2 = message.place;
  const start = place2 && "start" in place2 ? place2.start : place2;
  const end = place2 && "end" in place2 ? place2.end : start;
  const lintMessage = {
    ruleId: message.ruleId ?? engineRuleIds.internal,
    severity: message.fatal === false ? 1 : 2,
    message: message.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1
  };
  if (message.expected && message.expected.length > 0) lintMessage.suggestions = [...message.expected];
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
  return {
    filePath: state.path,
    messages,
    errorCount: messages.filter((message) => message.severity === 2).length,
    warningCount: messages.filter((message) => message.severity === 1).length
  };
}
async function lintOne(file, absolutePath, run) {
  const { cwd, config } = run;
  const unfit = unparseableReason(String(file.value));
  if (unfit) return unreadable(file.path, unfit, engineRuleIds.unreadable);
  const { rules: rules2, template: template2 } = settingsFor(absolutePath, cwd, config);
  let outline;
  let collected;
  try {
    const tree = parseMarkdown(file);
    const page = buildLadderPage(tree, file, file.path);
    page.track = trackFor(page, absolutePath, cwd, config) ?? page.track;
    outline = outlineOf(page);
    file.data.ladder = makeContext(page, config, run.linked, template2);
    await runPageRules(file, rules2, tree);
    collected = await collectForTrackRules(file, rules2, page, tree, run.keep);
  } catch (error) {
    internalError(file, "the Markdown parser", error);
  }
  const kept = run.keep({
    path: file.path,
    ...outline ? { page: outline } : {},
    findings: file.messages.filter(isFinding).map(toLintMessage)
  });
  return { ...kept, ...collected ? { collected } : {}, rules: rules2 };
}
async function collectForTrackRules(file, rules2, page, tree, keep) {
  let collected;
  for (const rule of trackRules) {
    if (!rule.collect || severityOf(rules2[rule.name]) === 0) continue;
    try {
      const kept = keep(await rule.collect(page, tree, String(file.value)));
      if (kept !== void 0) (collected ??= /* @__PURE__ */ new Map()).set(rule.name, kept);
    } catch (error) {
      internalError(file, `the ${rule.name} rule`, error);
    }
  }
  return collected;
}
function unreadable(path, problem, ruleId) {
  return { path, rules: {}, findings: [engineFinding(ruleId, problem)] };
}
async function finishRun(states, config) {
  await runTrackRules(states, config);
  return {
    results: states.map(toResult).sort((a, b) => a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0),
    pages: states.flatMap((state) => state.page ? [state.page] : []),
    config
  };
}
async function lintPath(path, run) {
  const { cwd } = run;
  const displayPath = toPosix(relative2(cwd, path));
  const read = await readText(path);
  if (!read.ok) return unreadable(displayPath, read.problem, engineRuleIds.unreadable);
  if (read.text.trim() === "") {
    const problem = "This page is empty. Write the page, or delete the file if it is not needed.";
    return unreadable(displayPath, problem, engineRuleIds.empty);
  }
  const file = new VFile2({ path: displayPath, value: read.text, cwd });
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
  const folder = /\.(md|markdown)$/i.test(start) ? dirname4(start) : start;
  const settings = [config.rules, ...config.overrides.map((override) => override.rules ?? {})];
  for (const rule of [...pageRules, ...trackRules]) {
    if (rule.prepare && settings.some((rules2) => severityOf(rules2[rule.name]) > 0))
      rule.prepare(config, folder);
  }
}
async function lintFiles(patterns, options = {}) {
  const cwd = resolve6(options.cwd ?? process.cwd());
  const config = options.config ?? await loadConfig({
    searchFrom: resolve6(cwd, patterns[0] ?? "."),
    knownRules: ruleNames,
    ...options.configFile ? { configFile: resolve6(cwd, options.configFile) } : {}
  });
  prepareRules(config, resolve6(cwd, patterns[0] ?? "."));
  const { files, problems } = await discoverFiles(patterns, cwd, config);
  options.onFilesFound?.(files.length);
  const states = problems.map(
    ({ pattern: pattern2, problem, kind }) => kind === "missing" ? unreadable(toPosix(pattern2), `${problem} Check the path you gave ladder-lint.`, engineRuleIds.missing) : unreadable(toPosix(relative2(cwd, pattern2)), problem, engineRuleIds.unreadable)
  );
  const run = { cwd, config, linked: linkedPages(), keep: keepCopier() };
  const linted = await inFlight(files, ({ path }) => lintPath(path, run));
  return finishRun(states.concat(linted), config);
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
  return `${message.message}${suggestionText(message.suggestions)}${related}`;
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
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...message.suggestions ? { suggestions: message.suggestions } : {}
      })),
      errorCount: result.errorCount,
      warningCount: result.warningCount
    }))
  );
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
  return `${written2} <sub>(${value.placement.reading})</sub>${below ? ` \u26A0\uFE0F **below ${below}**` : ""}`;
}
function progressionTable(progression) {
  const regressed = /* @__PURE__ */ new Map();
  for (const { higher, lower } of progression.regressions) {
    const levels = new Set((regressed.get(higher) ?? "").split(", ").filter(Boolean));
    levels.add(lower.page.level?.label ?? "");
    regressed.set(higher, [...levels].join(", "));
  }
  const header = ["Level", "Page", ...progression.columns.map((column) => column.label)];
  const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
  for (const row of progression.rows) {
    for (const page of row.pages) {
      const values = progression.columns.map(
        (column) => valueCell(
          progression.values.find((value) => value.page === page && value.column === column),
          regressed
        )
      );
      lines.push(`| ${row.level.label} | ${cell(fileName(page.path))} | ${values.join(" | ")} |`);
    }
  }
  const count = progression.regressions.length;
  const summary = count === 0 ? "No level asks for less than the level below." : `${count} ${count === 1 ? "value goes" : "values go"} backwards (\u26A0\uFE0F).`;
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
  return filePath.split("/").map(encodeURIComponent).join("/");
}
function fingerprint(ruleId, filePath, message, occurrence) {
  return createHash("sha256").update([ruleId, filePath, message, String(occurrence)].join("\0")).digest("hex").slice(0, 32);
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
      const key = `${message.ruleId}\0${message.message}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const sarifResult = {
        ruleId: message.ruleId,
        level: message.severity === 2 ? "error" : "warning",
        message: {
          text: `${message.message}${suggestionText(message.suggestions)}`
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
          "ladderLintFinding/v1": fingerprint(message.ruleId, result.filePath, message.message, occurrence)
        }
      };
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
      const severity2 = message.severity === 2 ? colors.red("error  ") : colors.yellow("warning");
      const suggestion = suggestionText(message.suggestions);
      lines.push(
        `  ${colors.dim((places[index] ?? "").padEnd(width))}  ${severity2}  ${message.message}${suggestion && colors.dim(suggestion)}  ${colors.dim(message.ruleId)}`
      );
    });
    lines.push("");
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  lines.push(errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  return `${lines.join("\n")}
`;
}

// src/cli.ts
var exitCodes = { ok: 0, findings: 1, failure: 2 };
var formats = ["stylish", "json", "sarif", "github", "progression"];
var help = `Usage: ladder-lint [options] [paths...]

Checks career-ladder pages: paths are files, folders or globs (default: the current folder).

Options:
  --format <name>       stylish (default), json, sarif (SARIF 2.1.0 for code scanning),
                        github (GitHub Actions annotations), or progression (a table per track)
  --config <file>       use this configuration file instead of looking for one
  --quiet               report errors only, not warnings
  --max-warnings <n>    exit 1 when there are more than n warnings
  --no-color            plain text without colours
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage, configuration or internal failure.
`;
async function runCli(argv, io) {
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
  const format = values.format ?? "stylish";
  if (!formats.includes(format)) {
    io.stderr(`ladder-lint: --format must be one of ${formats.join(", ")}; got "${format}".
`);
    return exitCodes.failure;
  }
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      io.stderr(
        `ladder-lint: --max-warnings takes a whole number of 0 or more; got "${values["max-warnings"]}".
`
      );
      return exitCodes.failure;
    }
  }
  let results;
  let run;
  try {
    run = await lintFiles(positionals, {
      cwd: io.cwd,
      onFilesFound: (count) => {
        boundHeapForLargeRuns(count);
        stopUnaskedSpellingWorker();
      },
      ...values.config ? { configFile: values.config } : {}
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
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const shown = values.quiet ? results.map(onlyErrors) : results;
  const color = io.color && !values["no-color"];
  const reporters = {
    stylish: () => formatStylish(shown, { color }),
    json: () => `${formatJson(shown)}
`,
    sarif: () => `${formatSarif(shown)}
`,
    github: () => formatGithub(shown),
    progression: () => formatProgression(run.pages, run.config)
  };
  io.stdout(reporters[format]());
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
      version: { type: "boolean", short: "v" }
    }
  });
}
function onlyErrors(result) {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0
  };
}
export {
  exitCodes,
  formats,
  runCli
};
