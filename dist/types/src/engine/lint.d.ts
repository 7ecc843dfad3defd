import type { ResolvedConfig } from '../config/types.ts';
import { type PageOutline } from '../model/ladder-page.ts';
export interface LintMessage {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    suggestions?: string[];
    /** Another page this finding is about, such as the lower level a progression finding compares with. */
    related?: {
        filePath: string;
        line: number;
        column: number;
        message: string;
    };
}
export interface LintResult {
    /** Relative to the working directory, with forward slashes. */
    filePath: string;
    messages: LintMessage[];
    errorCount: number;
    warningCount: number;
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
/** Lints files and folders as the CLI and the Action do. */
export declare function lintFiles(patterns: readonly string[], options?: LintOptions): Promise<LintRun>;
/** Lints pages given as text, keyed by path: for editors, tests and the rule docs. */
export declare function lintTexts(pages: ReadonlyArray<{
    path: string;
    text: string;
}>, options: LintOptions & {
    config: ResolvedConfig;
}): Promise<LintRun>;
