/**
 * The configuration's TypeScript types, derived from its JSON Schema (schema.ts) so that the two
 * cannot drift: a key is added to the schema, with its description, and the type follows.
 */
import type { FromSchema } from 'json-schema-to-ts';
import { type configSchema, type schemaParts } from './schema.ts';
/** `prefixItems` tuples are not read by FromSchema: the rule setting's type is given here. */
type Options = {
    deserialize: [{
        pattern: {
            $comment: 'rule-setting';
        };
        output: RuleSetting;
    }];
};
type Part<Name extends keyof typeof schemaParts> = FromSchema<(typeof schemaParts)[Name], Options>;
export type SeverityLabel = 'off' | 'warn' | 'error';
/** `"warn"`, or `["warn", { ...options }]` as in remark-lint and ESLint. */
export type RuleSetting = SeverityLabel | [SeverityLabel] | [SeverityLabel, Record<string, unknown>];
export type LadderLintConfig = FromSchema<typeof configSchema, Options>;
export type FieldSpec = Part<'field'>;
export type SectionSpec = Part<'section'>;
export type Template = Part<'template'>;
export type LevelsSpec = Part<'levels'>;
export type LevelLocation = LevelsSpec['in'];
export type FieldSourceSpec = Part<'fieldSource'>;
export type LayoutSpec = Part<'layout'> & {
    levels: LevelsSpec;
};
export type Override = Part<'override'>;
export type TrackSpec = Part<'track'>;
export type ScaleRank = Part<'scaleRank'>;
export type ScaleSpec = Part<'scale'>;
export type ScaleDirection = NonNullable<ScaleSpec['direction']>;
export type SpellingConfig = Part<'spelling'>;
/** The spelling settings once defaults are applied: every key but `variant` is set. */
export type ResolvedSpelling = Required<Omit<SpellingConfig, 'variant'>> & Pick<SpellingConfig, 'variant'>;
/** Configuration after merging, with the folder its globs are relative to. */
export interface ResolvedConfig {
    /** The preset the configuration extends. */
    preset: string;
    ladder: LayoutSpec;
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
    spelling: ResolvedSpelling;
    scales: Record<string, ScaleSpec>;
    tracks: Array<TrackSpec & {
        base: string;
    }>;
    /** Files the configuration came from, nearest last. */
    sources: string[];
    /** `cache: true`: keep findings between runs, as --cache. */
    cache?: boolean;
}
export {};
