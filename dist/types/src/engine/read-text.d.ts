/** Pages larger than this are reported rather than parsed: no ladder page comes close. */
export declare const maximumPageBytes: number;
export type ReadResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    problem: string;
};
/**
 * Reads a page as text. Anything that is not a readable UTF-8 (or UTF-16 with a byte-order mark)
 * text file becomes a problem to report for that file, so the rest of the run goes on.
 */
export declare function readText(path: string): Promise<ReadResult>;
/** No ladder page comes near these; past them Markdown parsing can take minutes (it is quadratic on some input). */
export declare const maximumLineLength = 5000;
export declare const maximumMarkupCharacters = 20000;
/** Why a page that was read is still not fit to parse, or undefined when it is. */
export declare function unparseableReason(text: string): string | undefined;
