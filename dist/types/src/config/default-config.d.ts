import type { Template } from './types.ts';
/** Every rule and its severity, the same in every preset: the two rules that compare pages warn. */
export declare const defaultRules: {
    readonly 'ladder-title': "error";
    readonly 'ladder-summary': "error";
    readonly 'ladder-metadata': "error";
    readonly 'ladder-sections': "error";
    readonly 'ladder-section-content': "error";
    readonly 'ladder-level-order': "error";
    readonly 'ladder-lost-list-marker': "error";
    readonly 'ladder-placeholder': "error";
    readonly 'ladder-links': "error";
    readonly 'ladder-spelling': "error";
    readonly 'ladder-doubled-word': "error";
    readonly 'ladder-mojibake': "error";
    readonly 'ladder-front-matter': "error";
    readonly 'ladder-mixed-spelling': "warn";
    readonly 'ladder-emoji-style': "warn";
    readonly 'ladder-track-index': "warn";
    readonly 'ladder-track-consistency': "warn";
    readonly 'ladder-progression': "error";
};
export declare const defaultConfig: {
    ladder: {
        levels: {
            in: "page";
        };
        tracks: "folder";
    };
    rules: {
        readonly 'ladder-title': "error";
        readonly 'ladder-summary': "error";
        readonly 'ladder-metadata': "error";
        readonly 'ladder-sections': "error";
        readonly 'ladder-section-content': "error";
        readonly 'ladder-level-order': "error";
        readonly 'ladder-lost-list-marker': "error";
        readonly 'ladder-placeholder': "error";
        readonly 'ladder-links': "error";
        readonly 'ladder-spelling': "error";
        readonly 'ladder-doubled-word': "error";
        readonly 'ladder-mojibake': "error";
        readonly 'ladder-front-matter': "error";
        readonly 'ladder-mixed-spelling': "warn";
        readonly 'ladder-emoji-style': "warn";
        readonly 'ladder-track-index': "warn";
        readonly 'ladder-track-consistency': "warn";
        readonly 'ladder-progression': "error";
    };
    ignores: never[];
    templates: {
        'individual-contributor': Template;
        support: Template;
        management: Template;
        operations: Template;
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
