import type { ScaleRank } from '../config/types.ts';
import type { ScannedFile } from './scan-folder.ts';
/**
 * A scale the ladder defines once in its own words: a heading, then a numbered list whose items
 * start with a bold step (`## Technology`, `1. **Adopts**: …` … `5. **Creates**: …`).
 */
export interface OrdinalScale {
    file: string;
    heading: string;
    /** Lowest first. */
    steps: string[];
}
/**
 * Every such list in the folder. A step is read as `ranksFrom` reads it when the configuration
 * loads: the item's words before its first colon.
 */
export declare function findOrdinalScales(files: ScannedFile[]): OrdinalScale[];
export declare function ranksOf(scale: OrdinalScale): ScaleRank[];
