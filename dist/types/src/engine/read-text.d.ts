/** Pages larger than this are reported rather than parsed: no ladder page comes close. */
export declare const maximumPageBytes: number;
export type ReadResult = {
    ok: true;
    text: string;
    /** The text began with a byte-order mark, dropped from `text`. */
    bom?: boolean;
} | {
    ok: false;
    problem: string;
};
export declare const outsideRootProblem = "This is a symbolic link to a file outside the folder being checked, so it was not read. Copy the page into the folder, or delete the link.";
export declare const notRegularProblem = "This is not a regular file (it is a named pipe, a device or a socket), so it was not read. Delete it, or add it to .ladderlintignore.";
/** Whether `path` is `root` or inside it; both are real paths (symbolic links resolved). */
export declare function isInside(path: string, root: string): boolean;
/**
 * The lint root of a path given to ladder-lint: the Git repository that holds it (the nearest
 * folder up from `start` with a `.git`); outside any repository, the working directory `cwd` when
 * `start` is in it, or else `start` itself (the folder named, a named file's folder, or a glob's
 * fixed part). Nothing whose real path is outside it is read: a symbolic link in a pull request
 * must not make the Action publish what it points at. Returned as a real path, to compare real
 * paths with.
 */
export declare function lintRootFor(start: string, cwd?: string): string;
/**
 * A page's text as the rules read it: without a leading byte-order mark (which would shift every
 * column of the first line), and with old Mac line ends (a CR alone) as LF, one character for
 * one, so that every offset stays where it was. CRLF is left alone.
 */
export declare function pageText(text: string): string;
/**
 * Reads a page as text. Anything that is not a readable UTF-8 (or UTF-16 with a byte-order mark)
 * text file becomes a problem to report for that file, so the rest of the run goes on. Given
 * `roots` (real paths), a file whose real path is outside them all is not opened at all: a
 * symbolic link in a pull request must not make the Action publish what it points at. A named pipe or a device
 * is not opened either (reading one blocks, or never ends), and the file is read through the one
 * handle that was checked, so it cannot be swapped for one between the check and the read.
 * `path` may be bytes, for a name that is not valid UTF-8.
 */
export declare function readText(path: string | Buffer, roots?: string | readonly string[]): Promise<ReadResult>;
/** How a page's bytes were written, so that `--fix` writes its text back the same way. */
export interface TextEncoding {
    encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
    /** The file starts with a byte-order mark, which is not part of the text rules see. */
    bom: boolean;
}
export type DecodeResult = ({
    ok: true;
    text: string;
} & TextEncoding) | {
    ok: false;
    problem: string;
};
/** A page's bytes as the text rules see (without a byte-order mark), or why they are not text. */
export declare function decodeText(bytes: Uint8Array): DecodeResult;
/** The bytes of a page's text written as `decodeText` read it: the same encoding, the same byte-order mark. */
export declare function encodeText(text: string, { encoding, bom }: TextEncoding): Uint8Array;
/** No ladder page comes near these; past them Markdown parsing can take minutes (it is quadratic on some input). */
export declare const maximumLineLength = 5000;
export declare const maximumMarkupCharacters = 20000;
/**
 * How many Markdown elements a page may hold for its size. The parser spends a tenth of a
 * millisecond or more on each list item, heading, paragraph, table cell and link, however short:
 * 100 KB of bullets "- a" took 2.8 s to parse, 4 s to check. Counted as the page's lines with text,
 * its `|` and its `* _ ~ [ ]`, a page may hold this many per character (or per character of 100 KB,
 * for smaller pages): 4,000 in 100 KB, under a second. The real ladders seen hold at most
 * 460 (jorgef's README, 9 KB).
 */
export declare const maximumElementsPerCharacter = 0.04;
/** Why a page that was read is still not fit to parse, or undefined when it is. */
export declare function unparseableReason(text: string): string | undefined;
/**
 * No ladder page indents or nests lists and quotes anywhere near this deep. Past it the Markdown
 * parser's time grows with the depth on every line (`- ` 2,000 times on one 4 KB line: seconds),
 * and a tree that deep overflows the stack of any rule that walks it.
 */
export declare const maximumNestingPrefix = 100;
/**
 * How much nesting a page may hold for its size. Each time a list item that holds a nested list
 * or quote is followed by the next item, the Markdown parser (micromark's document tokenizer)
 * rewrites every event read so far, so its time grows with the sum of the offsets of such lines
 * (counted twice for a quote in an item, `- > a`): `- a` / `  - b` repeated took 9 s for 40 KB,
 * `- > a` 17 s. The sum may be this many times the page's length (or 100 KB, for smaller pages),
 * about a second of parsing; the most nested real pages seen (Monzo's progression framework)
 * reach about 90.
 */
export declare const maximumNestingWork = 150;
/**
 * How long the runs of lines that may be one paragraph can be, for the page's size. Some of the
 * Markdown parser's (micromark's) work on a paragraph grows with its length times the number of
 * its lines and of its `* _ ~ [ ]`:
 * - it reads the text in pieces, then joins them line by line, each join moving every piece after
 *   it (`resolveAllText`): 120 KB of lines "a!" took 35 s;
 * - each `*` or `_` that can only close emphasis looks back through the whole paragraph for one
 *   that opens it, and each `]` for its `[`: 50 KB of "a* " in one paragraph took 7 s.
 *
 * A paragraph ends only at a blank line, a heading or a bullet from the first four columns, so
 * the lines between two of those may be one paragraph (or a table, or a list without bullets:
 * from the source alone there is no telling). The sum over such runs of (lines + `* _ ~ [ ]`) ×
 * characters may be this many times the page's length (or 100 KB, for smaller pages), at most
 * about 0.3 s of that work; the real ladders seen reach about 13 (Monzo's web.md).
 */
export declare const maximumRunWork = 300;
/**
 * Whether the file on disk starts with a byte-order mark: while `--fix` re-checks its own fixed
 * text, which has none, the file it came from (and will be written back to) still has it.
 */
export declare function startsWithByteOrderMark(path: string): boolean;
