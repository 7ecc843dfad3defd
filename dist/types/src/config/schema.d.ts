/** The built-in presets, by name; presets.ts holds what each one sets. */
export declare const presetNames: readonly ["page-per-level", "headings-per-level", "front-matter-pages", "yaml-framework"];
export declare const configSchema: {
    readonly $schema: "https://json-schema.org/draft/2020-12/schema";
    readonly $id: "https://github.com/ladder-lint/ladder-lint/blob/main/schema.json";
    readonly title: "ladder-lint configuration";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly $schema: {
            readonly type: "string";
        };
        readonly extends: {
            readonly enum: readonly ["page-per-level", "headings-per-level", "front-matter-pages", "yaml-framework"];
            readonly description: "The built-in preset this configuration is laid over (default page-per-level).";
        };
        readonly ladder: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly description: "Where the ladder keeps its levels and their fields.";
            readonly properties: {
                readonly levels: {
                    readonly type: "object";
                    readonly required: readonly ["in"];
                    readonly additionalProperties: false;
                    readonly description: "Where the levels are.";
                    readonly properties: {
                        readonly in: {
                            readonly enum: readonly ["page", "heading", "front-matter", "yaml"];
                            readonly description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.";
                        };
                        readonly depth: {
                            readonly type: "integer";
                            readonly minimum: 1;
                            readonly maximum: 6;
                            readonly description: "heading: the depth of level headings.";
                        };
                        readonly pattern: {
                            readonly type: "string";
                            readonly description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.";
                        };
                        readonly names: {
                            readonly minItems: 2;
                            readonly description: "Levels that are words, lowest first: [\"Junior\", \"Mid\", \"Senior\"].";
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly key: {
                            readonly type: "string";
                            readonly description: "front-matter: the key whose number orders levels; yaml: the level key.";
                        };
                        readonly titleKey: {
                            readonly type: "string";
                            readonly description: "front-matter and yaml: the key of the title.";
                        };
                        readonly topics: {
                            readonly type: "string";
                            readonly description: "yaml: the key of the list of topics.";
                        };
                        readonly content: {
                            readonly type: "string";
                            readonly description: "yaml: the key of a topic's list of levels.";
                        };
                        readonly criteria: {
                            readonly description: "yaml: the keys of a level's criteria (a.b through lists).";
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly count: {
                            readonly type: "string";
                            readonly description: "yaml: the key that declares how many levels there are.";
                        };
                    };
                };
                readonly fields: {
                    readonly type: "array";
                    readonly items: {
                        readonly type: "object";
                        readonly required: readonly ["from"];
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly from: {
                                readonly enum: readonly ["label-lines", "front-matter", "table", "steps", "pattern"];
                                readonly description: "Where fields are found besides \"- **Label**: value\" bullets.";
                            };
                            readonly keys: {
                                readonly description: "front-matter: the keys that are fields.";
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                            readonly pattern: {
                                readonly type: "string";
                                readonly description: "pattern: a regular expression with named groups label (or give label) and value.";
                            };
                            readonly label: {
                                readonly type: "string";
                                readonly description: "pattern: the label when the pattern has no label group.";
                            };
                        };
                    };
                };
                readonly tracks: {
                    readonly enum: readonly ["folder", "file"];
                    readonly description: "A track is a folder of level pages or a file of levels.";
                };
                readonly template: {
                    readonly type: "string";
                    readonly description: "The template levels are checked against when no override names one.";
                };
            };
        };
        readonly rules: {
            readonly type: "object";
            readonly description: "Rule name → severity, or [severity, options].";
            readonly additionalProperties: {
                readonly $comment: "rule-setting";
                readonly oneOf: readonly [{
                    readonly enum: readonly ["off", "warn", "error"];
                    readonly description: "off, warn or error, as in ESLint and remark-lint";
                }, {
                    readonly type: "array";
                    readonly prefixItems: readonly [{
                        readonly enum: readonly ["off", "warn", "error"];
                        readonly description: "off, warn or error, as in ESLint and remark-lint";
                    }, {
                        readonly type: "object";
                        readonly description: "The rule’s options; see its docs page.";
                    }];
                    readonly minItems: 1;
                    readonly maxItems: 2;
                    readonly items: false;
                }];
            };
        };
        readonly ignores: {
            readonly description: "Globs of files never to check, relative to this file.";
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
        };
        readonly templates: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "object";
                readonly required: readonly ["sections"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly description: {
                        readonly type: "string";
                    };
                    readonly title: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly separator: {
                                readonly enum: readonly [":", "any"];
                            };
                        };
                    };
                    readonly summary: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly required: {
                                readonly type: "boolean";
                            };
                        };
                    };
                    readonly metadata: {
                        readonly type: "object";
                        readonly required: readonly ["fields"];
                        readonly additionalProperties: false;
                        readonly properties: {
                            readonly fields: {
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "object";
                                    readonly required: readonly ["label"];
                                    readonly additionalProperties: false;
                                    readonly properties: {
                                        readonly label: {
                                            readonly type: "string";
                                            readonly minLength: 1;
                                            readonly description: "The canonical label, matched without regard to case.";
                                        };
                                        readonly aliases: {
                                            readonly description: "Other labels that mean this field; pages are asked to use the canonical one.";
                                            readonly type: "array";
                                            readonly items: {
                                                readonly type: "string";
                                            };
                                        };
                                        readonly acceptAliases: {
                                            readonly type: "boolean";
                                            readonly description: "Accept the aliases silently instead of asking for the canonical label.";
                                        };
                                        readonly required: {
                                            readonly type: "boolean";
                                        };
                                        readonly scale: {
                                            readonly type: "string";
                                            readonly description: "The scale the progression rule reads the value onto.";
                                        };
                                    };
                                };
                            };
                            readonly allowExtra: {
                                readonly description: "Labels, or Prefix*, of extra fields a page may have.";
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                        };
                    };
                    readonly sections: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["name"];
                            readonly additionalProperties: false;
                            readonly properties: {
                                readonly name: {
                                    readonly type: "string";
                                    readonly minLength: 1;
                                };
                                readonly pattern: {
                                    readonly type: "string";
                                    readonly description: "A regular expression (Unicode) that also matches the heading text.";
                                };
                                readonly aliases: {
                                    readonly type: "array";
                                    readonly items: {
                                        readonly type: "string";
                                    };
                                };
                                readonly emoji: {
                                    readonly description: "Emoji accepted before the heading text: Unicode or :shortcode:.";
                                    readonly type: "array";
                                    readonly items: {
                                        readonly type: "string";
                                    };
                                };
                                readonly required: {
                                    readonly type: "boolean";
                                };
                                readonly repeatable: {
                                    readonly type: "boolean";
                                };
                                readonly depth: {
                                    readonly type: "integer";
                                    readonly minimum: 1;
                                    readonly maximum: 6;
                                };
                                readonly bullets: {
                                    readonly type: "boolean";
                                };
                                readonly examples: {
                                    readonly enum: readonly ["required", "optional", "none"];
                                };
                            };
                        };
                    };
                    readonly allowExtraSections: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly description: "Page templates by name.";
        };
        readonly overrides: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["files"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly files: {
                        readonly minItems: 1;
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly template: {
                        readonly type: "string";
                    };
                    readonly ladder: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly description: "Where the ladder keeps its levels and their fields.";
                        readonly properties: {
                            readonly levels: {
                                readonly type: "object";
                                readonly required: readonly ["in"];
                                readonly additionalProperties: false;
                                readonly description: "Where the levels are.";
                                readonly properties: {
                                    readonly in: {
                                        readonly enum: readonly ["page", "heading", "front-matter", "yaml"];
                                        readonly description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.";
                                    };
                                    readonly depth: {
                                        readonly type: "integer";
                                        readonly minimum: 1;
                                        readonly maximum: 6;
                                        readonly description: "heading: the depth of level headings.";
                                    };
                                    readonly pattern: {
                                        readonly type: "string";
                                        readonly description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.";
                                    };
                                    readonly names: {
                                        readonly minItems: 2;
                                        readonly description: "Levels that are words, lowest first: [\"Junior\", \"Mid\", \"Senior\"].";
                                        readonly type: "array";
                                        readonly items: {
                                            readonly type: "string";
                                        };
                                    };
                                    readonly key: {
                                        readonly type: "string";
                                        readonly description: "front-matter: the key whose number orders levels; yaml: the level key.";
                                    };
                                    readonly titleKey: {
                                        readonly type: "string";
                                        readonly description: "front-matter and yaml: the key of the title.";
                                    };
                                    readonly topics: {
                                        readonly type: "string";
                                        readonly description: "yaml: the key of the list of topics.";
                                    };
                                    readonly content: {
                                        readonly type: "string";
                                        readonly description: "yaml: the key of a topic's list of levels.";
                                    };
                                    readonly criteria: {
                                        readonly description: "yaml: the keys of a level's criteria (a.b through lists).";
                                        readonly type: "array";
                                        readonly items: {
                                            readonly type: "string";
                                        };
                                    };
                                    readonly count: {
                                        readonly type: "string";
                                        readonly description: "yaml: the key that declares how many levels there are.";
                                    };
                                };
                            };
                            readonly fields: {
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "object";
                                    readonly required: readonly ["from"];
                                    readonly additionalProperties: false;
                                    readonly properties: {
                                        readonly from: {
                                            readonly enum: readonly ["label-lines", "front-matter", "table", "steps", "pattern"];
                                            readonly description: "Where fields are found besides \"- **Label**: value\" bullets.";
                                        };
                                        readonly keys: {
                                            readonly description: "front-matter: the keys that are fields.";
                                            readonly type: "array";
                                            readonly items: {
                                                readonly type: "string";
                                            };
                                        };
                                        readonly pattern: {
                                            readonly type: "string";
                                            readonly description: "pattern: a regular expression with named groups label (or give label) and value.";
                                        };
                                        readonly label: {
                                            readonly type: "string";
                                            readonly description: "pattern: the label when the pattern has no label group.";
                                        };
                                    };
                                };
                            };
                            readonly tracks: {
                                readonly enum: readonly ["folder", "file"];
                                readonly description: "A track is a folder of level pages or a file of levels.";
                            };
                            readonly template: {
                                readonly type: "string";
                                readonly description: "The template levels are checked against when no override names one.";
                            };
                        };
                    };
                    readonly rules: {
                        readonly type: "object";
                        readonly description: "Rule name → severity, or [severity, options].";
                        readonly additionalProperties: {
                            readonly $comment: "rule-setting";
                            readonly oneOf: readonly [{
                                readonly enum: readonly ["off", "warn", "error"];
                                readonly description: "off, warn or error, as in ESLint and remark-lint";
                            }, {
                                readonly type: "array";
                                readonly prefixItems: readonly [{
                                    readonly enum: readonly ["off", "warn", "error"];
                                    readonly description: "off, warn or error, as in ESLint and remark-lint";
                                }, {
                                    readonly type: "object";
                                    readonly description: "The rule’s options; see its docs page.";
                                }];
                                readonly minItems: 1;
                                readonly maxItems: 2;
                                readonly items: false;
                            }];
                        };
                    };
                };
            };
        };
        readonly tracks: {
            readonly type: "array";
            readonly description: "Tracks other than one per folder; the first that matches a page names its track.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["name"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly files: {
                        readonly description: "Globs of the pages, relative to this file.";
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly title: {
                        readonly type: "string";
                        readonly description: "A regular expression the page title's name matches.";
                    };
                };
            };
        };
        readonly scales: {
            readonly type: "object";
            readonly description: "Scales the progression rule reads metadata values onto, by name.";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["kind"];
                readonly properties: {
                    readonly kind: {
                        readonly enum: readonly ["duration", "ranks", "number"];
                        readonly description: "How values are read.";
                    };
                    readonly noun: {
                        readonly type: "string";
                        readonly description: "What the values measure, for messages.";
                    };
                    readonly direction: {
                        readonly enum: readonly ["up", "down", "any"];
                        readonly description: "How a value may move from a level to the next.";
                    };
                    readonly cycleWeeks: {
                        readonly type: "number";
                        readonly exclusiveMinimum: 0;
                        readonly description: "Length of a planning cycle.";
                    };
                    readonly ranks: {
                        readonly type: "array";
                        readonly description: "Ordered steps, lowest first.";
                        readonly items: {
                            readonly type: "object";
                            readonly additionalProperties: false;
                            readonly required: readonly ["name", "phrases"];
                            readonly properties: {
                                readonly name: {
                                    readonly type: "string";
                                };
                                readonly phrases: {
                                    readonly minItems: 1;
                                    readonly type: "array";
                                    readonly items: {
                                        readonly type: "string";
                                    };
                                };
                                readonly count: {
                                    readonly type: "number";
                                    readonly description: "About how many people this step means.";
                                };
                            };
                        };
                    };
                    readonly ranksFrom: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["file", "heading"];
                        readonly description: "Steps defined in the ladder itself: the list under this heading of this file (relative to the configuration file), each item's bold first words a step, lowest first.";
                        readonly properties: {
                            readonly file: {
                                readonly type: "string";
                            };
                            readonly heading: {
                                readonly type: "string";
                            };
                        };
                    };
                };
            };
        };
        readonly spelling: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly language: {
                    readonly type: "string";
                    readonly description: "en-US (default) or en-GB.";
                };
                readonly words: {
                    readonly description: "Words that are spelled correctly.";
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                };
                readonly ignoreWords: {
                    readonly description: "Words never to check.";
                    readonly type: "array";
                    readonly items: {
                        readonly type: "string";
                    };
                };
                readonly variant: {
                    readonly enum: readonly ["en-US", "en-GB"];
                    readonly description: "American or British spelling for the whole ladder (ladder-mixed-spelling); unset, the majority decides.";
                };
            };
        };
        readonly cache: {
            readonly type: "boolean";
            readonly description: "Keep each page's findings in .ladder-lint-cache between runs (as --cache), so that unchanged pages are not checked again.";
        };
    };
};
/** The parts of the schema that name a type of their own (see types.ts). */
export declare const schemaParts: {
    readonly ruleSetting: {
        readonly $comment: "rule-setting";
        readonly oneOf: readonly [{
            readonly enum: readonly ["off", "warn", "error"];
            readonly description: "off, warn or error, as in ESLint and remark-lint";
        }, {
            readonly type: "array";
            readonly prefixItems: readonly [{
                readonly enum: readonly ["off", "warn", "error"];
                readonly description: "off, warn or error, as in ESLint and remark-lint";
            }, {
                readonly type: "object";
                readonly description: "The rule’s options; see its docs page.";
            }];
            readonly minItems: 1;
            readonly maxItems: 2;
            readonly items: false;
        }];
    };
    readonly field: {
        readonly type: "object";
        readonly required: readonly ["label"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly label: {
                readonly type: "string";
                readonly minLength: 1;
                readonly description: "The canonical label, matched without regard to case.";
            };
            readonly aliases: {
                readonly description: "Other labels that mean this field; pages are asked to use the canonical one.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly acceptAliases: {
                readonly type: "boolean";
                readonly description: "Accept the aliases silently instead of asking for the canonical label.";
            };
            readonly required: {
                readonly type: "boolean";
            };
            readonly scale: {
                readonly type: "string";
                readonly description: "The scale the progression rule reads the value onto.";
            };
        };
    };
    readonly section: {
        readonly type: "object";
        readonly required: readonly ["name"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly name: {
                readonly type: "string";
                readonly minLength: 1;
            };
            readonly pattern: {
                readonly type: "string";
                readonly description: "A regular expression (Unicode) that also matches the heading text.";
            };
            readonly aliases: {
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly emoji: {
                readonly description: "Emoji accepted before the heading text: Unicode or :shortcode:.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly required: {
                readonly type: "boolean";
            };
            readonly repeatable: {
                readonly type: "boolean";
            };
            readonly depth: {
                readonly type: "integer";
                readonly minimum: 1;
                readonly maximum: 6;
            };
            readonly bullets: {
                readonly type: "boolean";
            };
            readonly examples: {
                readonly enum: readonly ["required", "optional", "none"];
            };
        };
    };
    readonly template: {
        readonly type: "object";
        readonly required: readonly ["sections"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly description: {
                readonly type: "string";
            };
            readonly title: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly separator: {
                        readonly enum: readonly [":", "any"];
                    };
                };
            };
            readonly summary: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly required: {
                        readonly type: "boolean";
                    };
                };
            };
            readonly metadata: {
                readonly type: "object";
                readonly required: readonly ["fields"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly fields: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["label"];
                            readonly additionalProperties: false;
                            readonly properties: {
                                readonly label: {
                                    readonly type: "string";
                                    readonly minLength: 1;
                                    readonly description: "The canonical label, matched without regard to case.";
                                };
                                readonly aliases: {
                                    readonly description: "Other labels that mean this field; pages are asked to use the canonical one.";
                                    readonly type: "array";
                                    readonly items: {
                                        readonly type: "string";
                                    };
                                };
                                readonly acceptAliases: {
                                    readonly type: "boolean";
                                    readonly description: "Accept the aliases silently instead of asking for the canonical label.";
                                };
                                readonly required: {
                                    readonly type: "boolean";
                                };
                                readonly scale: {
                                    readonly type: "string";
                                    readonly description: "The scale the progression rule reads the value onto.";
                                };
                            };
                        };
                    };
                    readonly allowExtra: {
                        readonly description: "Labels, or Prefix*, of extra fields a page may have.";
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                };
            };
            readonly sections: {
                readonly type: "array";
                readonly items: {
                    readonly type: "object";
                    readonly required: readonly ["name"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly name: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                        readonly pattern: {
                            readonly type: "string";
                            readonly description: "A regular expression (Unicode) that also matches the heading text.";
                        };
                        readonly aliases: {
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly emoji: {
                            readonly description: "Emoji accepted before the heading text: Unicode or :shortcode:.";
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly required: {
                            readonly type: "boolean";
                        };
                        readonly repeatable: {
                            readonly type: "boolean";
                        };
                        readonly depth: {
                            readonly type: "integer";
                            readonly minimum: 1;
                            readonly maximum: 6;
                        };
                        readonly bullets: {
                            readonly type: "boolean";
                        };
                        readonly examples: {
                            readonly enum: readonly ["required", "optional", "none"];
                        };
                    };
                };
            };
            readonly allowExtraSections: {
                readonly type: "boolean";
            };
        };
    };
    readonly levels: {
        readonly type: "object";
        readonly required: readonly ["in"];
        readonly additionalProperties: false;
        readonly description: "Where the levels are.";
        readonly properties: {
            readonly in: {
                readonly enum: readonly ["page", "heading", "front-matter", "yaml"];
                readonly description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.";
            };
            readonly depth: {
                readonly type: "integer";
                readonly minimum: 1;
                readonly maximum: 6;
                readonly description: "heading: the depth of level headings.";
            };
            readonly pattern: {
                readonly type: "string";
                readonly description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.";
            };
            readonly names: {
                readonly minItems: 2;
                readonly description: "Levels that are words, lowest first: [\"Junior\", \"Mid\", \"Senior\"].";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly key: {
                readonly type: "string";
                readonly description: "front-matter: the key whose number orders levels; yaml: the level key.";
            };
            readonly titleKey: {
                readonly type: "string";
                readonly description: "front-matter and yaml: the key of the title.";
            };
            readonly topics: {
                readonly type: "string";
                readonly description: "yaml: the key of the list of topics.";
            };
            readonly content: {
                readonly type: "string";
                readonly description: "yaml: the key of a topic's list of levels.";
            };
            readonly criteria: {
                readonly description: "yaml: the keys of a level's criteria (a.b through lists).";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly count: {
                readonly type: "string";
                readonly description: "yaml: the key that declares how many levels there are.";
            };
        };
    };
    readonly fieldSource: {
        readonly type: "object";
        readonly required: readonly ["from"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly from: {
                readonly enum: readonly ["label-lines", "front-matter", "table", "steps", "pattern"];
                readonly description: "Where fields are found besides \"- **Label**: value\" bullets.";
            };
            readonly keys: {
                readonly description: "front-matter: the keys that are fields.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly pattern: {
                readonly type: "string";
                readonly description: "pattern: a regular expression with named groups label (or give label) and value.";
            };
            readonly label: {
                readonly type: "string";
                readonly description: "pattern: the label when the pattern has no label group.";
            };
        };
    };
    readonly layout: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly description: "Where the ladder keeps its levels and their fields.";
        readonly properties: {
            readonly levels: {
                readonly type: "object";
                readonly required: readonly ["in"];
                readonly additionalProperties: false;
                readonly description: "Where the levels are.";
                readonly properties: {
                    readonly in: {
                        readonly enum: readonly ["page", "heading", "front-matter", "yaml"];
                        readonly description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.";
                    };
                    readonly depth: {
                        readonly type: "integer";
                        readonly minimum: 1;
                        readonly maximum: 6;
                        readonly description: "heading: the depth of level headings.";
                    };
                    readonly pattern: {
                        readonly type: "string";
                        readonly description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.";
                    };
                    readonly names: {
                        readonly minItems: 2;
                        readonly description: "Levels that are words, lowest first: [\"Junior\", \"Mid\", \"Senior\"].";
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly key: {
                        readonly type: "string";
                        readonly description: "front-matter: the key whose number orders levels; yaml: the level key.";
                    };
                    readonly titleKey: {
                        readonly type: "string";
                        readonly description: "front-matter and yaml: the key of the title.";
                    };
                    readonly topics: {
                        readonly type: "string";
                        readonly description: "yaml: the key of the list of topics.";
                    };
                    readonly content: {
                        readonly type: "string";
                        readonly description: "yaml: the key of a topic's list of levels.";
                    };
                    readonly criteria: {
                        readonly description: "yaml: the keys of a level's criteria (a.b through lists).";
                        readonly type: "array";
                        readonly items: {
                            readonly type: "string";
                        };
                    };
                    readonly count: {
                        readonly type: "string";
                        readonly description: "yaml: the key that declares how many levels there are.";
                    };
                };
            };
            readonly fields: {
                readonly type: "array";
                readonly items: {
                    readonly type: "object";
                    readonly required: readonly ["from"];
                    readonly additionalProperties: false;
                    readonly properties: {
                        readonly from: {
                            readonly enum: readonly ["label-lines", "front-matter", "table", "steps", "pattern"];
                            readonly description: "Where fields are found besides \"- **Label**: value\" bullets.";
                        };
                        readonly keys: {
                            readonly description: "front-matter: the keys that are fields.";
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly pattern: {
                            readonly type: "string";
                            readonly description: "pattern: a regular expression with named groups label (or give label) and value.";
                        };
                        readonly label: {
                            readonly type: "string";
                            readonly description: "pattern: the label when the pattern has no label group.";
                        };
                    };
                };
            };
            readonly tracks: {
                readonly enum: readonly ["folder", "file"];
                readonly description: "A track is a folder of level pages or a file of levels.";
            };
            readonly template: {
                readonly type: "string";
                readonly description: "The template levels are checked against when no override names one.";
            };
        };
    };
    readonly override: {
        readonly type: "object";
        readonly required: readonly ["files"];
        readonly additionalProperties: false;
        readonly properties: {
            readonly files: {
                readonly minItems: 1;
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly template: {
                readonly type: "string";
            };
            readonly ladder: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly description: "Where the ladder keeps its levels and their fields.";
                readonly properties: {
                    readonly levels: {
                        readonly type: "object";
                        readonly required: readonly ["in"];
                        readonly additionalProperties: false;
                        readonly description: "Where the levels are.";
                        readonly properties: {
                            readonly in: {
                                readonly enum: readonly ["page", "heading", "front-matter", "yaml"];
                                readonly description: "page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.";
                            };
                            readonly depth: {
                                readonly type: "integer";
                                readonly minimum: 1;
                                readonly maximum: 6;
                                readonly description: "heading: the depth of level headings.";
                            };
                            readonly pattern: {
                                readonly type: "string";
                                readonly description: "A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.";
                            };
                            readonly names: {
                                readonly minItems: 2;
                                readonly description: "Levels that are words, lowest first: [\"Junior\", \"Mid\", \"Senior\"].";
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                            readonly key: {
                                readonly type: "string";
                                readonly description: "front-matter: the key whose number orders levels; yaml: the level key.";
                            };
                            readonly titleKey: {
                                readonly type: "string";
                                readonly description: "front-matter and yaml: the key of the title.";
                            };
                            readonly topics: {
                                readonly type: "string";
                                readonly description: "yaml: the key of the list of topics.";
                            };
                            readonly content: {
                                readonly type: "string";
                                readonly description: "yaml: the key of a topic's list of levels.";
                            };
                            readonly criteria: {
                                readonly description: "yaml: the keys of a level's criteria (a.b through lists).";
                                readonly type: "array";
                                readonly items: {
                                    readonly type: "string";
                                };
                            };
                            readonly count: {
                                readonly type: "string";
                                readonly description: "yaml: the key that declares how many levels there are.";
                            };
                        };
                    };
                    readonly fields: {
                        readonly type: "array";
                        readonly items: {
                            readonly type: "object";
                            readonly required: readonly ["from"];
                            readonly additionalProperties: false;
                            readonly properties: {
                                readonly from: {
                                    readonly enum: readonly ["label-lines", "front-matter", "table", "steps", "pattern"];
                                    readonly description: "Where fields are found besides \"- **Label**: value\" bullets.";
                                };
                                readonly keys: {
                                    readonly description: "front-matter: the keys that are fields.";
                                    readonly type: "array";
                                    readonly items: {
                                        readonly type: "string";
                                    };
                                };
                                readonly pattern: {
                                    readonly type: "string";
                                    readonly description: "pattern: a regular expression with named groups label (or give label) and value.";
                                };
                                readonly label: {
                                    readonly type: "string";
                                    readonly description: "pattern: the label when the pattern has no label group.";
                                };
                            };
                        };
                    };
                    readonly tracks: {
                        readonly enum: readonly ["folder", "file"];
                        readonly description: "A track is a folder of level pages or a file of levels.";
                    };
                    readonly template: {
                        readonly type: "string";
                        readonly description: "The template levels are checked against when no override names one.";
                    };
                };
            };
            readonly rules: {
                readonly type: "object";
                readonly description: "Rule name → severity, or [severity, options].";
                readonly additionalProperties: {
                    readonly $comment: "rule-setting";
                    readonly oneOf: readonly [{
                        readonly enum: readonly ["off", "warn", "error"];
                        readonly description: "off, warn or error, as in ESLint and remark-lint";
                    }, {
                        readonly type: "array";
                        readonly prefixItems: readonly [{
                            readonly enum: readonly ["off", "warn", "error"];
                            readonly description: "off, warn or error, as in ESLint and remark-lint";
                        }, {
                            readonly type: "object";
                            readonly description: "The rule’s options; see its docs page.";
                        }];
                        readonly minItems: 1;
                        readonly maxItems: 2;
                        readonly items: false;
                    }];
                };
            };
        };
    };
    readonly track: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly required: readonly ["name"];
        readonly properties: {
            readonly name: {
                readonly type: "string";
            };
            readonly files: {
                readonly description: "Globs of the pages, relative to this file.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly title: {
                readonly type: "string";
                readonly description: "A regular expression the page title's name matches.";
            };
        };
    };
    readonly scaleRank: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly required: readonly ["name", "phrases"];
        readonly properties: {
            readonly name: {
                readonly type: "string";
            };
            readonly phrases: {
                readonly minItems: 1;
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly count: {
                readonly type: "number";
                readonly description: "About how many people this step means.";
            };
        };
    };
    readonly scale: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly required: readonly ["kind"];
        readonly properties: {
            readonly kind: {
                readonly enum: readonly ["duration", "ranks", "number"];
                readonly description: "How values are read.";
            };
            readonly noun: {
                readonly type: "string";
                readonly description: "What the values measure, for messages.";
            };
            readonly direction: {
                readonly enum: readonly ["up", "down", "any"];
                readonly description: "How a value may move from a level to the next.";
            };
            readonly cycleWeeks: {
                readonly type: "number";
                readonly exclusiveMinimum: 0;
                readonly description: "Length of a planning cycle.";
            };
            readonly ranks: {
                readonly type: "array";
                readonly description: "Ordered steps, lowest first.";
                readonly items: {
                    readonly type: "object";
                    readonly additionalProperties: false;
                    readonly required: readonly ["name", "phrases"];
                    readonly properties: {
                        readonly name: {
                            readonly type: "string";
                        };
                        readonly phrases: {
                            readonly minItems: 1;
                            readonly type: "array";
                            readonly items: {
                                readonly type: "string";
                            };
                        };
                        readonly count: {
                            readonly type: "number";
                            readonly description: "About how many people this step means.";
                        };
                    };
                };
            };
            readonly ranksFrom: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["file", "heading"];
                readonly description: "Steps defined in the ladder itself: the list under this heading of this file (relative to the configuration file), each item's bold first words a step, lowest first.";
                readonly properties: {
                    readonly file: {
                        readonly type: "string";
                    };
                    readonly heading: {
                        readonly type: "string";
                    };
                };
            };
        };
    };
    readonly spelling: {
        readonly type: "object";
        readonly additionalProperties: false;
        readonly properties: {
            readonly language: {
                readonly type: "string";
                readonly description: "en-US (default) or en-GB.";
            };
            readonly words: {
                readonly description: "Words that are spelled correctly.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly ignoreWords: {
                readonly description: "Words never to check.";
                readonly type: "array";
                readonly items: {
                    readonly type: "string";
                };
            };
            readonly variant: {
                readonly enum: readonly ["en-US", "en-GB"];
                readonly description: "American or British spelling for the whole ladder (ladder-mixed-spelling); unset, the majority decides.";
            };
        };
    };
};
