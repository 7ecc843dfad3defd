import type { ScannedFile } from './scan-folder.ts';
export interface WordCount {
    word: string;
    count: number;
}
export interface ProposedWords {
    /** Names the ladder uses that the dictionaries do not know, most used first. */
    proposed: WordCount[];
    /** Unknown words used once or twice, in lower case or only at the start of a sentence: more likely typos than names. */
    left: WordCount[];
}
/**
 * Runs the spell checker over every page's prose, as ladder-spelling does, and proposes for
 * `spelling.words` the unknown words that are capitalised wherever they appear, and within a
 * sentence at least once (names of the company and its products), or that appear at least three
 * times.
 */
export declare function proposeWords(folder: string, files: ScannedFile[]): Promise<ProposedWords>;
