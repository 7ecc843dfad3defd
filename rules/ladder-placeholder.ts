/**
 * ladder-placeholder: no placeholder or reviewer note is left in a published page (TBD, TODO,
 * `- ?`, `### ?`, empty bullets). Docs and examples: docs/rules/ladder-placeholder.md.
 */
import { toString as nodeText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const markers = /\b(TBD|TBC|TODO|FIXME|XXX)\b/g;
const reviewerNote = /^\s*(?:\[?(?:reviewer|review note|note to reviewers?|comment)\b[^:\]]*[:\]])/i;
const emptyText = /^[\s?…._-]*$/;

const ladderPlaceholder = definePageRule(
  {
    id: 'ladder-placeholder',
    description: 'No placeholder or reviewer note is left in a published page.',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    visit(tree, (node) => {
      if (node.type === 'text' && node.position) {
        for (const match of node.value.matchAll(markers)) {
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
  },
);

export default ladderPlaceholder;
