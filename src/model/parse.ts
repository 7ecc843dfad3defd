import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type Data, type Processor, unified } from 'unified';
import type { VFile } from 'vfile';
import { useMarkdownParser } from '../config/ranks-from.ts';

/** One processor for the whole run: GFM as GitHub renders it, YAML front matter kept out of the prose. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/**
 * The same processor without the search remark-gfm makes through the finished tree's text for
 * bare addresses ("www.…", "http://…", "https://…", e-mail and xmpp addresses), which walks the
 * whole tree four times. Each of its patterns needs "www", "http" or "@" in a text; a text holds
 * those only when the page's source does, or when the source spells a character with "&" (a
 * character reference): a backslash escapes only punctuation, which stays in the source. A page
 * with none of them is parsed to the very same tree without the search.
 */
export const parserForPagesWithoutAddresses = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutAddressSearch)
  .use(remarkFrontmatter, ['yaml']);

const mayHoldAddress = /www|http|[@&]/i;

export function parseMarkdown(file: VFile): Root {
  const text = file.value;
  if (typeof text === 'string' && !mayHoldAddress.test(text))
    return parserForPagesWithoutAddresses.parse(file);
  return parser.parse(file);
}

// The configuration reads `ranksFrom` lists with this parser, without importing it: see ranks-from.ts.
useMarkdownParser(parseMarkdown);

type FromMarkdownExtensions = NonNullable<Data['fromMarkdownExtensions']>;
type FromMarkdownExtension = Exclude<FromMarkdownExtensions[number], readonly unknown[]>;

/** Takes the address search (the transform of the extension that reads literal autolinks) out. */
function withoutAddressSearch(this: Processor) {
  const data = this.data();
  const strip = (extension: FromMarkdownExtension): FromMarkdownExtension =>
    extension.transforms && extension.enter && 'literalAutolink' in extension.enter
      ? { ...extension, transforms: [] }
      : extension;
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((entry) =>
    Array.isArray(entry) ? entry.map(strip) : strip(entry as FromMarkdownExtension),
  );
}
