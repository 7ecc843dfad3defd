import { type Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ResolvedConfig, RuleSetting } from '../config/types.ts';
import type { FileState, settingsFor } from './lint.ts';
import { type LinkedPages } from './linked-pages.ts';
import { keepCopier, type LintCache } from './speed/index.ts';
/** What checking the pages of one run shares. */
export interface PageRun {
    config: ResolvedConfig;
    linked: LinkedPages;
    keep: ReturnType<typeof keepCopier>;
    /** With the cache on: each readable page's content hash, and where to keep this turn's findings. */
    cache?: {
        cache: LintCache;
        hashes: ReadonlyMap<string, string>;
    };
}
/**
 * A run's page checking: `texts` are the pages' texts by absolute path where they are not the
 * files' (fixed in memory, or given as text), `roots` the run's lint roots (see linkedPages).
 */
export declare function pageRun(config: ResolvedConfig, texts: ReadonlyMap<string, string>, roots: readonly string[], cache?: PageRun['cache']): PageRun;
/** One unified processor per rules object (see settingsFor), reused across files. */
export declare function processorFor(rules: Record<string, RuleSetting>): Processor;
/** Cross-page rules see every page of a track together, or every page of the run. */
export declare function runTrackRules(states: FileState[], config: ResolvedConfig): Promise<void>;
/**
 * Parses a page once, builds its model and context, and runs the page rules on it; `settings`
 * are settingsFor the page (lint.ts), which has also set aside a page too large to parse.
 */
export declare function lintOne(file: VFile, absolutePath: string, { rules, template, ladder }: ReturnType<typeof settingsFor>, run: PageRun): Promise<FileState>;
/** Lets each rule that is on for some page start its slow work (see PageRule.prepare). */
export declare function prepareRules(config: ResolvedConfig, start: string): void;
