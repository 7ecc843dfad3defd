/**
 * ladder-track-index: a track's README links to every level page of its folder, and each link's
 * text names the page's level and title. Docs and examples: docs/rules/ladder-track-index.md.
 */
import type { Link } from 'mdast';
import { toString as nodeText } from 'mdast-util-to-string';
import { visit } from '../src/model/walk.ts';
import type { PageOutline } from '../src/model/ladder-page.ts';
import { fileName } from '../src/rule-api/helpers.ts';
import { defineTrackRule } from '../src/rule-api/define-rule.ts';

const comparable = (text: string) =>
  text
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();

const ladderTrackIndex = defineTrackRule(
  {
    id: 'ladder-track-index',
    description: "A track's README lists every level page of its folder, with the page's level and title.",
    defaultSeverity: 'warn',
    scope: 'track',
  },
  {
    collect(page, tree) {
      if (!/^readme\.md$/i.test(fileName(page.path))) return undefined;
      const links: Link[] = [];
      visit(tree, 'link', (link) => {
        if (!/^[a-z][a-z+.-]*:/i.test(link.url)) links.push(link);
      });
      return links;
    },
    check({ pages, report, collected, config }) {
      // A README lists level pages; levels written as headings or in YAML have their own index.
      if (config.ladder.levels.in !== 'page') return;
      const readme = pages.find((page) => /^readme\.md$/i.test(fileName(page.path)));
      const levels = pages.filter((page) => page.kind === 'level' && page.title?.level);
      if (!readme || levels.length === 0) return;
      const links = (collected(readme) as Link[] | undefined) ?? [];
      const linkTo = (page: PageOutline) =>
        links.find((link) => {
          const target = safeDecode(link.url.split('#')[0] ?? '').replace(/^\.\//, '');
          return target === fileName(page.path);
        });
      // A README that links to none of the levels is an introduction, not the track's index.
      if (!levels.some(linkTo)) return;
      for (const page of levels) {
        const link = linkTo(page);
        const expected = `${page.title?.level?.label}: ${page.title?.name}`;
        if (!link) {
          report(
            readme,
            `The README does not list "${fileName(page.path)}" (${expected}). Add it to the list of levels: "[${expected}](${encodeURI(fileName(page.path))})".`,
            {
              place: readme.title?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            },
          );
          continue;
        }
        const text = nodeText(link);
        if (comparable(text) !== comparable(expected) && link.position) {
          report(
            readme,
            `The link text "${text}" does not match the page's title "${expected}". Use the page's title, so the list and the pages agree.`,
            { place: link.position, expected: [expected] },
          );
        }
      }
    },
  },
);

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

export default ladderTrackIndex;
