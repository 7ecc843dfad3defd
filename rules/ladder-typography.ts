/**
 * ladder-typography: slips in a page's source that a reader or another tool trips on: two spaces
 * inside a sentence, doubled punctuation (`::`, `,,`, `..`), a backslash-escaped quote left in
 * prose (`team\'s`), and a byte-order mark at the start of the file. `--fix` writes one space,
 * one mark and the quote without its backslash; a byte-order mark is left to the editor.
 * Docs and examples: docs/rules/ladder-typography.md.
 */
import { location } from 'vfile-location';
import { visit } from '../src/model/walk.ts';
import { attachFix, type Fix, fixOf } from '../src/findings/fix.ts';
import { proseMask } from '../src/text/prose.ts';
import { definePageRule } from '../src/rule-api/define-rule.ts';

declare module 'vfile' {
  interface DataMap {
    /** The file started with a byte-order mark, which is dropped before the page is parsed. */
    byteOrderMark: boolean;
  }
}

/** Two or more spaces between two characters of a sentence; not after its end (". "). */
const doubleSpace = / {2,}/g;
const textCharacter = /[\p{L}\p{N},;)\]"'’”%]/u;
/** A doubled comma, semicolon or colon, or two full stops that are not an ellipsis. */
const doubledPunctuation =
  /(?<=[\p{L}\p{N})"'’”])(?:(?<![,;:])([,;:])\1(?![,;:\p{L}\p{N}])|(?<!\.)\.\.(?=[\s\0"'’”)]|$))/gu;
/** A backslash and a quote, where the backslash is not itself escaped (`\\'` is a backslash and a quote). */
const escapedQuote = /(?<!\\)(?:\\\\)*(\\(['"]))/g;

const ladderTypography = definePageRule(
  {
    id: 'ladder-typography',
    description:
      'No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.',
    defaultSeverity: 'warn',
    scope: 'page',
    fixable: true,
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = location(file);
    const report = (startOffset: number, endOffset: number, reason: string, expected: string, fix?: Fix) => {
      const start = place.toPoint(startOffset);
      const end = place.toPoint(endOffset);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = source.slice(startOffset, endOffset);
      message.expected = [expected];
      attachFix(message, fix);
    };

    if (file.data.byteOrderMark) {
      file.message(
        'This file starts with an invisible byte-order mark. GitHub hides it, but other tools read it as text. Save the file as "UTF-8" without BOM.',
        { place: { line: 1, column: 1 } },
      );
    }

    // Tables line their cells up with spaces; their text is not checked for spacing.
    const tables: Array<[number, number]> = [];
    visit(tree, 'table', (table) => {
      const start = table.position?.start.offset;
      const end = table.position?.end.offset;
      if (start !== undefined && end !== undefined) tables.push([start, end]);
    });
    const inTable = (offset: number) => tables.some(([start, end]) => offset >= start && offset < end);

    for (const match of source.matchAll(doubleSpace)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = source[start - 1] ?? '';
      const after = source[end] ?? '';
      // Both neighbours are text of the sentence itself, not markup, a line start or a sentence end.
      if (prose[start - 1] !== before || prose[end] !== after || prose[start] !== ' ') continue;
      if (!textCharacter.test(before) || !/[\p{L}\p{N}("'‘“]/u.test(after) || inTable(start)) continue;
      // The finding shows the words on both sides, so the place is easy to find.
      let from = start;
      while (from > start - 40 && /\S/.test(source[from - 1] ?? ' ') && prose[from - 1] === source[from - 1])
        from--;
      let to = end;
      while (to < end + 40 && /\S/.test(source[to] ?? ' ') && prose[to] === source[to]) to++;
      const written = `${source.slice(from, start)} ${source.slice(end, to)}`;
      report(
        from,
        to,
        `There are ${match[0].length} spaces in "${source.slice(from, to)}". Write one: "${written}".`,
        written,
        // Only the run of spaces is replaced, not the words the finding shows around it.
        fixOf(source, [start, end], ' ', match[0]),
      );
    }

    for (const match of prose.matchAll(doubledPunctuation)) {
      const mark = match[0];
      if (source.slice(match.index, match.index + mark.length) !== mark) continue;
      const single = mark.charAt(0);
      const name = { ',': 'comma', ';': 'semicolon', ':': 'colon', '.': 'full stop' }[single];
      report(
        match.index,
        match.index + mark.length,
        `"${mark}" is a doubled ${name ?? 'mark'}. Write one "${single}".`,
        single,
        fixOf(source, [match.index, match.index + mark.length], single, mark),
      );
    }

    // A link's address and title, an image and a link definition may need their escapes: in
    // `[a](url "say \"hi\"")` the backslashes keep the title whole. Link text is still checked.
    const linkParts: Array<[number, number]> = [];
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const start =
        node.type === 'link'
          ? (node.children.at(-1)?.position?.end.offset ?? node.position?.start.offset)
          : node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) linkParts.push([start, end]);
    });
    const inLinkPart = (offset: number) => linkParts.some(([start, end]) => offset >= start && offset < end);

    for (const match of source.matchAll(escapedQuote)) {
      // A backslash escape in text is blanked in the prose; in code it is a barrier and left alone.
      const at = match.index + match[0].length - 2;
      if (prose[at] !== ' ' || inLinkPart(at)) continue;
      const quote = match[2] ?? "'";
      report(
        at,
        at + 2,
        `"\\${quote}" is a quote escaped with a backslash, left from copying out of code or a spreadsheet. Write ${quote === "'" ? `"'"` : `'"'`} without the backslash.`,
        quote,
        fixOf(source, [at, at + 2], quote, match[1]),
      );
    }
  },
);

export default ladderTypography;
