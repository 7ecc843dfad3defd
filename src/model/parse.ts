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
 * whole tree four times, and without the syntax that reads such addresses while parsing. Each of
 * their patterns needs "www", "http" or "@" in a text; a text holds those only when the page's
 * source does, or when the source spells a character with "&" (a character reference): a
 * backslash escapes only punctuation, which stays in the source. A page with none of them is
 * parsed to the very same tree without either.
 */
export const parserForPagesWithoutAddresses = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutAddressSearch)
  .use(withoutAddressSyntax)
  .use(remarkFrontmatter, ['yaml']);

/**
 * Without the address syntax only. The syntax tries an e-mail address at every letter and digit of
 * the prose, which cuts a paragraph's text into one piece per character; the parser then joins
 * the pieces back line by line, each join moving every piece after it (micromark's
 * `resolveAllText`), so a paragraph's time grows with the square of its length (400 KB in one
 * paragraph: 3 s). The syntax can only match "www", "http" or "@" written out in the source: a
 * character reference such as `&#64;` is read as a reference, never as "@"; the search still
 * finds the addresses it spells.
 */
const parserWithoutAddressSyntax = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(withoutAddressSyntax)
  .use(remarkFrontmatter, ['yaml']);

const mayHoldAddress = /www|http|[@&]/i;
const mayHoldAddressSyntax = /www|http|@/i;

export function parseMarkdown(file: VFile): Root {
  const text = file.value;
  if (typeof text !== 'string' || mayHoldAddressSyntax.test(text)) return parser.parse(file);
  if (mayHoldAddress.test(text)) return parserWithoutAddressSyntax.parse(file);
  return parserForPagesWithoutAddresses.parse(file);
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

type MicromarkExtension = NonNullable<Data['micromarkExtensions']>[number];
type TextConstructs = NonNullable<MicromarkExtension['text']>;

/** The constructs of micromark-extension-gfm-autolink-literal, by their names. */
const addressConstructs = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/** Takes the address syntax (the text constructs that read literal autolinks) out. */
function withoutAddressSyntax(this: Processor) {
  const data = this.data();
  const strip = (extension: MicromarkExtension): MicromarkExtension => {
    if (!extension.text) return extension;
    // Keyed by character code, as micromark reads it; kept as the keys came.
    const text: Record<string, TextConstructs[number]> = {};
    for (const [code, constructs] of Object.entries(extension.text)) {
      const kept = [constructs ?? []]
        .flat()
        .filter((construct) => !addressConstructs.has(construct.name ?? ''));
      if (kept.length > 0) text[code] = kept;
    }
    return { ...extension, text };
  };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(strip);
}
