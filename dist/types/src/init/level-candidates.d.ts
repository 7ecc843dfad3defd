import type { Root } from 'mdast';
import type { LevelsSpec } from '../config/types.ts';
import type { ScannedFile } from './scan-folder.ts';
/**
 * The ways of writing levels that init tries, beyond the presets' defaults: heading depths, level
 * words, roman numerals and the front-matter keys that order pages. Each is only a guess; the
 * ladder's own reader (read-ladder.ts) decides how many levels a guess reads.
 */
/** `## Engineer II`, `## Level III - Lead`: roman numerals, before or after the role. */
export declare const romanPatterns: string[];
/** Keys whose number orders a page among its track's pages, most common first. */
export declare const orderKeys: string[];
/** The level words that start the headings at `depth`, lowest first as the files list them. */
export declare function levelNamesAt(files: ScannedFile[], depth: number): string[];
/** The depths at which some file has at least two headings. */
export declare function headingDepths(files: ScannedFile[]): number[];
/** The heading layouts worth trying: at each depth, the default pattern, roman numerals and level words. */
export declare function headingCandidates(files: ScannedFile[]): LevelsSpec[];
/** The top-level keys of a page's front matter, or undefined when it has none that parses. */
export declare function frontMatterOf(tree: Root): Record<string, unknown> | undefined;
/** The front-matter layouts worth trying: one per order key that some page gives a number. */
export declare function frontMatterCandidates(files: ScannedFile[]): LevelsSpec[];
