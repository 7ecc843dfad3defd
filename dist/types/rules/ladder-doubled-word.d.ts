import { type OptionsOf } from '../src/rule-api/define-rule.ts';
declare const optionsSchema: {
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly allow: {
            readonly type: "array";
            readonly items: {
                readonly type: "string";
            };
            readonly description: "Words that may be doubled; replaces the default list.";
        };
    };
};
export type DoubledWordOptions = OptionsOf<typeof optionsSchema>;
export declare const defaultAllowedDoubles: string[];
declare const ladderDoubledWord: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderDoubledWord;
