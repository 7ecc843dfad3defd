import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import type { Link, Paragraph } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { unparseableReason } from '../src/engine/read-text.ts';
import { parseMarkdown, parserForPagesWithoutAddresses } from '../src/model/parse.ts';
import { pathologicalPages } from '../bench/pathological-pages.ts';
import { fixtures } from './helpers/cli.ts';
import { generatedPage, mutatedPage } from './helpers/markdown-pages.ts';

/** remark-gfm as it comes, bare-address search included. */
const fullParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const file = (value: string) => new VFile({ path: 'team/L3-Engineer.md', value });
const mayHoldAddress = /www|http|[@&]/i;

describe('parseMarkdown', () => {
  test('a character reference can spell an address, and that page is searched for it', () => {
    const page = 'Mail a&#64;b.co or see ww&#119;.example.com.\n';
    const links = (parseMarkdown(file(page)).children[0] as Paragraph).children.filter(
      (node): node is Link => node.type === 'link',
    );
    expect(links.map((link) => link.url)).toEqual(['mailto:a@b.co', 'http://www.example.com']);
    // Without the search neither is a link: it is the search that finds them.
    expect((parserForPagesWithoutAddresses.parse(file(page)).children[0] as Paragraph).children).toEqual([
      expect.objectContaining({ type: 'text', value: 'Mail a@b.co or see www.example.com.' }),
    ]);
  });

  test('pages without "www", "http" or "@" are read without the address syntax, which tries every letter', () => {
    const namesOf = (processor: typeof fullParser) =>
      new Set(
        (processor.data().micromarkExtensions ?? []).flatMap((extension) =>
          Object.values(extension.text ?? {})
            .flat()
            .map((construct) => construct?.name),
        ),
      );
    fullParser.freeze();
    parserForPagesWithoutAddresses.freeze();
    expect([...namesOf(fullParser)]).toEqual(
      expect.arrayContaining(['emailAutolink', 'wwwAutolink', 'protocolAutolink']),
    );
    const without = [...namesOf(parserForPagesWithoutAddresses)];
    expect(without.filter((name) => name?.endsWith('Autolink'))).toEqual([]);
    // The rest of GFM stays: tables, footnotes, strikethrough, task lists.
    expect(without).toEqual(expect.arrayContaining(['gfmFootnoteCall', 'strikethrough', 'tasklistCheck']));
  });

  test('an address written out is a link', () => {
    const page = 'See (www.example.com), *https://example.org* and me@example.com.\n';
    expect(parseMarkdown(file(page))).toEqual(fullParser.parse(file(page)));
    expect(JSON.stringify(parseMarkdown(file(page)))).toContain('"url":"mailto:me@example.com"');
  });

  const withoutAddresses = [
    ...readdirSync(`${fixtures}/ladder`, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(`${fixtures}/ladder/${name}`, 'utf8')),
    ...Object.values(pathologicalPages).map((make) => make(4_000)),
  ].filter((page) => !mayHoldAddress.test(page) && unparseableReason(page) === undefined);

  test.each(withoutAddresses.map((page, index) => [index, page] as const))(
    'page %i, without "www", "http", "@" or "&", is parsed to the same tree as with the search',
    (_index, page) => {
      expect(parseMarkdown(file(page))).toEqual(fullParser.parse(file(page)));
    },
  );

  test('generated and mutated pages with "&" but without "www", "http" or "@" get the same tree', () => {
    const page = fc
      .oneof(generatedPage, mutatedPage)
      .map((text) => text.replace(/www|http|@/gi, '&amp;'))
      .filter((text) => unparseableReason(text) === undefined);
    fc.assert(
      fc.property(page, (text) => {
        expect(parseMarkdown(file(text))).toEqual(fullParser.parse(file(text)));
      }),
      { numRuns: 60 },
    );
  });

  test('generated and mutated pages without "www", "http", "@" or "&" get the same tree', () => {
    const page = fc
      .oneof(generatedPage, mutatedPage)
      .map((text) => text.replace(/www|http|[@&]/gi, '.'))
      .filter((text) => !mayHoldAddress.test(text) && unparseableReason(text) === undefined);
    fc.assert(
      fc.property(page, (text) => {
        expect(parserForPagesWithoutAddresses.parse(file(text))).toEqual(fullParser.parse(file(text)));
      }),
      { numRuns: 60 },
    );
  });
});
