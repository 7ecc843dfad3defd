/** Where each rule's docs page lives, for messages, SARIF and the JSON Schema. */
export declare const docsBase = "https://github.com/ladder-lint/ladder-lint/blob/main/docs/rules/";
export declare function ruleMeta(name: string): {
    origin: string;
    url: string;
};
