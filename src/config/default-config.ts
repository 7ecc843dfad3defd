import type { LadderLintConfig, SectionSpec, Template } from './types.ts';

/**
 * The built-in configuration: it describes the reference ladder (the Octopus Deploy People
 * repository), so that ladder can be checked with no configuration file at all.
 */

const expectationSection = (
  name: string,
  emoji: string[],
  extra: Partial<SectionSpec> = {},
): SectionSpec => ({
  name,
  emoji,
  required: true,
  depth: 2,
  bullets: true,
  examples: 'required',
  ...extra,
});

const individualContributor: Template = {
  description:
    'Engineering and Security Operations levels: metadata bullets and four emoji sections with examples',
  title: { separator: ':' },
  summary: { required: true },
  metadata: {
    fields: [
      { label: 'Planning Horizon', aliases: ['Thinking horizon'], required: true, scale: 'planning-horizon' },
      { label: 'Impact Radius', required: true, scale: 'impact-radius' },
      { label: 'Evaluation', aliases: ['Evaluated by'], required: true, scale: 'evaluation' },
      { label: 'Responsibility and Direction Needed', required: true, scale: 'autonomy' },
    ],
    allowExtra: ['Glossary*'],
  },
  sections: [
    expectationSection('Domain Expertise', ['🦉', ':owl:']),
    expectationSection('Teaching and Mentoring', ['🌱', ':seedling:']),
    expectationSection('Culture and Leadership', ['🧭', ':compass:']),
    expectationSection('Customer Success', ['🏆', ':trophy:'], { pattern: '^(?:[\\p{L}&-]+ ){1,3}Success$' }),
  ],
};

const support: Template = {
  description: 'Support levels: an Impact list, "I …" capability sections and what success looks like',
  title: { separator: ':' },
  summary: { required: true },
  sections: [
    { name: 'Impact', required: true, depth: 2, bullets: true, examples: 'none' },
    {
      name: 'I …',
      pattern: "^I(?:’m|'m)? \\S",
      required: true,
      repeatable: true,
      depth: 2,
      bullets: true,
      examples: 'none',
    },
    { name: 'What success looks like', required: true, depth: 2, bullets: true, examples: 'none' },
  ],
};

const management: Template = {
  description: 'Management levels: three emoji sections, each with an introductory quote',
  // The colon every other level page writes: "# L4: Engineering Manager".
  title: { separator: ':' },
  summary: { required: true },
  sections: [
    expectationSection('Leadership', ['🚩', ':triangular_flag_on_post:'], { examples: 'optional' }),
    expectationSection('Managing Individuals', ['🌳', ':deciduous_tree:'], {
      aliases: ['Talent'],
      examples: 'optional',
    }),
    expectationSection('Managing Teams', ['🐙', ':octopus:'], { aliases: ['Culture'], examples: 'optional' }),
  ],
};

const operations: Template = {
  description: 'The R&D Operations page: metadata bullets and two "… the System" sections with examples',
  title: { separator: ':' },
  summary: { required: true },
  metadata: individualContributor.metadata!,
  sections: [
    expectationSection('Run the System', ['🤹'], { pattern: '^Run the System\\b' }),
    expectationSection('Improve the System', ['👷'], { pattern: '^Improve the System\\b' }),
  ],
};

/** Every rule and its severity, the same in every preset: the two rules that compare pages warn. */
export const defaultConfig = {
  ladder: { levels: { in: 'page' }, tracks: 'folder' },
  ignores: [],
  templates: {
    'individual-contributor': individualContributor,
    support,
    management,
    operations,
  },
  overrides: [
    { files: ['**/Support/**'], template: 'support' },
    { files: ['**/*Management/**'], template: 'management' },
    { files: ['**/rnd-operations.md'], template: 'operations' },
  ],
  scales: {
    'planning-horizon': { kind: 'duration', noun: 'planning horizon', cycleWeeks: 6 },
    'impact-radius': {
      kind: 'ranks',
      noun: 'impact radius',
      ranks: [
        { name: 'self', phrases: ['self', 'myself', 'individual'], count: 1 },
        {
          name: 'self and some teammates',
          phrases: ['self plus', 'some teammates', 'some team mates', 'some team members'],
          count: 2,
        },
        { name: 'peers', phrases: ['peers'], count: 5 },
        { name: 'team', phrases: ['team'], count: 15 },
        { name: 'group', phrases: ['group', 'multiple teams', 'several teams'], count: 40 },
        { name: 'leaders', phrases: ['r&d leaders', 'leaders'], count: 60 },
        {
          name: 'company',
          phrases: ['company', 'r&d +', 'whole organisation', 'whole organization'],
          count: 100,
        },
      ],
    },
    evaluation: {
      kind: 'ranks',
      noun: 'evaluator',
      ranks: [
        { name: 'manager', phrases: ['manager', 'lead'] },
        { name: 'manager or director', phrases: ['manager or director'] },
        { name: 'director', phrases: ['director', 'head of'] },
        { name: 'vp', phrases: ['vp', 'vice president'] },
        { name: 'executive', phrases: ['cto', 'ceo', 'executive', 'c-level'] },
      ],
    },
    autonomy: {
      kind: 'ranks',
      noun: 'autonomy',
      ranks: [
        { name: 'daily supervision', phrases: ['daily supervision', 'daily to weekly'] },
        { name: 'weekly supervision', phrases: ['weekly supervision'] },
        { name: 'vertical slices', phrases: ['vertical slices', 'defined activities', 'well-defined'] },
        { name: 'limited supervision', phrases: ['limited supervision', 'brand new ideas'] },
        { name: 'minimal oversight', phrases: ['minimal oversight', 'minimal supervision'] },
        { name: 'no direction', phrases: ['no direction', 'no supervision', 'high autonomy'] },
      ],
    },
  },
  spelling: {
    language: 'en-US',
    words: [],
    ignoreWords: [],
  },
} satisfies LadderLintConfig;
