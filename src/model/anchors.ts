import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from './walk.ts';

/**
 * The `#anchors` GitHub gives a page: one per heading, slugged as GitHub does (repeated headings
 * get `-1`, `-2`), plus `id` and `name` attributes of HTML anchors such as `<a name="scope">`.
 */
export function pageAnchors(tree: Root): ReadonlySet<string> {
  let anchors = anchorsByTree.get(tree);
  if (!anchors) {
    anchors = collectAnchors(tree);
    anchorsByTree.set(tree, anchors);
  }
  return anchors;
}

/** Made once per page: a page with many broken `#links` asked for them once per link. */
const anchorsByTree = new WeakMap<Root, ReadonlySet<string>>();

function collectAnchors(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading')
      anchors.add(slugger.slug(toString(node, { includeHtml: false, includeImageAlt: false })));
    if (node.type === 'html')
      for (const match of node.value.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/gi))
        if (match[1]) anchors.add(match[1]);
  });
  return anchors;
}
