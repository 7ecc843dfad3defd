import type { Root } from 'mdast';
/**
 * The prose of a page laid over its source: same length and offsets as the file, with the words a
 * reader reads kept and everything else blanked, so a finding's offset is the file's offset.
 *
 * - Text of paragraphs, headings, table cells, emphasis and link text is kept.
 * - Markup inside a block (`**`, `[`, `## `, link targets) becomes a space, so a word doubled
 *   across `**bold**` or a line break still reads as doubled.
 * - The texts of YAML front matter that are prose (criteria, a title or description of several
 *   words) are kept as they are written; keys, quotes and escapes are not.
 * - Everything else that is not prose — code, HTML, URLs written as links, the rest of the front
 *   matter, list markers, the `|` between table cells, the gaps between blocks — becomes a barrier (`\0`) that no word or
 *   doubled word crosses.
 *
 * Line breaks inside a block stay line breaks; those between blocks are barriers like the rest.
 */
export declare const barrier = "\0";
export declare function proseMask(tree: Root, source: string): string;
/** The prose with barriers turned back into spaces and line breaks, for tools that read lines. */
export declare function proseLines(tree: Root, source: string): string;
/**
 * The prose a spell checker reads: its lines, with mis-decoded characters blanked, as those are
 * ladder-mojibake's finding and would only look like typos here.
 */
export declare function spellableProse(tree: Root, source: string): string;
