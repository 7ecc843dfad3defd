import { type OptionsOf } from '../src/rule-api/define-rule.ts';
declare const optionsSchema: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly prefer: {
            readonly enum: readonly ["en-US", "en-GB"];
            readonly description: "Require this variant everywhere instead of following the ladder's majority.";
        };
    };
};
export type MixedSpellingOptions = OptionsOf<typeof optionsSchema>;
declare const ladderMixedSpelling: import("../src/rule-api/define-rule.ts").TrackRule<Record<string, unknown>>;
export default ladderMixedSpelling;
