export declare const configSchema: {
    readonly $schema: "https://json-schema.org/draft/2020-12/schema";
    readonly $id: "https://github.com/ladder-lint/ladder-lint/blob/main/schema.json";
    readonly title: "ladder-lint configuration";
    readonly type: "object";
    readonly additionalProperties: false;
    readonly properties: {
        readonly $schema: {
            readonly type: "string";
        };
        readonly extends: {
            readonly enum: string[];
            readonly description: "The built-in preset this configuration is laid over (default page-per-level).";
        };
        readonly ladder: {
            type: string;
            additionalProperties: boolean;
            description: string;
            properties: {
                levels: {
                    type: string;
                    required: string[];
                    additionalProperties: boolean;
                    description: string;
                    properties: {
                        in: {
                            enum: string[];
                            description: string;
                        };
                        depth: {
                            type: string;
                            minimum: number;
                            maximum: number;
                            description: string;
                        };
                        pattern: {
                            type: string;
                            description: string;
                        };
                        names: {
                            minItems: number;
                            description: string;
                            type: string;
                            items: {
                                type: string;
                            };
                        };
                        key: {
                            type: string;
                            description: string;
                        };
                        titleKey: {
                            type: string;
                            description: string;
                        };
                        topics: {
                            type: string;
                            description: string;
                        };
                        content: {
                            type: string;
                            description: string;
                        };
                        criteria: {
                            description: string;
                            type: string;
                            items: {
                                type: string;
                            };
                        };
                        count: {
                            type: string;
                            description: string;
                        };
                    };
                };
                fields: {
                    type: string;
                    items: {
                        type: string;
                        required: string[];
                        additionalProperties: boolean;
                        properties: {
                            from: {
                                enum: string[];
                                description: string;
                            };
                            keys: {
                                description: string;
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                            pattern: {
                                type: string;
                                description: string;
                            };
                            label: {
                                type: string;
                                description: string;
                            };
                        };
                    };
                };
                tracks: {
                    enum: string[];
                    description: string;
                };
                template: {
                    type: string;
                    description: string;
                };
            };
        };
        readonly rules: {
            type: string;
            description: string;
            additionalProperties: {
                oneOf: ({
                    enum: string[];
                    description: string;
                } | {
                    type: string;
                    prefixItems: ({
                        enum: string[];
                        description: string;
                    } | {
                        type: string;
                        description: string;
                    })[];
                    minItems: number;
                    maxItems: number;
                    items: boolean;
                })[];
            };
        };
        readonly ignores: {
            readonly description: "Globs of files never to check, relative to this file.";
            readonly type: string;
            readonly items: {
                type: string;
            };
        };
        readonly templates: {
            readonly type: "object";
            readonly additionalProperties: {
                type: string;
                required: string[];
                additionalProperties: boolean;
                properties: {
                    description: {
                        type: string;
                    };
                    title: {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            separator: {
                                enum: string[];
                            };
                        };
                    };
                    summary: {
                        type: string;
                        additionalProperties: boolean;
                        properties: {
                            required: {
                                type: string;
                            };
                        };
                    };
                    metadata: {
                        type: string;
                        required: string[];
                        additionalProperties: boolean;
                        properties: {
                            fields: {
                                type: string;
                                items: {
                                    type: string;
                                    required: string[];
                                    additionalProperties: boolean;
                                    properties: {
                                        label: {
                                            type: string;
                                            minLength: number;
                                            description: string;
                                        };
                                        aliases: {
                                            description: string;
                                            type: string;
                                            items: {
                                                type: string;
                                            };
                                        };
                                        acceptAliases: {
                                            type: string;
                                            description: string;
                                        };
                                        required: {
                                            type: string;
                                        };
                                        scale: {
                                            type: string;
                                            description: string;
                                        };
                                    };
                                };
                            };
                            allowExtra: {
                                description: string;
                                type: string;
                                items: {
                                    type: string;
                                };
                            };
                        };
                    };
                    sections: {
                        type: string;
                        items: {
                            type: string;
                            required: string[];
                            additionalProperties: boolean;
                            properties: {
                                name: {
                                    type: string;
                                    minLength: number;
                                };
                                pattern: {
                                    type: string;
                                    description: string;
                                };
                                aliases: {
                                    type: string;
                                    items: {
                                        type: string;
                                    };
                                };
                                emoji: {
                                    description: string;
                                    type: string;
                                    items: {
                                        type: string;
                                    };
                                };
                                required: {
                                    type: string;
                                };
                                repeatable: {
                                    type: string;
                                };
                                depth: {
                                    type: string;
                                    minimum: number;
                                    maximum: number;
                                };
                                bullets: {
                                    type: string;
                                };
                                examples: {
                                    enum: string[];
                                };
                            };
                        };
                    };
                    allowExtraSections: {
                        type: string;
                    };
                };
            };
            readonly description: "Page templates by name.";
        };
        readonly overrides: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["files"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly files: {
                        readonly minItems: 1;
                        readonly type: string;
                        readonly items: {
                            type: string;
                        };
                    };
                    readonly template: {
                        readonly type: "string";
                    };
                    readonly ladder: {
                        type: string;
                        additionalProperties: boolean;
                        description: string;
                        properties: {
                            levels: {
                                type: string;
                                required: string[];
                                additionalProperties: boolean;
                                description: string;
                                properties: {
                                    in: {
                                        enum: string[];
                                        description: string;
                                    };
                                    depth: {
                                        type: string;
                                        minimum: number;
                                        maximum: number;
                                        description: string;
                                    };
                                    pattern: {
                                        type: string;
                                        description: string;
                                    };
                                    names: {
                                        minItems: number;
                                        description: string;
                                        type: string;
                                        items: {
                                            type: string;
                                        };
                                    };
                                    key: {
                                        type: string;
                                        description: string;
                                    };
                                    titleKey: {
                                        type: string;
                                        description: string;
                                    };
                                    topics: {
                                        type: string;
                                        description: string;
                                    };
                                    content: {
                                        type: string;
                                        description: string;
                                    };
                                    criteria: {
                                        description: string;
                                        type: string;
                                        items: {
                                            type: string;
                                        };
                                    };
                                    count: {
                                        type: string;
                                        description: string;
                                    };
                                };
                            };
                            fields: {
                                type: string;
                                items: {
                                    type: string;
                                    required: string[];
                                    additionalProperties: boolean;
                                    properties: {
                                        from: {
                                            enum: string[];
                                            description: string;
                                        };
                                        keys: {
                                            description: string;
                                            type: string;
                                            items: {
                                                type: string;
                                            };
                                        };
                                        pattern: {
                                            type: string;
                                            description: string;
                                        };
                                        label: {
                                            type: string;
                                            description: string;
                                        };
                                    };
                                };
                            };
                            tracks: {
                                enum: string[];
                                description: string;
                            };
                            template: {
                                type: string;
                                description: string;
                            };
                        };
                    };
                    readonly rules: {
                        type: string;
                        description: string;
                        additionalProperties: {
                            oneOf: ({
                                enum: string[];
                                description: string;
                            } | {
                                type: string;
                                prefixItems: ({
                                    enum: string[];
                                    description: string;
                                } | {
                                    type: string;
                                    description: string;
                                })[];
                                minItems: number;
                                maxItems: number;
                                items: boolean;
                            })[];
                        };
                    };
                };
            };
        };
        readonly tracks: {
            readonly type: "array";
            readonly description: "Tracks other than one per folder; the first that matches a page names its track.";
            readonly items: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["name"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                    };
                    readonly files: {
                        readonly description: "Globs of the pages, relative to this file.";
                        readonly type: string;
                        readonly items: {
                            type: string;
                        };
                    };
                    readonly title: {
                        readonly type: "string";
                        readonly description: "A regular expression the page title's name matches.";
                    };
                };
            };
        };
        readonly scales: {
            readonly type: "object";
            readonly description: "Scales the progression rule reads metadata values onto, by name.";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly required: readonly ["kind"];
                readonly properties: {
                    readonly kind: {
                        readonly enum: readonly ["duration", "ranks", "number"];
                        readonly description: "How values are read.";
                    };
                    readonly noun: {
                        readonly type: "string";
                        readonly description: "What the values measure, for messages.";
                    };
                    readonly direction: {
                        readonly enum: readonly ["up", "down", "any"];
                        readonly description: "How a value may move from a level to the next.";
                    };
                    readonly cycleWeeks: {
                        readonly type: "number";
                        readonly exclusiveMinimum: 0;
                        readonly description: "Length of a planning cycle.";
                    };
                    readonly ranks: {
                        readonly type: "array";
                        readonly description: "Ordered steps, lowest first.";
                        readonly items: {
                            readonly type: "object";
                            readonly additionalProperties: false;
                            readonly required: readonly ["name", "phrases"];
                            readonly properties: {
                                readonly name: {
                                    readonly type: "string";
                                };
                                readonly phrases: {
                                    readonly minItems: 1;
                                    readonly type: string;
                                    readonly items: {
                                        type: string;
                                    };
                                };
                                readonly count: {
                                    readonly type: "number";
                                    readonly description: "About how many people this step means.";
                                };
                            };
                        };
                    };
                    readonly ranksFrom: {
                        readonly type: "object";
                        readonly additionalProperties: false;
                        readonly required: readonly ["file", "heading"];
                        readonly description: "Steps defined in the ladder itself: the list under this heading of this file (relative to the configuration file), each item's bold first words a step, lowest first.";
                        readonly properties: {
                            readonly file: {
                                readonly type: "string";
                            };
                            readonly heading: {
                                readonly type: "string";
                            };
                        };
                    };
                };
            };
        };
        readonly spelling: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly language: {
                    readonly type: "string";
                    readonly description: "en-US (default) or en-GB.";
                };
                readonly words: {
                    readonly description: "Words that are spelled correctly.";
                    readonly type: string;
                    readonly items: {
                        type: string;
                    };
                };
                readonly ignoreWords: {
                    readonly description: "Words never to check.";
                    readonly type: string;
                    readonly items: {
                        type: string;
                    };
                };
            };
        };
    };
};
