export type EnglishVariant = 'en-US' | 'en-GB';
export interface VariantSpelling {
    variant: EnglishVariant;
    /** The American form, which names the pair: "organization" for "organisation". */
    key: string;
}
export interface EnglishVariants {
    /** Whether `word` (lower case) is one side of a British/American pair, and which. */
    classify(word: string): VariantSpelling | undefined;
    /** The word in the other variant, keeping its capitals. */
    counterpart(word: string): string | undefined;
}
/** The American and British dictionaries, loaded once per process. */
export declare function englishVariants(): Promise<EnglishVariants>;
