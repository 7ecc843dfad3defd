import { type SpellingDictionaryCollection } from 'cspell-lib';
export type EnglishVariant = 'en-US' | 'en-GB';
export interface VariantSpelling {
    variant: EnglishVariant;
    /** The American form, which names the pair: "organization" for "organisation". */
    key: string;
}
export interface EnglishVariants {
    /** Whether `word` (lower case) is one side of a British/American pair, and which. */
    classify(word: string): VariantSpelling | undefined;
    /** The lower-case word in the other variant. */
    otherForm(word: string): string | undefined;
}
/** A word that is one side of a pair, with the other side (lower case). */
export interface VariantOfWord extends VariantSpelling {
    otherForm: string;
}
/** For each word (lower case), its side of a British/American pair, or null when it is none. */
export declare function variantsOf(words: readonly string[]): Promise<Array<VariantOfWord | null>>;
/** The American dictionaries and the British-only word list, loaded once per process. */
export declare function englishVariants(): Promise<EnglishVariants>;
/** cspell's dictionaries for plain text in `language` ("en", "en-GB"), as the spell checker loads them. */
export declare function dictionaryFor(language: string): Promise<SpellingDictionaryCollection>;
/**
 * Whether a pair could ever ask about `word` as its British side: a word one of the British
 * patterns or words describes, or one the American patterns write ("centreed" from "centered" is
 * the only form of theirs the British patterns do not also describe).
 */
export declare function mayBeBritishForm(word: string): boolean;
/**
 * The words of `britishWordList` that could be the British side of a pair and that British
 * English has and American English has not: the list scripts/write-derived.ts keeps in
 * british-only-words.ts, so that a run need not load the British dictionary (half a second).
 */
export declare function britishOnlyWords(britishWordList: Iterable<string>, american: SpellingDictionaryCollection, british: SpellingDictionaryCollection): string[];
/**
 * Pairs as the dictionaries decide them: the British form is British English and not American,
 * the American form is American English. `britishOnly` holds every word that could be the
 * British side (mayBeBritishForm) and is British English only.
 */
export declare function variantsFrom(american: SpellingDictionaryCollection, britishOnly: ReadonlySet<string>): {
    classify: (word: string) => VariantSpelling | undefined;
    otherForm: (word: string) => string | undefined;
};
