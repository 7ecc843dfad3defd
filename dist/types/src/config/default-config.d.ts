import type { Template } from './types.ts';
export declare const defaultConfig: {
    rules: {
        'ladder-title': "error";
        'ladder-summary': "error";
        'ladder-metadata': "error";
        'ladder-sections': "error";
        'ladder-section-content': "error";
        'ladder-lost-list-marker': "error";
        'ladder-placeholder': "error";
        'ladder-links': "error";
        'ladder-spelling': "error";
        'ladder-doubled-word': "error";
        'ladder-mojibake': "error";
        'ladder-mixed-spelling': "warn";
        'ladder-emoji-style': "warn";
        'ladder-track-index': "warn";
        'ladder-track-consistency': "warn";
        'ladder-progression': "error";
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
