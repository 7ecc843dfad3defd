/**
 * ladder-mojibake: no mis-decoded or invisible characters: UTF-8 read as Windows-1252, Latin-1 or
 * Mac OS Roman (`ü¶â` for `🦉`, `â€™` for `’`), U+FFFD replacement characters, a byte-order mark
 * or zero-width characters inside the page, non-breaking spaces in prose. Each finding carries
 * the repaired text. Docs and examples: docs/rules/ladder-mojibake.md.
 */
import type { Root } from 'mdast';
declare const ladderMojibake: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderMojibake;
