/**
 * ladder-placeholder: no placeholder or reviewer note is left in a published page (TBD, TODO,
 * `- ?`, `### ?`, empty bullets). Docs and examples: docs/rules/ladder-placeholder.md.
 */
import type { Position } from 'unist';
import { toString as nodeText } from 'mdast-util-to-string';
import { visit } from '../src/model/walk.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const markers = /\b(TBD|TBC|TODO|FIXME|XXX)\b/g;
const reviewerNote = /^\s*(?:\[?(?:reviewer|review note|note to reviewers?|comment)\b[^:\]]*[:\]])/i;
const emptyText = /^[\s?…._-]*$/;

/** Past this many of one marker, a page is a draft: the rest are counted in one finding. */
export const placeholdersShown = 20;

const ladderPlaceholder = definePageRule(
  {
    id: 'ladder-placeholder',
    description: 'No placeholder or reviewer note is left in a published page.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    const hidden = new Map<string, { count: number; place: Position }>();
    const shown = new Map<string, number>();
    visit(tree, (node) => {
      if (node.type === 'text' && node.position) {
        for (const match of node.value.matchAll(markers)) {
          const marker = match[1] ?? '';
          const count = (shown.get(marker) ?? 0) + 1;
          shown.set(marker, count);
          if (count > placeholdersShown) {
            const rest = hidden.get(marker) ?? { count: 0, place: node.position };
            rest.count++;
            hidden.set(marker, rest);
            continue;
          }
          file.message(
            `"${match[1]}" is a placeholder left in the page. Write the text it stands for, or remove it.`,
            { place: node.position },
          );
        }
        if (reviewerNote.test(node.value)) {
          file.message('This looks like a note to reviewers. Resolve it and remove it before publishing.', {
            place: node.position,
          });
        }
      }
      if ((node.type === 'listItem' || node.type === 'heading') && node.position) {
        const text = nodeText(node);
        if (emptyText.test(text)) {
          const what = node.type === 'heading' ? 'heading' : 'bullet';
          file.message(
            `This ${what} is ${text.trim() ? `only "${text.trim()}"` : 'empty'}: a placeholder left in the page. Write it or remove it.`,
            { place: node.position },
          );
        }
      }
    });
    for (const [marker, { count, place }] of hidden)
      file.message(
        `"${marker}" is left in the page ${count} more times after the ${placeholdersShown} listed, starting here. Write the text each stands for, or remove them.`,
        { place },
      );
  },
);

export default ladderPlaceholder;
