import type { Plugin } from 'unified';
import type { TrackRule } from './track-rule.ts';
export type { TrackRule } from './track-rule.ts';
export interface PageRule {
    name: string;
    plugin: Plugin<never[]>;
}
/** Every rule that looks at one page at a time. */
export declare const pageRules: PageRule[];
/** Every rule that compares pages: those of a track, or (scope `ladder`) all of them. */
export declare const trackRules: TrackRule[];
export declare const ruleNames: readonly string[];
