import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { useMarkdownParser } from '../config/ranks-from.ts';

/** One processor for the whole run: GFM as GitHub renders it, YAML front matter kept out of the prose. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function parseMarkdown(file: VFile): Root {
  return parser.parse(file);
}

// The configuration reads `ranksFrom` lists with this parser, without importing it: see ranks-from.ts.
useMarkdownParser(parseMarkdown);
