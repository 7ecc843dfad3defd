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
