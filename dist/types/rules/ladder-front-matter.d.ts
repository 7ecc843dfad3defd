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
            readonly description: "Criteria that may repeat within a level, such as labels every topic has (\"Criteria for sublevel A\"); a text ending in * allows every criterion that starts with it.";
        };
    };
};
export type FrontMatterOptions = OptionsOf<typeof optionsSchema>;
declare const ladderFrontMatter: import("../src/rule-api/define-rule.ts").PageRule;
export default ladderFrontMatter;
