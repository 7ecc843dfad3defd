import type { LevelsSpec } from '../config/types.ts';
/** UTF-16 offsets into the whole file's text. */
export interface YamlSpan {
    offset: number;
    endOffset: number;
}
export interface YamlCriterion extends YamlSpan {
    text: string;
    /** The `name` of the topic the criterion is listed under. */
    topic: string;
}
export interface YamlLevel {
    level: number;
    offset: number;
    endOffset: number;
    /** The level's criteria in every topic, in file order. */
    criteria: YamlCriterion[];
    /** The topics that describe the level; each span covers the topic's content entry for it. */
    topics: Array<YamlSpan & {
        name: string;
        criteria: YamlCriterion[];
    }>;
}
export interface YamlLadder {
    /** Parser problems, the reason in plain words. */
    errors: Array<YamlSpan & {
        reason: string;
    }>;
    title?: YamlSpan & {
        text: string;
    };
    declaredCount?: YamlSpan & {
        value: number;
    };
    /** One entry per level number, in ascending level order; a level's span covers its first content entry. */
    levels: YamlLevel[];
    /** Every string scalar of the front matter that is prose (contains a space between two words), for the text rules. */
    prose: YamlSpan[];
}
/** The keys of a `yaml` layout: see `LevelsSpec`. */
export interface YamlKeys {
    key: string;
    titleKey: string;
    topics: string;
    content: string;
    criteria: readonly string[];
    count: string;
}
/** The `yaml` layout's keys when the configuration does not name them. */
export declare const defaultYamlLevels: Readonly<YamlKeys>;
/** The offsets of the YAML text between the `---` fences at the top of a page, if it has front matter. */
export declare function frontMatterRange(source: string): {
    start: number;
    end: number;
} | undefined;
export declare function readYamlLadder(source: string, spec?: LevelsSpec): YamlLadder | undefined;
