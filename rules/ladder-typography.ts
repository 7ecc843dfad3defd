/**
 * ladder-typography: slips in a page's source that a reader or another tool trips on: two spaces
 * inside a sentence, doubled punctuation (`::`, `,,`, `..`), a backslash-escaped quote left in
 * prose (`team\'s`), and a byte-order mark at the start of the file.
 * Docs and examples: docs/rules/ladder-typography.md.
 */
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { barrier, proseMask } from '../src/text/prose.ts';
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
const escapedQuote = /\\(['"])/g;

const ladderTypography = definePageRule(
  {
    id: 'ladder-typography',
    description:
      'No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.',
    defaultSeverity: 'warn',
    scope: 'page',
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = location(file);
    const report = (startOffset: number, endOffset: number, reason: string, expected?: string) => {
      const start = place.toPoint(startOffset);
      const end = place.toPoint(endOffset);
      if (!start || !end) return;
      const message = file.message(reason, { place: { start, end } });
      message.actual = source.slice(startOffset, endOffset);
      if (expected !== undefined) message.expected = [expected];
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
      );
    }

    for (const match of source.matchAll(escapedQuote)) {
      // A backslash escape in text is blanked in the prose; in code it is a barrier and left alone.
      if (prose[match.index] !== ' ' || prose[match.index] === barrier) continue;
      const quote = match[1] ?? "'";
      report(
        match.index,
        match.index + 2,
        `"\\${quote}" is a quote escaped with a backslash, left from copying out of code or a spreadsheet. Write ${quote === "'" ? `"'"` : `'"'`} without the backslash.`,
        quote,
      );
    }
  },
);

export default ladderTypography;
