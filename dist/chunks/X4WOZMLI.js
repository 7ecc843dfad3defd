#!/usr/bin/env node
import {
  attachFix,
  fixOf
} from "./A7GFOY4H.js";
import {
  proseMask
} from "./PCFQXBNT.js";
import {
  visit
} from "./AUYJIZVL.js";
import {
  definePageRule
} from "./SLYHWU2C.js";

// rules/ladder-typography.ts
import { location } from "vfile-location";
var doubleSpace = / {2,}/g;
var textCharacter = /[\p{L}\p{N},;)\]"'’”%]/u;
var doubledPunctuation = /(?<=[\p{L}\p{N})"'’”])(?:(?<![,;:])([,;:])\1(?![,;:\p{L}\p{N}])|(?<!\.)\.\.(?=[\s\0"'’”)]|$))/gu;
var escapedQuote = /(?<!\\)(?:\\\\)*(\\(['"]))/g;
var ladderTypography = definePageRule(
  {
    id: "ladder-typography",
    description: "No doubled spaces or punctuation in a sentence, escaped quotes in prose, or byte-order mark.",
    defaultSeverity: "warn",
    scope: "page",
    fixable: true
  },
  (tree, file) => {
    const source = String(file.value);
    const prose = proseMask(tree, source);
    const place = location(file);
    const report = (startOffset, endOffset, reason, expected, fix) => {
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
        { place: { line: 1, column: 1 } }
      );
    }
    const tables = [];
    visit(tree, "table", (table) => {
      const start = table.position?.start.offset;
      const end = table.position?.end.offset;
      if (start !== void 0 && end !== void 0) tables.push([start, end]);
    });
    const inTable = (offset) => tables.some(([start, end]) => offset >= start && offset < end);
    for (const match of source.matchAll(doubleSpace)) {
      const start = match.index;
      const end = start + match[0].length;
      const before = source[start - 1] ?? "";
      const after = source[end] ?? "";
      if (prose[start - 1] !== before || prose[end] !== after || prose[start] !== " ") continue;
      if (!textCharacter.test(before) || !/[\p{L}\p{N}("'‘“]/u.test(after) || inTable(start)) continue;
      let from = start;
      while (from > start - 40 && /\S/.test(source[from - 1] ?? " ") && prose[from - 1] === source[from - 1])
        from--;
      let to = end;
      while (to < end + 40 && /\S/.test(source[to] ?? " ") && prose[to] === source[to]) to++;
      const written = `${source.slice(from, start)} ${source.slice(end, to)}`;
      report(
        from,
        to,
        `There are ${match[0].length} spaces in "${source.slice(from, to)}". Write one: "${written}".`,
        written,
        // Only the run of spaces is replaced, not the words the finding shows around it.
        fixOf(source, [start, end], " ", match[0])
      );
    }
    for (const match of prose.matchAll(doubledPunctuation)) {
      const mark = match[0];
      if (source.slice(match.index, match.index + mark.length) !== mark) continue;
      const single = mark.charAt(0);
      const name = { ",": "comma", ";": "semicolon", ":": "colon", ".": "full stop" }[single];
      report(
        match.index,
        match.index + mark.length,
        `"${mark}" is a doubled ${name ?? "mark"}. Write one "${single}".`,
        single,
        fixOf(source, [match.index, match.index + mark.length], single, mark)
      );
    }
    const linkParts = [];
    visit(tree, (node) => {
      if (node.type !== "link" && node.type !== "image" && node.type !== "definition") return;
      const start = node.type === "link" ? node.children.at(-1)?.position?.end.offset ?? node.position?.start.offset : node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== void 0 && end !== void 0) linkParts.push([start, end]);
    });
    const inLinkPart = (offset) => linkParts.some(([start, end]) => offset >= start && offset < end);
    for (const match of source.matchAll(escapedQuote)) {
      const at = match.index + match[0].length - 2;
      if (prose[at] !== " " || inLinkPart(at)) continue;
      const quote = match[2] ?? "'";
      report(
        at,
        at + 2,
        `"\\${quote}" is a quote escaped with a backslash, left from copying out of code or a spreadsheet. Write ${quote === "'" ? `"'"` : `'"'`} without the backslash.`,
        quote,
        fixOf(source, [at, at + 2], quote, match[1])
      );
    }
  }
);
var ladder_typography_default = ladderTypography;

export {
  ladder_typography_default
};
