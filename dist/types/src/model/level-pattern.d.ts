import type { LevelsSpec } from '../config/types.ts';
import type { Level } from './ladder-page.ts';
/** What a level pattern found in a file name, title or heading. */
export interface LevelMatch {
    level: Level;
    /** The role, without the level: `Developer 3` of `D3 - Developer 3`. */
    name: string;
    /** What stood between level and name: `:`, `-` or ` `. */
    separator: string;
}
export type LevelReader = (text: string) => LevelMatch | undefined;
/** L1.0 < L1 < L1.5 < L2: a level without a minor number sits after its `.0`. */
export declare function numberedRank(major: number, minor: number | undefined): number;
export declare function numberedLevel(prefix: string, number: string): Level;
export declare function romanNumber(text: string): number | undefined;
/**
 * Reads a level from text by the configured `pattern` (groups `number`, `roman`, `label`, `name`)
 * or `names` (words, lowest first). Undefined when the text names no level.
 */
export declare function levelReader(spec: Pick<LevelsSpec, 'pattern' | 'names'>): LevelReader;
/**
 * How a page-per-level ladder reads levels from file names and titles: its own `pattern` or
 * `names` when it gives them; undefined for the built-in `L4` / `L1.0` reading.
 */
export declare function pageLevelReader(spec: Pick<LevelsSpec, 'pattern' | 'names'>): LevelReader | undefined;
