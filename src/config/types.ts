export type SeverityLabel = 'off' | 'warn' | 'error';

/** `"warn"`, or `["warn", { ...options }]` as in remark-lint and ESLint. */
export type RuleSetting = SeverityLabel | [SeverityLabel] | [SeverityLabel, Record<string, unknown>];

export interface FieldSpec {
  /** The canonical label, `Planning Horizon`. Labels match without regard to case. */
  label: string;
  /** Other labels that mean this field; the metadata rule asks for the canonical one. */
  aliases?: string[];
  /** Accept the aliases silently instead of asking for the canonical label. */
  acceptAliases?: boolean;
  required?: boolean;
  /** The scale the progression rule reads this field onto. */
  scale?: string;
}

export interface SectionSpec {
  /** The heading text the template expects, `Domain Expertise`. */
  name: string;
  /** A regular expression that also matches the heading text, for families such as `… Success`. */
  pattern?: string;
  /** Other heading texts that stand for this section. */
  aliases?: string[];
  /** Emoji accepted before the heading text, as Unicode or `:shortcode:`. */
  emoji?: string[];
  required?: boolean;
  /** Several headings may match, as the Support pages' `## I …` sections do. */
  repeatable?: boolean;
  depth?: number;
  /** At least one expectation bullet. */
  bullets?: boolean;
  /** An Examples block: `required`, `optional` or `none`. */
  examples?: 'required' | 'optional' | 'none';
}

export interface Template {
  description?: string;
  title?: {
    /** `:` requires `# L4: Name`; `any` also accepts `# L4 Name`. */
    separator?: ':' | 'any';
  };
  summary?: { required?: boolean };
  metadata?: {
    fields: FieldSpec[];
    /** Labels (or `Prefix*`) of fields a page may add. */
    allowExtra?: string[];
  };
  sections: SectionSpec[];
  allowExtraSections?: boolean;
}

export interface Override {
  /** Globs, relative to the configuration file (or the working directory for the built-in default). */
  files: string[];
  template?: string;
  /** Another layout for these files, laid over the configuration's own `ladder`. */
  ladder?: Partial<LayoutSpec>;
  rules?: Record<string, RuleSetting>;
}

/**
 * The way a value may move from one level to the next: `up` (never lower at a higher level, the
 * default), `down` (never higher) or `any` (not compared, only placed).
 */
export type ScaleDirection = 'up' | 'down' | 'any';

/** A named step of a word scale, matched by any of its phrases (case does not matter). */
export interface ScaleRank {
  name: string;
  phrases: string[];
}

/**
 * How a metadata value is read onto an ordered scale.
 * - `duration`: "Current cycle", "Two Quarters", "6-12 months", "3+ years", "~3-year"; cycles are
 *   `cycleWeeks` long.
 * - `ranks`: ordered word steps, lowest first; a value takes the step of the phrase that comes
 *   first in it (the longest on a tie). Counts in parentheses ("Peers (2-5)") are shown, and place a value no phrase matches
 *   when steps give `count`s.
 * - `number`: numbers and ranges such as `5+`, `~50-65%`, `3-5`.
 */
export interface ScaleSpec {
  kind: 'duration' | 'ranks' | 'number';
  /** What the values measure, for messages: "planning horizon". */
  noun?: string;
  direction?: ScaleDirection;
  cycleWeeks?: number;
  ranks?: Array<ScaleRank & { count?: number }>;
  /**
   * Steps defined in the ladder itself: the numbered list under `heading` in `file` (relative to
   * the configuration file), each item's bold first words a step, lowest first.
   */
  ranksFrom?: { file: string; heading: string };
}

export interface SpellingConfig {
  language?: string;
  words?: string[];
  ignoreWords?: string[];
  /**
   * The English the whole ladder is written in, for ladder-mixed-spelling. Unset, the ladder's
   * own majority decides, and a ladder split about evenly is asked to set it.
   */
  variant?: 'en-US' | 'en-GB';
}

/** The spelling settings once defaults are applied: every key but `variant` is set. */
export type ResolvedSpelling = Required<Omit<SpellingConfig, 'variant'>> & Pick<SpellingConfig, 'variant'>;

/**
 * Where a ladder keeps its levels. Each layout is one of the built-in presets (`extends`):
 * - `page`: one page per level; the level is in the file name or the title (`L4-….md`, `# L4: …`).
 * - `heading`: a file per track, each level a heading at `depth` (`## D3 - Developer 3`).
 * - `front-matter`: one page per level; the level's order is a front-matter number (`weight: 101`)
 *   and its name the front-matter title.
 * - `yaml`: the whole track in YAML front matter: topics, each with content per level, each with
 *   criteria (Monzo's progression framework).
 */
export type LevelLocation = 'page' | 'heading' | 'front-matter' | 'yaml';

export interface LevelsSpec {
  in: LevelLocation;
  /** `heading`: the depth of the level headings, 2 for `## D3 - Developer 3`. */
  depth?: number;
  /**
   * A regular expression that finds the level in a file name, title or heading. Named groups:
   * `number` (the level's number, `3` or `1.5`), `roman` (`II`), `label` (how the level is called,
   * `D3`; the whole match without it), `name` (the role, `Developer 3`; what follows without it).
   */
  pattern?: string;
  /** Levels that are words, lowest first: `["Junior", "Mid", "Senior", "Staff", "Principal"]`. */
  names?: string[];
  /** `front-matter`: the key whose number orders the levels (`weight`); `yaml`: the level key. */
  key?: string;
  /** `front-matter` and `yaml`: the key of the title (`title`). */
  titleKey?: string;
  /** `yaml`: the list of topics, each with `name` and the per-level `content` list. */
  topics?: string;
  /** `yaml`: the key of a topic's per-level list. */
  content?: string;
  /** `yaml`: the keys of a level's criteria, `a.b` through lists of objects. */
  criteria?: string[];
  /** `yaml`: the key that declares how many levels the track has (`levels: 6`). */
  count?: string;
}

/**
 * Where a level's fields are, besides the `- **Label**: value` metadata bullets, which are always read:
 * - `label-lines`: `**Label:** value` and `_Label: value_` lines;
 * - `front-matter`: the front matter's `keys` (or every key with a number or short text);
 * - `table`: Markdown or HTML table cells `Label: value`, and rows of two cells, label then value;
 * - `steps`: a bullet whose bold first words are a step of a field's `ranks` scale
 *   (`* **Adopts**: …` is step 1 of the Technology scale);
 * - `pattern`: every line of the level's prose that `pattern` matches, with groups `label` (or the
 *   field's `label`) and `value` (`Years of experience: 5+`, `Scope: ✅ Task` in a YAML criterion).
 */
export interface FieldSourceSpec {
  from: 'label-lines' | 'front-matter' | 'table' | 'steps' | 'pattern';
  keys?: string[];
  pattern?: string;
  label?: string;
}

export interface LayoutSpec {
  levels: LevelsSpec;
  fields?: FieldSourceSpec[];
  /** What a track is: a `folder` of level pages (default) or a `file` of levels. */
  tracks?: 'folder' | 'file';
  /** The template a level is checked against when no override names one (else the best fit). */
  template?: string;
}

export interface LadderLintConfig {
  $schema?: string;
  /** A built-in preset this configuration is laid over: see `presets` (default `page-per-level`). */
  extends?: string;
  /** Where the ladder keeps its levels and their fields, laid over the preset's. */
  ladder?: Partial<LayoutSpec>;
  rules?: Record<string, RuleSetting>;
  ignores?: string[];
  templates?: Record<string, Template>;
  overrides?: Override[];
  spelling?: SpellingConfig;
  /** Scales the progression rule reads metadata onto, by name (fields name them with `scale`). */
  scales?: Record<string, ScaleSpec>;
  /** Tracks other than "one folder, one track": the first that matches a page names its track. */
  tracks?: TrackSpec[];
}

export interface TrackSpec {
  name: string;
  /** Globs of the track's pages, relative to the configuration file. */
  files?: string[];
  /** A regular expression the page title's name matches, such as `Security (Engineer|Analyst)`. */
  title?: string;
}

/** Configuration after merging, with the folder its globs are relative to. */
export interface ResolvedConfig {
  /** The preset the configuration extends. */
  preset: string;
  ladder: LayoutSpec;
  rules: Record<string, RuleSetting>;
  /** Globs of files never to check, each with the folder it is relative to. */
  ignores: Array<{ base: string; pattern: string }>;
  templates: Record<string, Template>;
  overrides: Array<Override & { base: string }>;
  spelling: ResolvedSpelling;
  scales: Record<string, ScaleSpec>;
  tracks: Array<TrackSpec & { base: string }>;
  /** Files the configuration came from, nearest last. */
  sources: string[];
}
