/**
 * ladder-doubled-word: no word is written twice in a row ("the technical technical
 * capabilities"), also across a line break or inline markup (`the **the**`). Doubles English
 * allows ("that that", "had had") are not flagged. Docs and examples: docs/rules/ladder-doubled-word.md.
 */
import type { Root } from 'mdast';
export interface DoubledWordOptions {
    /** Words that may be doubled; replaces the default list. */
    allow?: string[];
}
export declare const defaultAllowedDoubles: string[];
declare const ladderDoubledWord: import("unified-lint-rule").Plugin<Root, DoubledWordOptions | undefined>;
export default ladderDoubledWord;
