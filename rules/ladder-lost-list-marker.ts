/**
 * ladder-lost-list-marker: a line meant as a bullet lost its `- `, so GitHub joins it to the
 * bullet above (a "lazy continuation") or shows it as a loose paragraph between lists.
 * Docs and examples: docs/rules/ladder-lost-list-marker.md.
 */
import type { ListItem, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ladderContext } from '../src/rule-api/context.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

const sentenceEnd = /[.!?:)]\s*$/;
const bulletLike = /^(?:I|I’m|I'm|My|When|While|In)\b/;

const ladderLostListMarker = definePageRule(
  {
    id: 'ladder-lost-list-marker',
    description: 'A line meant as a bullet has not lost its "- ".',
    defaultSeverity: 'error',
    scope: 'page',
  },
  (tree, file) => {
    const { page } = ladderContext(tree, file);
    if (page.kind !== 'level') return;
    const lines = String(file).split(/\r?\n/);

    visit(tree, 'listItem', (item: ListItem) => {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph' || !paragraph.position || !item.position) return;
      const start = paragraph.position.start.line;
      for (let line = start + 1; line <= paragraph.position.end.line; line++) {
        const text = lines[line - 1] ?? '';
        const previous = lines[line - 2] ?? '';
        // Only an unindented line after a finished sentence is a lost bullet; wrapped text is indented.
        if (/^\S/.test(text) && sentenceEnd.test(previous) && bulletLike.test(text)) report(file, line, text);
      }
    });

    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined || parent.type === 'listItem' || !paragraph.position) return;
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      if (before?.type !== 'list' && after?.type !== 'list') return;
      const line = paragraph.position.start.line;
      const text = lines[line - 1] ?? '';
      if (bulletLike.test(text) && before?.type === 'list') report(file, line, text);
    });
  },
);

function report(file: VFile, line: number, text: string): void {
  const message = file.message(
    'This line lost its "- " list marker, so GitHub does not show it as a bullet of its own. Start it with "- ".',
    { place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } },
  );
  message.expected = [`- ${text}`];
}

export default ladderLostListMarker;
