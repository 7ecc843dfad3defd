import type { ResolvedSpelling } from '../config/types.ts';
import type { VariantOfWord } from './english-variants.ts';
import type { PageMisspellings } from './misspellings.ts';
type SpellingQuestion = {
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
export type SpellingRequest = SpellingQuestion & {
    id: number;
};
export type SpellingResponse = {
    id: number;
    /** The worker thread's CPU time so far, in microseconds, when it answered. */
    cpu?: number;
} & ({
    ok: true;
    value: unknown;
} | {
    ok: false;
    message: string;
});
/**
 * CPU time (microseconds) the spelling worker has spent, as of its latest answer: with the
 * thread's own time (process.threadCpuUsage) it gives one page's time when several threads of
 * the process lint at once (npm run fuzz), which process.cpuUsage cannot.
 */
export declare function spellingWorkerCpu(): number;
/**
 * Starts the worker without asking it anything, so that it imports cspell-lib while the caller
 * is still loading its own modules; it stays idle (and does not keep the process alive) until asked.
 */
export declare function startSpellingWorker(): void;
/**
 * Stops a worker that startSpellingWorker started and nothing has asked for since: a run whose
 * configuration turns spelling off then does not pay for it at exit.
 */
export declare function stopUnaskedSpellingWorker(): void;
/** How many questions the spelling worker has been asked in this process (0: the dictionaries never loaded). */
export declare function spellingQuestionsAsked(): number;
/** The thread that answers spelling questions (0 would be the main thread): see speed.test.ts. */
export declare function spellingThreadId(): Promise<number>;
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
export {};
