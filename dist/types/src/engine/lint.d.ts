import { type Processor } from 'unified';
import type { LayoutSpec, ResolvedConfig, RuleSetting } from '../config/types.ts';
import { type PageOutline } from '../model/ladder-page.ts';
import type { Fix, Suggestion } from '../findings/fix.ts';
export interface LintMessage {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /**
     * The text the rule proposes, as reporters append it to the message (" (suggestion: …)"); a
     * replacement, a heading to write, a file name.
     */
    expected?: string[];
    /** A safe fix that `--fix` applies (ESLint's `fix`). */
    fix?: Fix;
    /** Alternatives a person chooses between, never applied by `--fix` (ESLint's `suggestions`). */
    suggestions?: Suggestion[];
    /** Another page this finding is about, such as the lower level a progression finding compares with. */
    related?: {
        filePath: string;
        line: number;
        column: number;
        message: string;
    };
    /** The detail a message leaves out (counts, first uses), for `--format json`. */
    data?: Record<string, unknown>;
    /**
     * What the finding is about (the flagged text, the value), stable across runs and across edits
     * elsewhere in the ladder; SARIF fingerprints are made from it. Not printed by any reporter.
     */
    key?: string;
}
export interface LintResult {
    /** Relative to the working directory, with forward slashes. */
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    /** Errors that mean the file could not be checked at all (unreadable, not found, a crash). */
    fatalErrorCount: number;
    warningCount: number;
    /** Errors and warnings that carry a fix `--fix` can apply. */
    fixableErrorCount: number;
    fixableWarningCount: number;
    /**
     * With the `fix` option, the page's text after every fix, when that differs from the file
     * (with its byte-order mark, as ESLint's `output`); `outputFixes` writes it.
     */
    output?: string;
}
export interface LintRun {
    results: LintResult[];
    /**
     * Every level (a file per track holds several) and every other page that could be parsed, for
     * reporters that show a whole track: their outlines, as the bullets are let go after each
     * page's own rules have run.
     */
    pages: PageOutline[];
    config: ResolvedConfig;
}
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
}
/** Findings that come from the engine itself rather than from a rule. */
export declare const engineRuleIds: {
    readonly unreadable: "file-unreadable";
    readonly missing: "path-not-found";
    readonly empty: "empty-page";
    readonly internal: "internal-error";
    readonly noLevels: "no-levels-found";
};
export declare const engineRuleDescriptions: Record<string, string>;
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
/** The configured track a page belongs to, by glob or by title; undefined keeps its folder. */
export declare function trackFor(page: PageOutline, absolutePath: string, cwd: string, config: ResolvedConfig): string | undefined;
/** One unified processor per rules object (see settingsFor), reused across files. */
export declare function processorFor(rules: Record<string, RuleSetting>): Processor;
/** Lints files and folders as the CLI and the Action do. */
export declare function lintFiles(patterns: readonly string[], options?: LintOptions): Promise<LintRun>;
/** Lints pages given as text, keyed by path: for editors, tests and the rule docs. */
export declare function lintTexts(pages: ReadonlyArray<{
    path: string;
    text: string;
}>, options: LintOptions & {
    config: ResolvedConfig;
}): Promise<LintRun>;
