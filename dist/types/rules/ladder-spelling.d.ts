/**
 * ladder-spelling: the prose of a page is spelled correctly. Spelling is cspell's (cspell-lib),
 * with its English and software dictionaries, the words of the ladder-lint config and those of a
 * `cspell.json` the repository already has. Docs and examples: docs/rules/ladder-spelling.md.
 */
import type { Root } from 'mdast';
declare const ladderSpelling: import("unified-lint-rule").Plugin<Root, unknown>;
export default ladderSpelling;
