/** Every rule and its severity, the same in every preset: the two rules that compare pages warn. */
export declare const defaultConfig: {
    ladder: {
        levels: {
            in: "page";
        };
        tracks: "folder";
    };
    ignores: never[];
    templates: {
        'individual-contributor': {
            title?: {
                separator?: ":" | "any" | undefined;
            } | undefined;
            description?: string | undefined;
            summary?: {
                required?: boolean | undefined;
            } | undefined;
            metadata?: {
                allowExtra?: string[] | undefined;
                fields: {
                    required?: boolean | undefined;
                    scale?: string | undefined;
                    aliases?: string[] | undefined;
                    acceptAliases?: boolean | undefined;
                    label: string;
                }[];
            } | undefined;
            allowExtraSections?: boolean | undefined;
            sections: {
                required?: boolean | undefined;
                pattern?: string | undefined;
                examples?: "required" | "optional" | "none" | undefined;
                aliases?: string[] | undefined;
                emoji?: string[] | undefined;
                repeatable?: boolean | undefined;
                depth?: number | undefined;
                bullets?: boolean | undefined;
                name: string;
            }[];
        };
        support: {
            title?: {
                separator?: ":" | "any" | undefined;
            } | undefined;
            description?: string | undefined;
            summary?: {
                required?: boolean | undefined;
            } | undefined;
            metadata?: {
                allowExtra?: string[] | undefined;
                fields: {
                    required?: boolean | undefined;
                    scale?: string | undefined;
                    aliases?: string[] | undefined;
                    acceptAliases?: boolean | undefined;
                    label: string;
                }[];
            } | undefined;
            allowExtraSections?: boolean | undefined;
            sections: {
                required?: boolean | undefined;
                pattern?: string | undefined;
                examples?: "required" | "optional" | "none" | undefined;
                aliases?: string[] | undefined;
                emoji?: string[] | undefined;
                repeatable?: boolean | undefined;
                depth?: number | undefined;
                bullets?: boolean | undefined;
                name: string;
            }[];
        };
        management: {
            title?: {
                separator?: ":" | "any" | undefined;
            } | undefined;
            description?: string | undefined;
            summary?: {
                required?: boolean | undefined;
            } | undefined;
            metadata?: {
                allowExtra?: string[] | undefined;
                fields: {
                    required?: boolean | undefined;
                    scale?: string | undefined;
                    aliases?: string[] | undefined;
                    acceptAliases?: boolean | undefined;
                    label: string;
                }[];
            } | undefined;
            allowExtraSections?: boolean | undefined;
            sections: {
                required?: boolean | undefined;
                pattern?: string | undefined;
                examples?: "required" | "optional" | "none" | undefined;
                aliases?: string[] | undefined;
                emoji?: string[] | undefined;
                repeatable?: boolean | undefined;
                depth?: number | undefined;
                bullets?: boolean | undefined;
                name: string;
            }[];
        };
        operations: {
            title?: {
                separator?: ":" | "any" | undefined;
            } | undefined;
            description?: string | undefined;
            summary?: {
                required?: boolean | undefined;
            } | undefined;
            metadata?: {
                allowExtra?: string[] | undefined;
                fields: {
                    required?: boolean | undefined;
                    scale?: string | undefined;
                    aliases?: string[] | undefined;
                    acceptAliases?: boolean | undefined;
                    label: string;
                }[];
            } | undefined;
            allowExtraSections?: boolean | undefined;
            sections: {
                required?: boolean | undefined;
                pattern?: string | undefined;
                examples?: "required" | "optional" | "none" | undefined;
                aliases?: string[] | undefined;
                emoji?: string[] | undefined;
                repeatable?: boolean | undefined;
                depth?: number | undefined;
                bullets?: boolean | undefined;
                name: string;
            }[];
        };
    };
    overrides: {
        files: string[];
        template: string;
    }[];
    scales: {
        'planning-horizon': {
            kind: "duration";
            noun: string;
            cycleWeeks: number;
        };
        'impact-radius': {
            kind: "ranks";
            noun: string;
            ranks: {
                name: string;
                phrases: string[];
                count: number;
            }[];
        };
        evaluation: {
            kind: "ranks";
            noun: string;
            ranks: {
                name: string;
                phrases: string[];
            }[];
        };
        autonomy: {
            kind: "ranks";
            noun: string;
            ranks: {
                name: string;
                phrases: string[];
            }[];
        };
    };
    spelling: {
        language: string;
        words: never[];
        ignoreWords: never[];
    };
};
