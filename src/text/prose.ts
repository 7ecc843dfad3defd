import { endianness } from 'node:os';
import type { Nodes, Root } from 'mdast';
import { findMojibake } from './mojibake.ts';
import { readYamlLadder } from '../model/yaml-ladder.ts';

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
export const barrier = '\u0000';
const newline = 10;
const space = 32;

const containers = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

// Entities and backslash escapes are how the source spells a character, not words.
const sourceSpelling = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});|\\[!-/:-@[-`{-~]/gi;

const spellingDirective = /^<!--\s*(?:cspell|spell-checker)[:\s]/i;

// Several rules read the same page's prose; it is made once per tree.
const masks = new WeakMap<Root, { source: string; mask: string }>();

export function proseMask(tree: Root, source: string): string {
  const cached = masks.get(tree);
  if (cached?.source === source) return cached.mask;
  const mask = makeProseMask(tree, source);
  masks.set(tree, { source, mask });
  return mask;
}

function makeProseMask(tree: Root, source: string): string {
  // Offsets are in UTF-16 code units, so the mask is too: one code per unit, a barrier (0) until
  // something is kept, written back to a string once at the end.
  const mask = new Uint16Array(source.length);
  const fill = (start: number, end: number, unit: number) => {
    for (let offset = start; offset < end; offset++)
      mask[offset] = source.charCodeAt(offset) === newline ? newline : unit;
  };
  const copy = (start: number, end: number) => {
    for (let offset = start; offset < end; offset++) mask[offset] = source.charCodeAt(offset);
    for (const match of source.slice(start, end).matchAll(sourceSpelling))
      fill(start + match.index, start + match.index + match[0].length, space);
  };
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'text') return copy(start, end);
    // `<!-- cspell:ignore Octo -->` and the like stay visible to the spell checker.
    if (node.type === 'html' && spellingDirective.test(node.value)) return copy(start, end);
    if (containers.has(node.type)) {
      // A link whose text is its address (`https://…`, `www.…`) is an address, not prose.
      if (node.type === 'link' && isAddress(node)) return;
      fill(start, end, space);
      // A cell's span takes in the `|` before it (and after it, for the last): a cell boundary is
      // a barrier, so `| Yes | Yes |` is two answers, not a doubled word.
      if (node.type === 'tableCell') {
        if (source[start] === '|') mask[start] = 0;
        if (end - 1 > start && source[end - 1] === '|') mask[end - 1] = 0;
      }
      for (const child of 'children' in node ? node.children : []) {
        const childStart = child.position?.start.offset;
        const childEnd = child.position?.end.offset;
        // Inline code, HTML and images inside a block are barriers again.
        if (
          childStart !== undefined &&
          childEnd !== undefined &&
          !containers.has(child.type) &&
          child.type !== 'text'
        )
          fill(childStart, childEnd, 0);
        walk(child);
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  if (tree.children[0]?.type === 'yaml')
    for (const span of readYamlLadder(source)?.prose ?? []) copy(span.offset, span.endOffset);
  // Read as UTF-16 code units, a lone surrogate stays as it was (TextDecoder would replace it).
  const bytes = Buffer.from(mask.buffer, mask.byteOffset, mask.byteLength);
  if (endianness() === 'BE') bytes.swap16();
  return bytes.toString('utf16le');
}

function isAddress(link: Extract<Nodes, { type: 'link' }>): boolean {
  const [only] = link.children;
  if (link.children.length !== 1 || only?.type !== 'text') return false;
  const text = only.value.replace(/^mailto:/, '');
  return (
    link.url === only.value ||
    link.url.replace(/^(mailto:|https?:\/\/)/, '') === text.replace(/^https?:\/\//, '')
  );
}

/** The prose with barriers turned back into spaces and line breaks, for tools that read lines. */
export function proseLines(tree: Root, source: string): string {
  return proseMask(tree, source).replace(/\0/g, (_, offset: number) =>
    source[offset] === '\n' ? '\n' : ' ',
  );
}

/**
 * The prose a spell checker reads: its lines, with mis-decoded characters blanked, as those are
 * ladder-mojibake's finding and would only look like typos here.
 */
export function spellableProse(tree: Root, source: string): string {
  const prose = proseLines(tree, source);
  // Built in one pass: rebuilding the whole string for each match took minutes on pages full of them.
  const parts: string[] = [];
  let copied = 0;
  for (const match of findMojibake(prose)) {
    const end = match.index + match.text.length;
    if (end <= copied) continue;
    const start = Math.max(match.index, copied);
    parts.push(prose.slice(copied, start), ' '.repeat(end - start));
    copied = end;
  }
  parts.push(prose.slice(copied));
  return parts.join('');
}
