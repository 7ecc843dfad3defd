import type { Root } from 'mdast';
/**
 * The prose of a page laid over its source: same length and offsets as the file, with the words a
 * reader reads kept and everything else blanked, so a finding's offset is the file's offset.
 *
 * - Text of paragraphs, headings, table cells, emphasis and link text is kept.
 * - Markup inside a block (`**`, `[`, `## `, link targets) becomes a space, so a word doubled
 *   across `**bold**` or a line break still reads as doubled.
 * - Everything that is not prose — code, HTML, URLs written as links, front matter, list markers,
 *   the gaps between blocks — becomes a barrier (`\0`) that no word or doubled word crosses.
 *
 * Line breaks inside a block stay line breaks; those between blocks are barriers like the rest.
 */
export declare const barrier = "\0";
export declare function proseMask(tree: Root, source: string): string;
/** The prose with barriers turned back into spaces and line breaks, for tools that read lines. */
export declare function proseLines(tree: Root, source: string): string;
