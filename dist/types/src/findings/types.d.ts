/**
 * What a run finds, in ESLint's shape: each finding, each file's result and the whole run. The
 * engine makes them and the reporters, the CLI and the Action read them; this module sits below
 * all of them and imports none of them, only the types of the pages and the configuration.
 */
import type { ResolvedConfig } from '../config/types.ts';
import type { PageOutline } from '../model/ladder-page.ts';
import type { Fix, Suggestion } from './fix.ts';
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
/** Findings that come from the engine itself rather than from a rule. */
export declare const engineRuleIds: {
    readonly unreadable: "file-unreadable";
    readonly missing: "path-not-found";
    readonly empty: "empty-page";
    readonly internal: "internal-error";
    readonly noLevels: "no-levels-found";
};
/** A finding on a page's first line, from the engine rather than a rule. */
export declare function engineFinding(ruleId: string, message: string): LintMessage;
export declare const engineRuleDescriptions: Record<string, string>;
