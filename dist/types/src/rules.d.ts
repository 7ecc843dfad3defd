import type { Plugin } from 'unified';
import type { ResolvedConfig } from './config/types.ts';
import type { TrackRule } from './track-rule.ts';
export type { TrackRule } from './track-rule.ts';
export interface PageRule {
    name: string;
    /** One sentence for SARIF and the Action's check run; the docs page says the rest. */
    description: string;
    plugin: Plugin<never[]>;
    /** Starts slow work the rule will need (loading dictionaries) once the run's configuration is known. */
    prepare?: RulePreparation;
}
/**
 * Called once per run before any page is read, when the rule is on for some page, so that the
 * work overlaps with reading and parsing; `folder` is where the run starts.
 */
export type RulePreparation = (config: ResolvedConfig, folder: string) => void;
/** Every rule that looks at one page at a time. */
export declare const pageRules: PageRule[];
/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export declare const trackRules: TrackRule[];
/** Every rule's name, one-sentence description and docs page, for reporters that list rules. */
export declare const ruleCatalog: ReadonlyArray<{
    name: string;
    description: string;
    url: string;
}>;
export declare const ruleNames: readonly string[];
