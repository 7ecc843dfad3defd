/**
 * ladder-links: every relative link points to a file that exists and every `#anchor` to a heading
 * of the page. The checking is remark-validate-links' (offline, no git remote needed); this rule
 * words its findings for the person fixing the page. Docs: docs/rules/ladder-links.md.
 */
import type { Link, Root } from 'mdast';
import { unified } from 'unified';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import remarkValidateLinks from 'remark-validate-links';
import { VFile as VirtualFile } from 'vfile';
import { ruleMeta } from '../src/rule-meta.ts';

// Without a repository, links with a scheme (https:, mailto:) are left alone, as they should be offline.
const validator = unified().use(remarkValidateLinks, { repository: false });

const ladderLinks = lintRule<Root>(ruleMeta('ladder-links'), async (tree, file) => {
  // remark-validate-links reports on the file it is given; a scratch copy keeps its raw messages
  // out of the page's findings, which this rule rewrites.
  const scratch = new VirtualFile({ path: file.path, cwd: file.cwd, value: file.value });
  await validator.run(tree, scratch);
  const links = new Map<string, Link>();
  visit(tree, 'link', (link) => {
    if (link.position) links.set(`${link.position.start.line}:${link.position.start.column}`, link);
  });
  for (const found of scratch.messages) {
    const place = found.place && 'start' in found.place ? found.place : undefined;
    const link = place ? links.get(`${place.start.line}:${place.start.column}`) : undefined;
    const target = link ? decodeURI(link.url) : '';
    const reason =
      found.ruleId === 'missing-heading'
        ? `This link goes to "${target}", but the page has no heading with that anchor. Link to one of its headings, or fix the anchor.`
        : `This link goes to "${target.split('#')[0]}", which does not exist. Fix the path or remove the link.`;
    file.message(reason, { place: place ?? { line: 1, column: 1 } });
  }
});

export default ladderLinks;
