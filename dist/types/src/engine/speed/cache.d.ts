import type { Root } from 'mdast';
/** Where the cache is kept when no location is given, relative to the working directory. */
export declare const defaultCacheLocation = ".ladder-lint-cache";
/** What one page's own turn leaves for the rest of the run: see FileState in lint.ts. */
export interface CachedPage {
    path: string;
    pages?: unknown[];
    collected?: Map<string, unknown>;
    findings: unknown[];
}
/** A page's text (and whether it starts with a byte-order mark) as its cache key. */
export declare function contentHash(text: string, bom: boolean): string;
/** A hash of plain data, the same for the same data whatever the order of its keys. */
export declare function runHash(value: unknown): string;
/**
 * What every entry of a cache depends on: ladder-lint's version, Node's, the dictionaries (the
 * exact cspell-lib and misspellings list pinned in package.json; the spelling settings are in
 * the configuration), the working directory (findings name paths relative to it) and the
 * resolved configuration.
 */
export declare function runKeyOf(config: unknown, cwd: string): string;
/**
 * The files a page's findings depend on besides its own text: what its links point to (whether
 * they exist, and their headings), or undefined when a link's target cannot be told for sure
 * (a path from the root, "/…"), and the page is then not cached.
 */
export declare function linkedFiles(tree: Root, pagePath: string): string[] | undefined;
/** The lint cache of one run: see the module's comment. */
export declare class LintCache {
    private readonly seen;
    private readonly fingerprints;
    private readonly folderSettings;
    private changed;
    private run;
    private runChanged;
    readonly location: string;
    private readonly runKey;
    private readonly stored;
    private constructor();
    /**
     * Reads the cache at `location`. A file that is not a ladder-lint cache, or is damaged, is set
     * aside with one warning (it is overwritten at the end of the run); one made for another
     * version or configuration is set aside silently, as its entries no longer apply.
     */
    static open(location: string, runKey: string, warn: (text: string) => void): Promise<LintCache>;
    private fingerprint;
    /** The cspell settings files in a folder and every folder above it, as one fingerprint. */
    private cspellSettingsAbove;
    /** The page as it was kept, when its text and every file it depends on are as they were. */
    lookup(absolutePath: string, hash: string): Promise<CachedPage | undefined>;
    /**
     * Keeps a page's own findings, outlines and collected values. `linked` is what linkedFiles
     * returned; undefined keeps nothing. Serialized at once: the run goes on to add the cross-page
     * findings to the same objects.
     */
    store(absolutePath: string, hash: string, page: CachedPage, linked: string[] | undefined): Promise<void>;
    /**
     * What the cross-page rules added to each of `states` states when the last run's were the
     * same (`key`, see RunEntry), or undefined. Only for a run whose every page was a hit.
     */
    lookupRun(key: string, states: number): unknown[][] | undefined;
    /** Keeps what the cross-page rules added to each state of this run; serialized at once. */
    storeRun(key: string, added: unknown[][]): void;
    /**
     * Writes the pages of this run (not those of pages that are gone) to a temporary file beside
     * the cache, then renames it over the cache, so that a run stopped half-way never leaves half
     * a file. Failing to write is a warning: the findings are not affected.
     */
    save(warn: (text: string) => void): Promise<void>;
}
