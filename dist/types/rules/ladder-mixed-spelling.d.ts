import { type OptionsOf } from '../src/rule-api/define-rule.ts';
declare const optionsSchema: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly prefer: {
            readonly enum: readonly ["en-US", "en-GB"];
            readonly description: "Deprecated: spelling.variant in the configuration says the same for every rule; this still works.";
        };
    };
};
export type MixedSpellingOptions = OptionsOf<typeof optionsSchema>;
/**
 * Without a configured variant, the ladder's majority decides only when it is clear: at least two
 * words in three of one variant. Below that the ladder is "split" and is asked to choose.
 */
export declare const clearMajority: number;
declare const ladderMixedSpelling: import("../src/rule-api/define-rule.ts").TrackRule<Record<string, unknown>>;
export default ladderMixedSpelling;
