export declare const ruleList: (import("./define-rule.ts").PageRule | import("./define-rule.ts").TrackRule<Record<string, unknown>>)[];
