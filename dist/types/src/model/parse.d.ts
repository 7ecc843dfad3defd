import type { Root } from 'mdast';
import { type Processor } from 'unified';
import type { VFile } from 'vfile';
/**
 * The same processor without the search remark-gfm makes through the finished tree's text for
 * bare addresses ("www.…", "http://…", "https://…", e-mail and xmpp addresses), which walks the
 * whole tree four times, and without the syntax that reads such addresses while parsing. Each of
 * their patterns needs "www", "http" or "@" in a text; a text holds those only when the page's
 * source does, or when the source spells a character with "&" (a character reference): a
 * backslash escapes only punctuation, which stays in the source. A page with none of them is
 * parsed to the very same tree without either.
 */
export declare const parserForPagesWithoutAddresses: Processor<Root, undefined, undefined, undefined, undefined>;
export declare function parseMarkdown(file: VFile): Root;
