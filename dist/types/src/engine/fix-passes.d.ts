import type { LintResult, LintRun } from '../findings/types.ts';
/** As ESLint: fixes that wait on others are applied in passes, and a run stops after this many. */
export declare const maximumFixPasses = 10;
/** A page's text as the engine read it, and whether a byte-order mark came before it. */
export interface OriginalText {
    text: string;
    bom: boolean;
}
/**
 * Applies the fixes of every finding of `first`, checks the pages again with the fixed texts
 * (the cross-page rules see every page's latest text) and repeats while a pass fixed something,
 * at most `maximumFixPasses` times. The run returned is the last check: what remains. Each
 * result whose text changed gets it as `output`. Texts are keyed by the results' file paths.
 */
export declare function fixPasses(first: LintRun, relint: (texts: ReadonlyMap<string, string>) => Promise<LintRun>, readOriginal: (filePath: string) => Promise<OriginalText | undefined>): Promise<LintRun>;
/**
 * A file's text for fixing, or undefined when writing it back could change more than the fixes:
 * its bytes must be exactly what encoding its text again gives (a UTF-16 file with a broken
 * character would not be).
 */
export declare function readForFix(absolutePath: string): Promise<OriginalText | undefined>;
/**
 * Writes each fixed page (`output`, from the `fix` option) back to its file, in the file's own
 * encoding and byte-order mark; everything the fixes did not touch stays byte for byte, line
 * ends included. Paths are relative to `cwd`, as the results give them. A file that cannot be
 * written is listed with the reason, and the others are still written.
 */
export declare function outputFixes(results: readonly LintResult[], cwd: string): Promise<{
    written: string[];
    failed: Array<{
        filePath: string;
        problem: string;
    }>;
}>;
