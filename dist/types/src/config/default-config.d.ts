import type { Template } from './types.ts';
export declare const defaultConfig: {
    rules: {
        'ladder-title': "error";
    };
    ignores: never[];
    templates: {
        'individual-contributor': Template;
        support: Template;
        management: Template;
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
