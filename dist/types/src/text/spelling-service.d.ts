import type { ResolvedSpelling } from '../config/types.ts';
import { type ThreadRequest } from '../engine/speed/index.ts';
import type { VariantOfWord } from './english-variants.ts';
import type { PageMisspellings } from './misspellings.ts';
export type SpellingQuestion = {
    kind: 'misspellings';
    pagePath: string;
    spelling: ResolvedSpelling;
    prose: string;
    limit: number;
} | {
    kind: 'variants';
    words: string[];
} | {
    kind: 'prepare';
    pagePath: string;
    spelling: ResolvedSpelling;
} | {
    kind: 'thread';
};
/** A question as the worker receives it. */
export type SpellingRequest = ThreadRequest<SpellingQuestion>;
/** The misspelled words of a page's prose, with suggestions; see misspellings.ts. */
export declare function misspellingsOf(pagePath: string, spelling: ResolvedSpelling, prose: string, limit: number): Promise<PageMisspellings>;
/** For each lower-case word, its side of a British/American pair, or null. */
export declare function englishVariantsOf(words: string[]): Promise<Array<VariantOfWord | null>>;
/**
 * Starts loading the dictionaries a page in `folder` will need, so that this happens while the
 * pages are read and parsed. Failures surface when a page is checked, with that page.
 */
export declare function prepareSpelling(folder: string, spelling: ResolvedSpelling): void;
/** Starts loading the American and British dictionaries that ladder-mixed-spelling compares. */
export declare function prepareEnglishVariants(): void;
