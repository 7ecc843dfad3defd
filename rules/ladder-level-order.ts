/**
 * ladder-level-order: a file that holds several levels (a heading per level) writes each level
 * once, from the lowest up. Docs and examples: docs/rules/ladder-level-order.md.
 */
import type { LadderPage, Level } from '../src/model/ladder-page.ts';
import { ladderContext } from '../src/rule-api/context.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

type LevelPage = LadderPage & { level: Level; title: NonNullable<LadderPage['title']> };

const ladderLevelOrder = definePageRule(
  {
    id: 'ladder-level-order',
    description: 'A file that holds several levels writes each once, from the lowest up.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    const pages = ladderContext(tree, file)
      .levels.map(({ page }) => page)
      .filter((page): page is LevelPage => page.kind === 'level' && !!page.level && !!page.title);
    // A page per level cannot be out of order in itself; two pages of one level are a fork.
    if (pages.length < 2) return;
    const seen = new Map<string, LevelPage>();
    let highest: LevelPage | undefined;
    for (const page of pages) {
      const line = (other: LevelPage) => other.title.position.start.line;
      const key = page.level.label.toLocaleLowerCase('en');
      const earlier = seen.get(key);
      if (earlier) {
        file.message(
          `${page.level.label} is written twice in this file (first on line ${line(earlier)}). Merge the two, or give this one the level it was meant to have.`,
          { place: page.title.position },
        );
        continue;
      }
      seen.set(key, page);
      if (highest && page.level.rank < highest.level.rank) {
        file.message(
          `${page.level.label} comes after ${highest.level.label} (line ${line(highest)}). Write the levels from the lowest up: move ${page.level.label} before ${highest.level.label}.`,
          { place: page.title.position },
        );
        continue;
      }
      highest = page;
    }
  },
);

export default ladderLevelOrder;
