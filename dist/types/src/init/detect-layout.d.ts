import type { LayoutSpec } from '../config/types.ts';
import type { LadderPage } from '../model/ladder-page.ts';
import type { ScannedFile } from './scan-folder.ts';
export type PresetName = 'page-per-level' | 'headings-per-level' | 'front-matter-pages' | 'yaml-framework';
/** What one layout reads from the folder. */
export interface LayoutReading {
    preset: PresetName;
    /** The `ladder` settings that select this layout (levels and tracks; fields come later). */
    layout: LayoutSpec;
    /** The level pages of each file this layout reads, by path, in file order. */
    pages: Map<string, LadderPage[]>;
    levelCount: number;
}
export interface Detection {
    main: LayoutReading;
    /** Files another layout reads: each group becomes an override. */
    others: Array<{
        files: string[];
        reading: LayoutReading;
    }>;
    /** Pages no layout finds a level in (READMEs, index pages). */
    otherPages: string[];
    undecided: string[];
}
/** What init looked for, for a folder where it found no level. */
export declare const lookedFor: string[];
export declare function folderOf(path: string): string;
/**
 * Which layout the folder's ladder uses: the one that reads the most levels. Files that layout
 * does not read but another does keep that other layout, as an override.
 */
export declare function detectLayout(files: ScannedFile[]): Detection | undefined;
/**
 * Globs for an override's files: a folder (`design/**`) when every level file under it is in
 * the group, else the files themselves.
 */
export declare function overrideGlobs(group: string[], mainPaths: Iterable<string>): string[];
