/**
 * Regular expressions from configuration (level, section, field and track-title patterns) come
 * from the repository being checked, so in the Action from a pull request: a pattern such as
 * `(a+)+$` would make JavaScript's backtracking engine run for minutes on a long title. They run
 * here in RE2 (re2js, pure JavaScript), whose time is linear in the text, whatever the pattern.
 * RE2 has no backreferences or lookaround; such a pattern is refused when the configuration loads.
 * This module is the one place that knows the engine: everything else calls `safePattern`.
 */
/** Where a group matched, in UTF-16 code units of the text, as `RegExp`'s `d` flag gives them. */
export type Span = [start: number, end: number];
export interface SafeMatch {
    /** The whole match. */
    text: string;
    index: number;
    span: Span;
    /** Each named group's text, undefined when the group took no part in the match. */
    groups: Record<string, string | undefined>;
    spans: Record<string, Span | undefined>;
}
export interface SafePattern {
    /** The pattern as the configuration wrote it. */
    readonly source: string;
    test(text: string): boolean;
    /** The first match, or undefined. */
    exec(text: string): SafeMatch | undefined;
}
export interface SafePatternOptions {
    ignoreCase?: boolean;
}
/** Why a pattern cannot run: `problem` is a sentence for the person who wrote it. */
export declare class UnsafePatternError extends Error {
    readonly source: string;
    readonly problem: string;
    constructor(source: string, problem: string);
}
/** Compiles a configured pattern (JavaScript syntax), or throws UnsafePatternError. */
export declare function safePattern(source: string, options?: SafePatternOptions): SafePattern;
/** Why a configured pattern cannot run, or undefined when it can. */
export declare function patternProblem(source: string): string | undefined;
