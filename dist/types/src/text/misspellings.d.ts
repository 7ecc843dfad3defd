/**
 * The misspelled words of a page's prose, as the ladder-spelling rule reports them. This runs
 * beside the dictionaries (in the spelling worker), so that the rule gets its answer in one trip.
 */
import type { ResolvedSpelling } from '../config/types.ts';
export interface FoundMisspelling {
    /** Offset in the prose, in UTF-16 code units. */
    offset: number;
    word: string;
    /** Best first; at most three. */
    suggestions: string[];
}
export interface PageMisspellings {
    misspellings: FoundMisspelling[];
    /** Misspellings past the limit: how many, and where the first of them is. */
    more?: {
        count: number;
        offset: number;
    };
}
/**
 * Different words per page that get suggestions: a search is tens of milliseconds, and a page of
 * fifty unknown names took seconds. Which words these are depends on the page alone.
 */
export declare const suggestedWordsPerPage = 10;
/**
 * Up to `limit` misspellings of `prose` with their suggestions: suggestions cost a dictionary
 * search each, so a page in another language stops at the limit with a count of the rest, and
 * gets no suggestions: it is more likely written in another language than full of typos, and the
 * English dictionary's guesses for its words would only be noise (ten searches for made-up words
 * took half a second).
 */
export declare function findMisspellings(pagePath: string, spelling: ResolvedSpelling, prose: string, limit: number): Promise<PageMisspellings>;
