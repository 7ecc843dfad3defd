/**
 * cspell's list of common English misspellings ("seperate->separate"), read as a plain lookup.
 *
 * cspell-lib turns the list's 95,000 entries into a suggestion dictionary when it loads the English
 * settings, which took 450 ms of every run (a third of its start-up) to serve the few words a
 * ladder misspells. Read here instead, it costs 50 ms, and a hit answers a suggestion at once
 * where the dictionary search takes 20–60 ms a word.
 */
export interface CommonMisspellings {
    /** cspell's names for the lists read, to be left out of its own dictionaries. */
    dictionaryNames: string[];
    /** Words always wrong even though the dictionaries list them ("therefor->therefore"). */
    flagWords: string[];
    corrections(word: string): string[] | undefined;
}
/** The lists, read once per process; undefined when they cannot be read, and cspell loads them itself. */
export declare function commonMisspellings(): Promise<CommonMisspellings | undefined>;
/** cspell settings that leave the lists out of its dictionaries and keep their always-wrong words. */
export declare function withoutCommonMisspellings(misspellings: CommonMisspellings | undefined): {
    dictionaries?: string[];
    flagWords?: string[];
};
