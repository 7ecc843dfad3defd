import type { LadderLintConfig } from '../config/types.ts';
import type { LayoutPlan } from './plan-layout.ts';
import type { WordCount } from './propose-words.ts';
export declare const schemaReference = "./node_modules/ladder-lint/schema.json";
export interface ConfigPlan {
    main: LayoutPlan;
    /** Files, as globs, that another layout reads. */
    overrides: Array<{
        files: string[];
        plan: LayoutPlan;
    }>;
    words: WordCount[];
}
/**
 * The configuration init writes: the preset of the main layout, and only what differs from it —
 * its layout settings, a template for what the levels share, their scales, an override per group
 * of files in another layout, and the words the dictionaries lack.
 */
export declare function buildConfig(plan: ConfigPlan): LadderLintConfig;
