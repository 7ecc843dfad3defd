/**
 * The speed machinery, in one place, so that the engine reads as a linter: the thread spelling
 * runs in, on the other core (spelling-thread.ts; src/text/spelling-service.ts says what the
 * questions are and asks them through here), the heap setting for very large runs (large-run.ts),
 * the small copies of what outlives a page's turn (keep-copy.ts) and the lint cache (cache.ts).
 * The engine, the CLI, the Action and the spelling service take these from here only;
 * __tests__/speed.test.ts checks that each still does its job.
 */
import type { ResolvedConfig } from '../../config/types.ts';
import { LintCache } from './cache.ts';
export { boundHeapForLargeRuns, heapFlagsFor, largeRunFiles } from './large-run.ts';
export { keepCopier } from './keep-copy.ts';
export { askSpellingThread, spellingQuestionsAsked, spellingThreadId, spellingWorkerCpu, startSpellingWorker, stopUnaskedSpellingWorker, type ThreadRequest, type ThreadResponse, } from './spelling-thread.ts';
export { startSpellingEarly } from './early-start.ts';
export { type CachedPage, contentHash, defaultCacheLocation, LintCache, linkedFiles, runHash, } from './cache.ts';
/** The run's cache at `location`, its entries usable only by a run with the same configuration. */
export declare function openLintCache(location: string, config: ResolvedConfig, cwd: string, warn: (text: string) => void): Promise<LintCache>;
