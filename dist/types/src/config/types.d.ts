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
    summary?: {
        required?: boolean;
    };
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
 * - `ranks`: ordered word steps, lowest first; a value takes the step of its longest matching
 *   phrase. Counts in parentheses ("Peers (2-5)") are shown, and place a value no phrase matches
 *   when steps give `count`s.
 * - `number`: numbers and ranges such as `5+`, `~50-65%`, `3-5`.
 */
export interface ScaleSpec {
    kind: 'duration' | 'ranks' | 'number';
    /** What the values measure, for messages: "planning horizon". */
    noun?: string;
    direction?: ScaleDirection;
    cycleWeeks?: number;
    ranks?: Array<ScaleRank & {
        count?: number;
    }>;
}
export interface SpellingConfig {
    language?: string;
    words?: string[];
    ignoreWords?: string[];
}
export interface LadderLintConfig {
    $schema?: string;
    /** Do not look for configuration files further up. */
    root?: boolean;
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
    rules: Record<string, RuleSetting>;
    /** Globs of files never to check, each with the folder it is relative to. */
    ignores: Array<{
        base: string;
        pattern: string;
    }>;
    templates: Record<string, Template>;
    overrides: Array<Override & {
        base: string;
    }>;
    spelling: Required<SpellingConfig>;
    scales: Record<string, ScaleSpec>;
    tracks: Array<TrackSpec & {
        base: string;
    }>;
    /** Files the configuration came from, nearest last. */
    sources: string[];
}
