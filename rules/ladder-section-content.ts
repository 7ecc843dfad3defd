/**
 * ladder-section-content: each template section has expectation bullets and, where the template
 * asks for one, an Examples block that GitHub can render. Docs: docs/rules/ladder-section-content.md.
 */
import { sectionMatches } from '../src/model/template-match.ts';
import type { VFile } from 'vfile';
import { type LevelContext, ladderContext } from '../src/rule-api/context.ts';
import { headingOf } from '../src/rule-api/helpers.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const examplesBlock = '<details><summary>Examples</summary>';

const ladderSectionContent = definePageRule(
  {
    id: 'ladder-section-content',
    description:
      'Each section has expectation bullets and, where the template asks, a collapsible Examples list.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    for (const level of ladderContext(tree, file).levels) checkSections(level, file);
  },
);

function checkSections({ page, template }: LevelContext, file: VFile): void {
  if (page.kind !== 'level' || !template) return;
  for (const section of page.sections) {
    const spec = template.sections.find((candidate) => sectionMatches(candidate, section));
    if (!spec) continue;
    const heading = headingOf(section);
    if (spec.bullets && section.bullets.length === 0) {
      file.message(`"${heading}" has no expectation bullets. Add at least one line such as "- I …".`, {
        place: section.position,
      });
    }
    const examples = section.examples;
    if (!examples) {
      if (spec.examples === 'required') {
        file.message(
          `"${heading}" has no Examples block. Add ${examplesBlock}, a blank line, a list of examples and </details> after its bullets.`,
          { place: section.position },
        );
      }
      continue;
    }
    if (spec.examples === 'none') continue;
    if (examples.form === 'bold') {
      file.message(
        `The examples of "${heading}" follow a bold "${examples.summary}:" line; the template keeps them in a collapsible ${examplesBlock} block. Replace the line with that block and close it with </details>.`,
        { place: examples.position },
      );
      continue;
    }
    if (!examples.closed) {
      file.message(
        `The <details> block of "${heading}" is never closed, so GitHub hides the rest of the page inside it. Add </details> after the examples.`,
        { place: examples.position },
      );
    }
    if (!examples.blankLineAfterSummary) {
      file.message(
        'Add a blank line after </summary>: without it GitHub shows the examples as raw text instead of a list.',
        { place: examples.position },
      );
    }
    if (examples.items.length === 0 && examples.blankLineAfterSummary) {
      file.message(
        `The Examples block of "${heading}" is empty. Add examples as a "- I …" list, or remove the block.`,
        {
          place: examples.position,
        },
      );
    }
  }
}

export default ladderSectionContent;
