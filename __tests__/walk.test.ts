import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import type { Nodes, Parents } from 'mdast';
import { visit as libraryVisit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { parseMarkdown } from '../src/model/parse.ts';
import { visit } from '../src/model/walk.ts';
import { fixtures } from './helpers/cli.ts';

const parse = (value: string) => parseMarkdown(new VFile({ path: 'team/L3-Engineer.md', value }));

/** What a visitor was given, in words: the node's type and text, its index and its parent's type. */
function seen(node: Nodes, index: number | undefined, parent: Parents | undefined) {
  const text = 'value' in node ? `"${node.value}"` : '';
  return `${node.type}${text} ${index ?? '-'} ${parent?.type ?? '-'}`;
}

const page = [
  '# L3: Engineer',
  '',
  'I *ship* [code](a.md).',
  '',
  '- one',
  '  - two',
  '',
  '| a |',
  '| - |',
  '| b |',
].join('\n');

describe('visit', () => {
  test('every node, a node before its children, with its index and parent', () => {
    const calls: string[] = [];
    visit(parse(page), (node, index, parent) => void calls.push(seen(node, index, parent)));
    expect(calls).toEqual([
      'root - -',
      'heading 0 root',
      'text"L3: Engineer" 0 heading',
      'paragraph 1 root',
      'text"I " 0 paragraph',
      'emphasis 1 paragraph',
      'text"ship" 0 emphasis',
      'text" " 2 paragraph',
      'link 3 paragraph',
      'text"code" 0 link',
      'text"." 4 paragraph',
      'list 2 root',
      'listItem 0 list',
      'paragraph 0 listItem',
      'text"one" 0 paragraph',
      'list 1 listItem',
      'listItem 0 list',
      'paragraph 0 listItem',
      'text"two" 0 paragraph',
      'table 3 root',
      'tableRow 0 table',
      'tableCell 0 tableRow',
      'text"a" 0 tableCell',
      'tableRow 1 table',
      'tableCell 0 tableRow',
      'text"b" 0 tableCell',
    ]);
  });

  test('only the nodes of a type, nested ones included', () => {
    const calls: string[] = [];
    visit(
      parse(page),
      'list',
      (list, index, parent) => void calls.push(`${seen(list, index, parent)} ${list.children.length}`),
    );
    expect(calls).toEqual(['list 2 root 1', 'list 1 listItem 1']);
  });

  test('only the nodes of any of several types, in document order', () => {
    const calls: string[] = [];
    visit(
      parse(page),
      ['text', 'heading'],
      (node, index, parent) => void calls.push(seen(node, index, parent)),
    );
    expect(calls).toEqual([
      'heading 0 root',
      'text"L3: Engineer" 0 heading',
      'text"I " 0 paragraph',
      'text"ship" 0 emphasis',
      'text" " 2 paragraph',
      'text"code" 0 link',
      'text"." 4 paragraph',
      'text"one" 0 paragraph',
      'text"two" 0 paragraph',
      'text"a" 0 tableCell',
      'text"b" 0 tableCell',
    ]);
  });

  test('a type no node has is never visited', () => {
    const calls: string[] = [];
    visit(parse(page), 'blockquote', (node) => void calls.push(node.type));
    expect(calls).toEqual([]);
  });

  test('a node is walked from its own place, not as a root of the page', () => {
    const tree = parse(page);
    const calls: string[] = [];
    visit(tree.children[1]!, (node, index, parent) => void calls.push(seen(node, index, parent)));
    expect(calls[0]).toBe('paragraph - -');
    expect(calls[1]).toBe('text"I " 0 paragraph');
  });

  test("a node's children are read after its visitor ran, as unist-util-visit does", () => {
    const tree = parse('Some *words* here.');
    const calls: string[] = [];
    visit(tree, (node) => {
      calls.push(node.type);
      if (node.type === 'paragraph') node.children = [{ type: 'text', value: 'replaced' }];
    });
    expect(calls).toEqual(['root', 'paragraph', 'text']);
  });

  // Each caller swapped unist-util-visit for this walker: on real pages, both see the same calls.
  test.each(
    readdirSync(`${fixtures}/ladder`, { recursive: true, encoding: 'utf8' }).filter((name) =>
      name.endsWith('.md'),
    ),
  )('on %s it makes the calls unist-util-visit makes', (name) => {
    const tree = parse(readFileSync(`${fixtures}/ladder/${name}`, 'utf8'));
    const ours: Array<[Nodes, number | undefined, Parents | undefined]> = [];
    const theirs: typeof ours = [];
    visit(tree, (node, index, parent) => void ours.push([node, index, parent]));
    libraryVisit(tree, (node, index, parent) => void theirs.push([node as Nodes, index, parent as Parents]));
    expect(ours.length).toBe(theirs.length);
    ours.forEach(([node, index, parent], at) => {
      const [theirNode, theirIndex, theirParent] = theirs[at]!;
      expect(node).toBe(theirNode);
      expect(index).toBe(theirIndex);
      expect(parent).toBe(theirParent);
    });
  });
});
