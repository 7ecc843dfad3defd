/**
 * ladder-summary: a level page has a one-paragraph summary quote under its title.
 * Docs and examples: docs/rules/ladder-summary.md.
 */
import type { VFile } from 'vfile';
import { type LevelContext, ladderContext } from '../src/rule-api/context.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const ladderSummary = definePageRule(
  {
    id: 'ladder-summary',
    description: 'A level page has a one-paragraph summary quote under its title.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSummary(level, file);
  },
);

function checkSummary({ page, template }: LevelContext, file: VFile): void {
  // Only a template that promises a summary asks for one.
  if (page.kind !== 'level' || template?.summary?.required !== true) return;
  if (!page.summary) {
    file.message(
      'This page has no summary. Add a one-paragraph quote under the title that says who a person at this level is, such as "> I am a trusted member of my team who …".',
      { place: page.title?.position ?? { line: 1, column: 1 } },
    );
    return;
  }
  if (page.summary.text.replace(/[_*\s]/g, '') === '') {
    file.message('The summary quote is empty. Write who a person at this level is, such as "> I am …".', {
      place: page.summary.position,
    });
  }
}

export default ladderSummary;
