import type { RuleSetting } from '../config/types.ts';
import { type PageRule, type Rule, type RuleMeta, type TrackRule } from './define-rule.ts';
export declare const allRules: readonly Rule[];
/** Every rule that looks at one page at a time. */
export declare const pageRules: PageRule[];
/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export declare const trackRules: TrackRule[];
export declare const ruleNames: readonly string[];
/** What the configuration loader needs to know of each rule: its id and its options' schema. */
export declare const ruleMetas: readonly RuleMeta[];
/** Every rule's id, one-sentence description and docs page, for reporters that list rules. */
export declare const ruleCatalog: ReadonlyArray<{
    name: string;
    description: string;
    url: string;
}>;
/** The `rules` of the default configuration: each rule at its own default severity. */
export declare function defaultRuleSettings(): Record<string, RuleSetting>;
