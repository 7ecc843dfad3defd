/**
 * Fixes as data, in ESLint's shape. A rule attaches them to the vfile message it reports; the
 * engine carries them into the finding and applies them (`ladder-lint --fix`); rules never edit
 * text themselves.
 */
/**
 * Replace the text from `range[0]` up to (not including) `range[1]` with `text`. Offsets index the
 * page's text as ladder-lint read it: a JavaScript string (UTF-16 code units), after any
 * byte-order mark, with the file's own line ends. An insertion has an empty range.
 */
export interface Fix {
    range: [number, number];
    text: string;
}
/**
 * An alternative that a person must choose, or a change that cannot be made by replacing text
 * here (text to add elsewhere, a file to rename): then it has a description and no fix.
 */
export interface Suggestion {
    desc: string;
    fix?: Fix;
}
/** What a finding may carry besides its text: the fields rules set on a vfile message. */
export interface FixableMessage {
    fix?: Fix;
    suggestions?: Suggestion[];
}
declare module 'vfile-message' {
    interface VFileMessage {
        /** A safe fix, applied by `ladder-lint --fix`. */
        fix?: Fix;
        /** Alternatives a person chooses between; never applied by `--fix`. */
        suggestions?: Suggestion[];
    }
}
/**
 * A fix that replaces `range` of `source`, or undefined when the range is not in the text or
 * does not hold `was`: a rule offers a fix only where it is sure what it replaces.
 */
export declare function fixOf(source: string, range: [number, number], text: string, was?: string): Fix | undefined;
/** Gives a vfile message (or a cross-page report's options) its safe fix, when there is one. */
export declare function attachFix(message: FixableMessage, fix: Fix | undefined): void;
/** Adds alternatives a person chooses between; those without a description are dropped. */
export declare function attachSuggestions(message: FixableMessage, suggestions: readonly Suggestion[]): void;
