import type { LayoutSpec, ResolvedConfig, RuleSetting } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import { type LintMessage, type LintRun } from '../findings/types.ts';
export interface LintOptions {
    cwd?: string;
    /** An explicit configuration file; otherwise one is looked for upward from the first path. */
    configFile?: string;
    /** A configuration already loaded (the library API and tests). */
    config?: ResolvedConfig;
    /** Called once the files to check are known, before any is read: see boundHeapForLargeRuns. */
    onFilesFound?: (count: number) => void;
    /**
     * Apply every safe fix in memory, checking the pages again after each pass (at most 10), as
     * ESLint's `fix`: the results are what remains, and each fixed file's text is its `output`.
     * Nothing is written; `outputFixes` writes the fixed files.
     */
    fix?: boolean;
    /**
     * Keep each page's own findings between runs (see src/engine/speed/cache.ts), as ESLint's and
     * cspell's `cache`: an unchanged page is not read as Markdown again. Also `cache: true` in the
     * configuration. The findings are the same with and without it.
     */
    cache?: boolean;
    /** The cache file; `.ladder-lint-cache` in the working directory unless given. */
    cacheLocation?: string;
    /** Where a warning that does not stop the run goes (a damaged cache file); stderr unless given. */
    onWarning?: (text: string) => void;
}
/** A page after its own turn: what the cross-page rules and the results still need of it. */
export interface FileState {
    /** Relative to the working directory, with forward slashes. */
    path: string;
    /** The levels the file holds, or the one other page it is; none when it could not be parsed. */
    pages?: PageOutline[];
    /** Shared by every page the same overrides apply to, not copied per page. */
    rules: Record<string, RuleSetting>;
    /** What each cross-page rule's `collect` kept of the page; absent when none kept anything. */
    collected?: Map<string, unknown>;
    findings: LintMessage[];
}
/**
 * The rules and template that apply to one file: the base settings, then each matching override.
 * Pages that the same overrides match share one rules object: a copy per page was a tenth of the
 * memory a ladder of 55,000 pages kept.
 */
export declare function settingsFor(absolutePath: string, cwd: string, config: ResolvedConfig): {
    rules: Record<string, RuleSetting>;
    template: string | undefined;
    ladder: LayoutSpec;
};
/** Lints files and folders as the CLI and the Action do. */
export declare function lintFiles(patterns: readonly string[], options?: LintOptions): Promise<LintRun>;
/** Lints pages given as text, keyed by path: for editors, tests and the rule docs. */
export declare function lintTexts(pages: ReadonlyArray<{
    path: string;
    text: string;
}>, options: LintOptions & {
    config: ResolvedConfig;
}): Promise<LintRun>;
