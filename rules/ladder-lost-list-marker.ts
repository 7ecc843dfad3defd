/**
 * ladder-lost-list-marker: a line meant as a bullet lost its `- `, so GitHub joins it to the
 * bullet above (a "lazy continuation") or shows it as a loose paragraph between lists. `--fix`
 * gives the line the marker of the list it belongs to.
 * Docs and examples: docs/rules/ladder-lost-list-marker.md.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { visit } from '../src/model/walk.ts';
import { attachFix, fixOf } from '../src/findings/fix.ts';
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
    fixable: true,
  },
  (tree, file) => {
    const { page } = ladderContext(tree, file);
    if (page.kind !== 'level') return;
    const source = String(file);
    const lines = source.split(/\r?\n/);
    const place = location(file);
    // The marker the line lost: that of the list it belongs to, when the list is a bullet list
    // at the start of the line (a nested or numbered list would need more than a marker).
    const markerOf = (list: List | undefined): string | undefined => {
      const start = list?.position?.start;
      if (!list || list.ordered || start?.column !== 1 || start.offset === undefined) return undefined;
      const marker = source[start.offset];
      return marker === '-' || marker === '*' || marker === '+' ? marker : undefined;
    };
    const report = (line: number, text: string, list: List | undefined) => {
      const message = reportLostMarker(file, line, text);
      const marker = markerOf(list);
      const offset = place.toOffset({ line, column: 1 });
      if (marker && offset !== undefined && /^\S/.test(text))
        attachFix(message, fixOf(source, [offset, offset], `${marker} `));
    };

    visit(tree, 'list', (list: List) => {
      for (const item of list.children) lostInItem(item, list);
    });

    function lostInItem(item: ListItem, list: List): void {
      const paragraph = item.children[0];
      if (paragraph?.type !== 'paragraph' || !paragraph.position || !item.position) return;
      const start = paragraph.position.start.line;
      for (let line = start + 1; line <= paragraph.position.end.line; line++) {
        const text = lines[line - 1] ?? '';
        const previous = lines[line - 2] ?? '';
        // Only an unindented line after a finished sentence is a lost bullet; wrapped text is indented.
        if (/^\S/.test(text) && sentenceEnd.test(previous) && bulletLike.test(text)) report(line, text, list);
      }
    }

    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      if (!parent || index === undefined || parent.type === 'listItem' || !paragraph.position) return;
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      if (before?.type !== 'list' && after?.type !== 'list') return;
      const line = paragraph.position.start.line;
      const text = lines[line - 1] ?? '';
      if (bulletLike.test(text) && before?.type === 'list') report(line, text, before);
    });
  },
);

function reportLostMarker(file: VFile, line: number, text: string) {
  const message = file.message(
    'This line lost its "- " list marker, so GitHub does not show it as a bullet of its own. Start it with "- ".',
    { place: { start: { line, column: 1 }, end: { line, column: text.length + 1 } } },
  );
  message.expected = [`- ${text}`];
  return message;
}

export default ladderLostListMarker;
