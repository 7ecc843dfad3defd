import type { ResolvedSpelling } from '../config/types.ts';
export interface Misspelling {
    /** Offset in the checked text, in UTF-16 code units. */
    offset: number;
    word: string;
}
export interface SpellChecker {
    check(text: string): Promise<Misspelling[]>;
    /** Up to three corrections, best first; worked out once per word for the whole run. */
    suggest(word: string): string[];
    /** True when the dictionaries in use know the word. */
    knows(word: string): boolean;
}
/**
 * The spell checker for a page: dictionaries are loaded once per distinct configuration and
 * shared by every page that uses it, so only the first page pays for loading them.
 */
export declare function spellCheckerFor(pagePath: string, spelling: ResolvedSpelling): Promise<SpellChecker>;
