import { type OptionsOf } from '../src/rule-api/define-rule.ts';
declare const optionsSchema: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly prefer: {
            readonly enum: readonly ["unicode", "shortcode"];
            readonly description: "Require this style everywhere instead of following the ladder's majority.";
        };
    };
};
export type EmojiStyleOptions = OptionsOf<typeof optionsSchema>;
declare const ladderEmojiStyle: import("../src/rule-api/define-rule.ts").TrackRule<Record<string, unknown>>;
export default ladderEmojiStyle;
