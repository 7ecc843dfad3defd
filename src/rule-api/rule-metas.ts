// Written by scripts/write-derived.ts from the rules' definitions (`npm run derive`): do not edit.
// Every rule's meta as data, for what must not load the rules (and the Markdown parser, the
// dictionaries and the rest they import): the configuration loader, the default severities and
// the reporters of a run whose pages all come from the cache (see src/engine/lint.ts).
import type { RuleMeta, RuleUrls } from './define-rule.ts';

export const ruleMetaList: ReadonlyArray<RuleMeta & RuleUrls> = [
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
          "description": "Criteria that may repeat within a level, such as labels every topic has (\"Criteria for sublevel A\"); a text ending in * allows every criterion that starts with it."
        }
      }
    },
    "origin": "ladder-lint:ladder-front-matter",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-front-matter.md"
  },
  {
    "id": "ladder-grammar",
    "description": "\"a\" and \"an\" fit the next word's sound, and closed compounds (\"teammates\") are one word.",
    "defaultSeverity": "error",
    "scope": "page",
    "fixable": true,
    "origin": "ladder-lint:ladder-grammar",
    "url": "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/ladder-grammar.md"
  },
  {
    "id": "ladder-heading-style",
    "description": "Headings are real headings: no bold line standing in for one, a \"#\" title first, no skipped levels.",
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
    "description": "A line meant as a bullet has not lost its \"- \".",
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
    "description": "A level page starts with one title heading, \"# Ln: Name\", that agrees with its file name.",
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
