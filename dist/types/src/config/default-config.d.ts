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
    spelling: {
        language: string;
        words: never[];
        ignoreWords: never[];
    };
};
