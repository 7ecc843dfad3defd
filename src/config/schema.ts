/** The built-in presets, by name; presets.ts holds what each one sets. */
export const presetNames = [
  'page-per-level',
  'headings-per-level',
  'front-matter-pages',
  'yaml-framework',
] as const;

/**
 * The JSON Schema of a ladder-lint configuration file. `schema.json` at the package root is
 * written from this object and every rule's options (`npm run derive`, see rule-schema.ts), and a
 * test keeps the two equal.
 */

const severity = {
  enum: ['off', 'warn', 'error'],
  description: 'off, warn or error, as in ESLint and remark-lint',
} as const;

const ruleSetting = {
  $comment: 'rule-setting',
  oneOf: [
    severity,
    {
      type: 'array',
      prefixItems: [severity, { type: 'object', description: 'The rule’s options; see its docs page.' }],
      minItems: 1,
      maxItems: 2,
      items: false,
    },
  ],
} as const;

const rules = {
  type: 'object',
  description: 'Rule name → severity, or [severity, options].',
  additionalProperties: ruleSetting,
} as const;

const stringList = { type: 'array', items: { type: 'string' } } as const;

const field = {
  type: 'object',
  required: ['label'],
  additionalProperties: false,
  properties: {
    label: {
      type: 'string',
      minLength: 1,
      description: 'The canonical label, matched without regard to case.',
    },
    aliases: {
      ...stringList,
      description: 'Other labels that mean this field; pages are asked to use the canonical one.',
    },
    acceptAliases: {
      type: 'boolean',
      description: 'Accept the aliases silently instead of asking for the canonical label.',
    },
    required: { type: 'boolean' },
    scale: { type: 'string', description: 'The scale the progression rule reads the value onto.' },
  },
} as const;

const section = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    pattern: {
      type: 'string',
      description: 'A regular expression (Unicode) that also matches the heading text.',
    },
    aliases: stringList,
    emoji: { ...stringList, description: 'Emoji accepted before the heading text: Unicode or :shortcode:.' },
    required: { type: 'boolean' },
    repeatable: { type: 'boolean' },
    depth: { type: 'integer', minimum: 1, maximum: 6 },
    bullets: { type: 'boolean' },
    examples: { enum: ['required', 'optional', 'none'] },
  },
} as const;

const template = {
  type: 'object',
  required: ['sections'],
  additionalProperties: false,
  properties: {
    description: { type: 'string' },
    title: {
      type: 'object',
      additionalProperties: false,
      properties: { separator: { enum: [':', 'any'] } },
    },
    summary: {
      type: 'object',
      additionalProperties: false,
      properties: { required: { type: 'boolean' } },
    },
    metadata: {
      type: 'object',
      required: ['fields'],
      additionalProperties: false,
      properties: {
        fields: { type: 'array', items: field },
        allowExtra: { ...stringList, description: 'Labels, or Prefix*, of extra fields a page may have.' },
      },
    },
    sections: { type: 'array', items: section },
    allowExtraSections: { type: 'boolean' },
  },
} as const;

const levels = {
  type: 'object',
  required: ['in'],
  additionalProperties: false,
  description: 'Where the levels are.',
  properties: {
    in: {
      enum: ['page', 'heading', 'front-matter', 'yaml'],
      description:
        'page: a page per level (file name or title); heading: a heading per level in a track file; front-matter: a page per level ordered by a front-matter number; yaml: the ladder in YAML front matter.',
    },
    depth: { type: 'integer', minimum: 1, maximum: 6, description: 'heading: the depth of level headings.' },
    pattern: {
      type: 'string',
      description:
        'A regular expression (Unicode) that finds the level in a file name, title or heading, with named groups number, roman, label and name.',
    },
    names: {
      ...stringList,
      minItems: 2,
      description: 'Levels that are words, lowest first: ["Junior", "Mid", "Senior"].',
    },
    key: {
      type: 'string',
      description: 'front-matter: the key whose number orders levels; yaml: the level key.',
    },
    titleKey: { type: 'string', description: 'front-matter and yaml: the key of the title.' },
    topics: { type: 'string', description: 'yaml: the key of the list of topics.' },
    content: { type: 'string', description: "yaml: the key of a topic's list of levels." },
    criteria: { ...stringList, description: "yaml: the keys of a level's criteria (a.b through lists)." },
    count: { type: 'string', description: 'yaml: the key that declares how many levels there are.' },
  },
} as const;

const fieldSource = {
  type: 'object',
  required: ['from'],
  additionalProperties: false,
  properties: {
    from: {
      enum: ['label-lines', 'front-matter', 'table', 'steps', 'pattern'],
      description: 'Where fields are found besides "- **Label**: value" bullets.',
    },
    keys: { ...stringList, description: 'front-matter: the keys that are fields.' },
    pattern: {
      type: 'string',
      description: 'pattern: a regular expression with named groups label (or give label) and value.',
    },
    label: { type: 'string', description: 'pattern: the label when the pattern has no label group.' },
  },
} as const;

const layout = {
  type: 'object',
  additionalProperties: false,
  description: 'Where the ladder keeps its levels and their fields.',
  properties: {
    levels,
    fields: { type: 'array', items: fieldSource },
    tracks: {
      enum: ['folder', 'file'],
      description: 'A track is a folder of level pages or a file of levels.',
    },
    template: {
      type: 'string',
      description: 'The template levels are checked against when no override names one.',
    },
  },
} as const;

const override = {
  type: 'object',
  required: ['files'],
  additionalProperties: false,
  properties: {
    files: { ...stringList, minItems: 1 },
    template: { type: 'string' },
    ladder: layout,
    rules,
  },
} as const;

const track = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string' },
    files: { ...stringList, description: 'Globs of the pages, relative to this file.' },
    title: { type: 'string', description: "A regular expression the page title's name matches." },
  },
} as const;

const scaleRank = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'phrases'],
  properties: {
    name: { type: 'string' },
    phrases: { ...stringList, minItems: 1 },
    count: { type: 'number', description: 'About how many people this step means.' },
  },
} as const;

const scale = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { enum: ['duration', 'ranks', 'number'], description: 'How values are read.' },
    noun: { type: 'string', description: 'What the values measure, for messages.' },
    direction: {
      enum: ['up', 'down', 'any'],
      description: 'How a value may move from a level to the next.',
    },
    cycleWeeks: { type: 'number', exclusiveMinimum: 0, description: 'Length of a planning cycle.' },
    ranks: { type: 'array', description: 'Ordered steps, lowest first.', items: scaleRank },
    ranksFrom: {
      type: 'object',
      additionalProperties: false,
      required: ['file', 'heading'],
      description:
        "Steps defined in the ladder itself: the list under this heading of this file (relative to the configuration file), each item's bold first words a step, lowest first.",
      properties: { file: { type: 'string' }, heading: { type: 'string' } },
    },
  },
} as const;

const spelling = {
  type: 'object',
  additionalProperties: false,
  properties: {
    language: { type: 'string', description: 'en-US (default) or en-GB.' },
    words: { ...stringList, description: 'Words that are spelled correctly.' },
    ignoreWords: { ...stringList, description: 'Words never to check.' },
    variant: {
      enum: ['en-US', 'en-GB'],
      description:
        'American or British spelling for the whole ladder (ladder-mixed-spelling); unset, the majority decides.',
    },
  },
} as const;

export const configSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/ladder-lint/ladder-lint/blob/main/schema.json',
  title: 'ladder-lint configuration',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    extends: {
      enum: presetNames,
      description: 'The built-in preset this configuration is laid over (default page-per-level).',
    },
    ladder: layout,
    rules,
    ignores: { ...stringList, description: 'Globs of files never to check, relative to this file.' },
    templates: { type: 'object', additionalProperties: template, description: 'Page templates by name.' },
    overrides: { type: 'array', items: override },
    tracks: {
      type: 'array',
      description: 'Tracks other than one per folder; the first that matches a page names its track.',
      items: track,
    },
    scales: {
      type: 'object',
      description: 'Scales the progression rule reads metadata values onto, by name.',
      additionalProperties: scale,
    },
    spelling,
    cache: {
      type: 'boolean',
      description:
        "Keep each page's findings in .ladder-lint-cache between runs (as --cache), so that unchanged pages are not checked again.",
    },
  },
} as const;

/** The parts of the schema that name a type of their own (see types.ts). */
export const schemaParts = {
  ruleSetting,
  field,
  section,
  template,
  levels,
  fieldSource,
  layout,
  override,
  track,
  scaleRank,
  scale,
  spelling,
} as const;
