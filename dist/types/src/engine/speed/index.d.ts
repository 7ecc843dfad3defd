/**
 * The speed machinery, in one place, so that the engine reads as a linter: the spelling worker
 * (spelling runs on the other core, see src/text/spelling-service.ts), the heap setting for very
 * large runs (large-run.ts) and the lint cache (cache.ts). The engine, the CLI and the Action take
 * these from here; __tests__/speed.test.ts checks that each still does its job.
 */
import type { ResolvedConfig } from '../../config/types.ts';
import { LintCache } from './cache.ts';
export { boundHeapForLargeRuns, heapFlagsFor, largeRunFiles } from '../large-run.ts';
export { spellingQuestionsAsked, spellingThreadId, startSpellingWorker, stopUnaskedSpellingWorker, } from '../../text/spelling-service.ts';
export { startSpellingEarly } from './early-start.ts';
export { type CachedPage, contentHash, defaultCacheLocation, LintCache, linkedFiles } from './cache.ts';
/** The run's cache at `location`, its entries usable only by a run with the same configuration. */
export declare function openLintCache(location: string, config: ResolvedConfig, cwd: string, warn: (text: string) => void): Promise<LintCache>;
