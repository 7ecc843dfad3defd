/**
 * What a link checker may ask about another page of the run: whether it exists and which anchors
 * it has. Each page is read and parsed at most once per run, and only when a link asks for it.
 */
export interface LinkedPages {
    /** Pages that exist only in memory (lintTexts), so that links to them are not "missing". */
    inMemory(absolutePath: string): boolean;
    /** The page's anchors, or undefined when it is not a Markdown page that can be read. */
    anchorsOf(absolutePath: string): Promise<ReadonlySet<string> | undefined>;
}
/**
 * `roots` are the run's lint roots (real paths, see lintRootFor): a page outside them is never
 * read, so a link to one is checked for existence only, and nothing of it is quoted.
 */
export declare function linkedPages(texts?: ReadonlyMap<string, string>, roots?: readonly string[]): LinkedPages;
