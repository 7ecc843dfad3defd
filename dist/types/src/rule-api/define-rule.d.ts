/**
 * The one rule contract. Every rule, page or cross-page, is a definition: its `meta` (id, one-line
 * description, default severity, the JSON Schema of its options, whether it can fix) beside the
 * code that finds problems, as ESLint's `meta` sits beside `create()`. The registry, the default
 * configuration, the configuration schema and the docs index are derived from these definitions.
 */
import type { Root } from 'mdast';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { ResolvedConfig, SeverityLabel } from '../config/types.ts';
import type { LadderPage } from '../model/ladder-page.ts';
import type { TrackRuleContext } from './track-context.ts';
/** Where each rule's docs page lives, for messages, SARIF and the JSON Schema. */
export declare const docsBase = "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/";
/** An object schema of a rule's options; no schema means the rule takes none. */
export type OptionsSchema = JSONSchema & {
    type: 'object';
};
export interface RuleMeta<Schema extends OptionsSchema | undefined = OptionsSchema | undefined> {
    /** `ladder-<what it checks>`: the name in configuration, findings and the docs page's file name. */
    id: string;
    /** One sentence for SARIF, the Action's check run and the docs index; the docs page says the rest. */
    description: string;
    /** The severity the default configuration gives the rule. */
    defaultSeverity: SeverityLabel;
    /** `page`: one page at a time; `track`: the pages of one track; `ladder`: every page of the run. */
    scope: 'page' | 'track' | 'ladder';
    /** Validated when the configuration loads: a wrong option is a configuration error, exit 2. */
    options?: Schema;
    /** True when some of its findings carry a safe fix that `--fix` applies. */
    fixable?: boolean;
}
/** A rule's options as its schema describes them. */
export type OptionsOf<Schema> = Schema extends OptionsSchema ? FromSchema<Schema> : Record<string, never>;
/**
 * Slow work a rule will need (loading dictionaries), started once per run when the rule is on
 * for some page, so that it overlaps with reading and parsing; `folder` is where the run starts.
 */
export type RulePreparation = (config: ResolvedConfig, folder: string) => void;
export interface RuleUrls {
    /** `ladder-lint:<id>`, as remark-lint's `origin`. */
    origin: string;
    url: string;
}
export declare function ruleUrls(id: string): RuleUrls;
type PageCheck<Options> = (tree: Root, file: VFile, options: Options | undefined) => void | Promise<void>;
/**
 * A rule that looks at one page: a unified plugin (so it runs in remark, on its own, in a
 * `.remarkrc`) that carries its definition.
 */
export type PageRule = Plugin<never[], Root> & {
    meta: RuleMeta & RuleUrls & {
        scope: 'page';
    };
    prepare?: RulePreparation;
};
/** A rule that compares pages; the engine runs it after every page rule. */
export interface TrackRule<Options = Record<string, unknown>> {
    meta: RuleMeta & RuleUrls & {
        scope: 'track' | 'ladder';
    };
    /**
     * Runs on each page right after the page rules, while its syntax tree and text are in memory,
     * and keeps what `check` will need: trees are released after that, so that a ladder of tens of
     * thousands of pages fits in memory.
     */
    collect?(page: LadderPage, tree: Root, text: string): unknown;
    check(context: TrackRuleContext<Options>): void | Promise<void>;
    prepare?: RulePreparation;
}
export type Rule = PageRule | TrackRule;
export declare function definePageRule<const Schema extends OptionsSchema | undefined = undefined>(meta: RuleMeta<Schema> & {
    scope: 'page';
}, check: PageCheck<OptionsOf<Schema>>, extras?: {
    prepare?: RulePreparation;
}): PageRule;
export declare function defineTrackRule<const Schema extends OptionsSchema | undefined = undefined>(meta: RuleMeta<Schema> & {
    scope: 'track' | 'ladder';
}, rule: Omit<TrackRule<OptionsOf<Schema>>, 'meta'>): TrackRule;
export declare function isPageRule(rule: Rule): rule is PageRule;
export {};
