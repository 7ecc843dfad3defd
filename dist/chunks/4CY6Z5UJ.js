#!/usr/bin/env node
import {
  ConfigError,
  needsMarkdownParser,
  resolveScales
} from "./DGFCTSDI.js";
import {
  patternProblem,
  safePattern
} from "./J5HZSZD5.js";
import {
  positions
} from "./IZPIUISF.js";
import {
  append,
  defaultYamlLevels,
  repairMojibake
} from "./UI456VJZ.js";

// src/config/default-config.ts
var expectationSection = (name, emoji, extra = {}) => ({
  name,
  emoji,
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
    spelling,
    cache: {
      type: "boolean",
      description: "Keep each page's findings in .ladder-lint-cache between runs (as --cache), so that unchanged pages are not checked again."
    }
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

// src/config/load-config.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseYaml } from "yaml";

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

// src/rule-api/rule-metas.ts
var ruleMetaList = [
  {
    "id": "ladder-doubled-word",
    "description": "No word is written twice in a row.",
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "allow": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Words that may be doubled; replaces the default list."
        }
      }
    },
    "origin": "ladder-lint:ladder-doubled-word",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-doubled-word.md"
  },
  {
    "id": "ladder-emoji-style",
    "description": "A ladder writes emoji either as emoji or as :shortcodes:, not both.",
    "defaultSeverity": "warn",
    "scope": "ladder",
    "fixable": true,
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "prefer": {
          "enum": [
            "unicode",
            "shortcode"
          ],
          "description": "Require this style everywhere instead of following the ladder's majority."
        }
      }
    },
    "origin": "ladder-lint:ladder-emoji-style",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-emoji-style.md"
  },
  {
    "id": "ladder-front-matter",
    "description": "YAML front matter can be read, and a ladder kept in it declares the levels it describes and lists each criterion once per level.",
    "defaultSeverity": "error",
    "scope": "page",
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "allow": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": 'Criteria that may repeat within a level, such as labels every topic has ("Criteria for sublevel A"); a text ending in * allows every criterion that starts with it.'
        }
      }
    },
    "origin": "ladder-lint:ladder-front-matter",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-front-matter.md"
  },
  {
    "id": "ladder-grammar",
    "description": `"a" and "an" fit the next word's sound, and closed compounds ("teammates") are one word.`,
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-grammar",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-grammar.md"
  },
  {
    "id": "ladder-heading-style",
    "description": 'Headings are real headings: no bold line standing in for one, a "#" title first, no skipped levels.',
    "defaultSeverity": "warn",
    "scope": "page",
    "origin": "ladder-lint:ladder-heading-style",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-heading-style.md"
  },
  {
    "id": "ladder-level-order",
    "description": "A file that holds several levels writes each once, from the lowest up.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-level-order",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-level-order.md"
  },
  {
    "id": "ladder-links",
    "description": "Every relative link points to a file that exists, and every #anchor to a heading there.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-links",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-links.md"
  },
  {
    "id": "ladder-lost-list-marker",
    "description": 'A line meant as a bullet has not lost its "- ".',
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-lost-list-marker",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-lost-list-marker.md"
  },
  {
    "id": "ladder-metadata",
    "description": "A page has the metadata bullets its template asks for, once each.",
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-metadata",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-metadata.md"
  },
  {
    "id": "ladder-mixed-spelling",
    "description": "A ladder is written in British or in American English, not both.",
    "defaultSeverity": "warn",
    "scope": "ladder",
    "fixable": true,
    "options": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "prefer": {
          "enum": [
            "en-US",
            "en-GB"
          ],
          "description": "Deprecated: spelling.variant in the configuration says the same for every rule; this still works."
        }
      }
    },
    "origin": "ladder-lint:ladder-mixed-spelling",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-mixed-spelling.md"
  },
  {
    "id": "ladder-mojibake",
    "description": "No mis-decoded or invisible characters in a page.",
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-mojibake",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-mojibake.md"
  },
  {
    "id": "ladder-placeholder",
    "description": "No placeholder or reviewer note is left in a published page.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-placeholder",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-placeholder.md"
  },
  {
    "id": "ladder-progression",
    "description": "From one level to the next, metadata such as planning horizon and impact radius never go backwards.",
    "defaultSeverity": "error",
    "scope": "track",
    "origin": "ladder-lint:ladder-progression",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-progression.md"
  },
  {
    "id": "ladder-section-content",
    "description": "Each section has expectation bullets and, where the template asks, a collapsible Examples list.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-section-content",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-section-content.md"
  },
  {
    "id": "ladder-sections",
    "description": "A page has its template's sections, once each, in order, with the template's emoji.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-sections",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-sections.md"
  },
  {
    "id": "ladder-spelling",
    "description": "The prose of a page is spelled correctly.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-spelling",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-spelling.md"
  },
  {
    "id": "ladder-summary",
    "description": "A level page has a one-paragraph summary quote under its title.",
    "defaultSeverity": "error",
    "scope": "page",
    "origin": "ladder-lint:ladder-summary",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-summary.md"
  },
  {
    "id": "ladder-title",
    "description": 'A level page starts with one title heading, "# Ln: Name", that agrees with its file name.',
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-title",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-title.md"
  },
  {
    "id": "ladder-track-consistency",
    "description": "The pages of a track write metadata labels and section headings the same way.",
    "defaultSeverity": "warn",
    "scope": "track",
    "origin": "ladder-lint:ladder-track-consistency",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-track-consistency.md"
  },
  {
    "id": "ladder-track-index",
    "description": "A track's README lists every level page of its folder, with the page's level and title.",
    "defaultSeverity": "warn",
    "scope": "track",
    "origin": "ladder-lint:ladder-track-index",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-track-index.md"
  },
  {
    "id": "ladder-typography",
    "description": "No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.",
    "defaultSeverity": "warn",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-typography",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-typography.md"
  }
];

// src/config/rule-defaults.ts
var defaults = Object.fromEntries(
  ruleMetaList.map((meta) => [meta.id, meta.defaultSeverity])
);
function registerRuleDefaults(settings) {
  Object.assign(defaults, settings);
}
function ruleDefaults() {
  return { ...defaults };
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
var validatorsBySchema = /* @__PURE__ */ new Map();
function validatorFor(rules2) {
  let validate = validators.get(rules2);
  if (!validate) {
    const schema = configSchemaWithRules(rules2);
    const key = JSON.stringify(schema);
    validate = validatorsBySchema.get(key);
    if (!validate) {
      const id = schema.$id;
      if (typeof id === "string") ajv.removeSchema(id);
      validate = ajv.compile(schema);
      validatorsBySchema.set(key, validate);
    }
    validators.set(rules2, validate);
  }
  return validate;
}
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
    if (!statSync(packageJson).isFile()) return false;
    return Object.hasOwn(JSON.parse(readFileSync(packageJson, "utf8")), "ladderLint");
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
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
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
  const stalled = new Promise((resolve3) => {
    onEmptyLoop = () => resolve3("stalled");
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
  const ruleNames = knownRules.map((rule) => rule.id);
  const valid = config;
  const ruleKeys = [
    ...Object.keys(valid.rules ?? {}).map((rule) => ({ key: `rules.${rule}`, rule })),
    ...(valid.overrides ?? []).flatMap(
      (override2, index) => Object.keys(override2.rules ?? {}).map((rule) => ({ key: `overrides[${index}].rules.${rule}`, rule }))
    )
  ];
  for (const { key, rule } of ruleKeys) {
    if (!ruleNames.includes(rule)) {
      throw new ConfigError(file, key, `is not a ladder-lint rule. Known rules: ${ruleNames.join(", ")}.`);
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
  const location = over.levels?.in ?? base.levels.in;
  const defaults2 = location === base.levels.in ? base.levels : Object.values(presets).find((preset) => preset.ladder.levels?.in === location)?.ladder.levels;
  return { ...base, ...over, levels: { ...defaults2, ...over.levels, in: location } };
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
    sources,
    ...user?.cache === void 0 ? {} : { cache: user.cache }
  };
}
async function loadConfig(options) {
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.searchFrom);
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
  if (needsMarkdownParser(user.scales)) await import("./W6KYS73E.js");
  return mergeConfig(user, dirname(file), [file]);
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
import { toString as nodeText } from "mdast-util-to-string";
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
function fileNameReading(path, levelOf) {
  const base = (path.split("/").pop() ?? path).replace(/\.(md|markdown|txt)$/i, "");
  const words = (text) => text.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  if (levelOf) {
    const found = levelOf(base);
    return found ? { level: found.level, name: words(found.name) } : void 0;
  }
  const level = levelFromFileName(path);
  return level ? { level, name: words(base.replace(/^L\d{1,2}(?:\.\d{1,2})?/, "")) } : void 0;
}
function makeLevel(major, minor) {
  return numberedLevel("L", `${major}${minor === void 0 ? "" : `.${minor}`}`);
}
function trackOf(path) {
  const index = path.lastIndexOf("/");
  return index === -1 ? "." : path.slice(0, index);
}
function buildLadderPage(tree, file, path, levelOf) {
  const source = String(file);
  const children = tree.children.filter((node) => node.type !== "yaml");
  const title = readTitle(children, source, levelOf);
  const fromFileName = fileNameReading(path, levelOf)?.level;
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
    page.summary = { text: nodeText(summaryNode).trim(), position: summaryNode.position };
  page.metadata = readMetadata(preamble, positions(file));
  if (firstSectionIndex !== -1) page.sections = readSections(nodes.slice(firstSectionIndex));
}
function isTitleNode(node, index, title) {
  return title !== void 0 && index === 0 && node.position?.start.line === title.position.start.line;
}
function readTitle(children, source, levelOf) {
  const first = children[0];
  if (!first?.position) return void 0;
  if (first.type === "heading") {
    return makeTitle(nodeText(first).trim(), "heading", first.depth, first.position, levelOf);
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
        levelOf
      );
    }
  }
  return void 0;
}
function lineAt(source, offset) {
  const lineEnd = /\r|\n/g;
  lineEnd.lastIndex = offset;
  const end = lineEnd.exec(source)?.index;
  return source.slice(offset, end);
}
function withoutClosingStars(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "*" || /\s/.test(text[end - 1] ?? ""))) end--;
  return text.slice(0, end);
}
function makeTitle(text, form, depth, position, levelOf) {
  const title = { text, name: text, separator: "", form, depth, position };
  if (levelOf) {
    const found = levelOf(text);
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
    if (node.type === "text" && /[\r\n]/.test(node.value) && node.position) {
      const parts = node.value.split(/(\r\n|\r|\n)/);
      let offset = node.position.start.offset ?? 0;
      parts.forEach((part, index) => {
        if (index % 2 === 1) {
          lines.push({ nodes: [] });
          offset += part.length;
          return;
        }
        const start = offset;
        offset += part.length;
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
function readMetadata(preamble, place) {
  const fields = [];
  for (const node of preamble) {
    if (node.type === "list") {
      for (const item of node.children) {
        const paragraph = item.children[0];
        if (paragraph?.type !== "paragraph") continue;
        const field2 = readField(splitLines(paragraph)[0], "list", place);
        if (field2 && item.position) fields.push({ ...field2, position: item.position });
      }
    } else if (node.type === "paragraph") {
      for (const line of splitLines(node)) {
        const field2 = readField(line, "paragraph", place);
        if (field2) fields.push(field2);
      }
    }
  }
  return fields;
}
function readField(line, form, place) {
  const [label, ...rest] = line?.nodes ?? [];
  if (label?.type !== "strong" || !label.position) return void 0;
  const labelText = nodeText(label).trim();
  const inside = labelText.endsWith(":");
  const restText = rest.map((node) => nodeText(node)).join("");
  if (!inside && !/^\s*:/.test(restText)) return void 0;
  const leading = /^\s*:?\s*/.exec(restText)?.[0].length ?? 0;
  const value = restText.slice(leading).trim();
  const labelPosition = resolve2(label.position, place);
  const lastPlaced = rest.findLast((node) => node.position)?.position ?? label.position;
  const end = resolve2(lastPlaced, place).end;
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
    const start = place.toPoint(startOffset);
    const reversed = start && (end.line < start.line || end.line === start.line && end.column < start.column);
    if (start) field2.valuePosition = { start, end: reversed ? start : end };
  }
  return field2;
}
function resolve2(position, place) {
  const fix = (point) => point.line === 0 && point.offset !== void 0 ? place.toPoint(point.offset) ?? point : point;
  return { start: fix(position.start), end: fix(position.end) };
}
function readEmoji(text) {
  const unicode = leadingEmoji.exec(text);
  if (unicode?.[1])
    return {
      emoji: { raw: unicode[1], form: "unicode", resolved: unicode[1] },
      rest: text.slice(unicode[0].length)
    };
  const shortcode = leadingShortcode.exec(text);
  if (shortcode?.[1])
    return { emoji: { raw: `:${shortcode[1]}:`, form: "shortcode" }, rest: text.slice(shortcode[0].length) };
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
  const { emoji, rest } = readEmoji(nodeText(heading).trim());
  const section2 = {
    name: rest.trim(),
    emoji,
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
      append(target, bulletsOf(node));
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
function isMarkup(character) {
  return character === 42 || character === 95 || character === 126 || character === 91 || character === 93;
}
var maximumElementsPerCharacter = 0.04;
function unparseableReason(text) {
  let lineStart = 0;
  let lineNumber = 1;
  let markup = 0;
  let cells = 0;
  let linesWithText = 0;
  let lineHasText = false;
  for (let index = 0; index <= text.length; index++) {
    const character = text.charCodeAt(index);
    if (isMarkup(character)) markup++;
    else if (character === 124) cells++;
    if (index === text.length || character === 10) {
      if (index - lineStart > maximumLineLength)
        return `Line ${lineNumber} is ${index - lineStart} characters long, more than the ${maximumLineLength} a ladder page's line can be, so this file was not checked. It looks like generated or pasted data: break the line up, or add the file to .ladderlintignore.`;
      if (lineHasText) linesWithText++;
      lineHasText = false;
      lineStart = index + 1;
      lineNumber++;
    } else if (character !== 32 && character !== 9 && character !== 13) lineHasText = true;
  }
  const nested = deepestNesting(text) ?? heaviestRuns(text);
  if (nested) return nested;
  if (markup > maximumMarkupCharacters)
    return `This file has ${markup} emphasis and link characters (* _ ~ [ ]), more than the ${maximumMarkupCharacters} a ladder page can have, so it was not checked. It looks like generated data: add it to .ladderlintignore if it is not a page.`;
  const elements = linesWithText + cells + markup;
  const maximumElements = Math.floor(maximumElementsPerCharacter * Math.max(text.length, 1e5));
  if (elements > maximumElements)
    return `This file has ${linesWithText} lines of text, ${cells} table bars (|) and ${markup} emphasis and link characters (* _ ~ [ ]): ${elements} in all, more than the ${maximumElements} a page of its size can hold (a ladder page has a few hundred). The Markdown parser would take seconds on it, so it was not checked. It looks like generated data: split it into smaller pages, or add it to .ladderlintignore.`;
  return void 0;
}
var maximumNestingPrefix = 100;
var maximumNestingWork = 150;
function deepestNesting(text) {
  const step = /[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t]/y;
  const nestingBudget = maximumNestingWork * Math.max(text.length, 1e5);
  let nestingWork = 0;
  let nestedLines = 0;
  let lineNumber = 1;
  for (let lineStart = 0; lineStart < text.length; lineNumber++) {
    let prefix = 0;
    let inItem = false;
    let nestedWeight = 0;
    let indent = 0;
    step.lastIndex = lineStart;
    for (let found = step.exec(text); found; found = step.exec(text)) {
      const token = found[0];
      if (token === " " || token === "	") indent += token === "	" ? 4 : 1;
      else {
        if (token === ">" ? inItem : inItem || indent >= (prefix > indent ? 3 : 2))
          nestedWeight = token === ">" ? 2 : Math.max(nestedWeight, 1);
        if (token !== ">") inItem = true;
        indent = 0;
      }
      prefix += token.length;
      if (prefix > maximumNestingPrefix)
        return `Line ${lineNumber} starts with more than ${maximumNestingPrefix} characters of indentation, quote marks (>) and list markers, so its lists or quotes nest deeper than a ladder page's can; this file was not checked. Indent it less, or add the file to .ladderlintignore.`;
    }
    if (nestedWeight > 0) {
      nestedLines++;
      nestingWork += lineStart * nestedWeight;
      if (nestingWork > nestingBudget)
        return `By line ${lineNumber} this file has ${nestedLines} lists or quotes inside list items, more than a page of its size can have: the time to read them grows with the square of their number, so this file was not checked. Split the page into smaller ones or flatten its lists, or add the file to .ladderlintignore.`;
    }
    const lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return void 0;
}
var maximumRunWork = 300;
var startsParagraph = /[ ]{0,3}(?:#{1,6}(?=[ \t\r\n]|(?![^]))|[-*+][ \t]+[^\s])/y;
var blank = /[ \t]*(?:\r?\n|\r?(?![^]))/y;
function heaviestRuns(text) {
  const budget = maximumRunWork * Math.max(text.length, 1e5);
  let work = 0;
  let heaviest = { work: 0, firstLine: 1, lines: 0 };
  let run = { start: 0, firstLine: 1, lines: 0, markup: 0 };
  const endRun = (end) => {
    const runWork = (run.lines + run.markup) * (end - run.start);
    work += runWork;
    if (runWork > heaviest.work) heaviest = { work: runWork, firstLine: run.firstLine, lines: run.lines };
  };
  let lineNumber = 1;
  for (let lineStart = 0; ; lineNumber++) {
    const lineEnd = text.indexOf("\n", lineStart);
    blank.lastIndex = startsParagraph.lastIndex = lineStart;
    if (blank.test(text)) {
      endRun(lineStart);
      run = { start: lineEnd + 1, firstLine: lineNumber + 1, lines: 0, markup: 0 };
    } else {
      if (startsParagraph.test(text)) {
        endRun(lineStart);
        run = { start: lineStart, firstLine: lineNumber, lines: 0, markup: 0 };
      }
      run.lines++;
      for (let index = lineStart, end = lineEnd === -1 ? text.length : lineEnd; index < end; index++)
        if (isMarkup(text.charCodeAt(index))) run.markup++;
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  endRun(text.length);
  if (work <= budget) return void 0;
  const lastLine = heaviest.firstLine + heaviest.lines - 1;
  return `This file has runs of lines with no blank line, heading or bullet between them that are too long for its size, or too full of the characters * _ ~ [ ]; the worst is lines ${heaviest.firstLine} to ${lastLine}. The Markdown parser reads a paragraph like that in time that grows with the square of its length, and from its lines alone there is no telling it from a table, so this file was not checked. Put blank lines between its paragraphs, split its tables, or add the file to .ladderlintignore.`;
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

export {
  defaultConfig,
  defaultHeadingLevelPattern,
  presets,
  ruleMetaList,
  registerRuleDefaults,
  configSchemaWithRules,
  configFileNames,
  validateConfig,
  mergeLayout,
  mergeConfig,
  loadConfig,
  isInside,
  lintRootFor,
  pageText,
  readText,
  decodeText,
  encodeText,
  unparseableReason,
  startsWithByteOrderMark,
  numberedLevel,
  levelReader,
  pageLevelReader,
  levelFromFileName,
  fileNameReading,
  trackOf,
  buildLadderPage,
  readBody,
  makeTitle
};
