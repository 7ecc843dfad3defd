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
/** The American and British dictionaries, loaded once per process. */
export declare function englishVariants(): Promise<EnglishVariants>;
