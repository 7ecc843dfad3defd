import type { List, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Point, Position } from 'unist';
import type { SafeMatch, SafePattern, Span } from '../config/safe-pattern.ts';
import type { Positions } from '../text/positions.ts';
import type { MetadataField } from './ladder-page.ts';
import { append } from '../append.ts';

/**
 * Readers for the fields other organisations' ladders write outside `- **Label**: value`
 * bullets: label lines, tables, axis steps, configured patterns and front matter. Each is a pure
 * function of the tree (or lines) and the file's text, and gives fields positioned on the label's
 * and the value's own characters, without the emphasis markers or colon around them.
 */

/** Where a field was written; the lead widens `MetadataField['form']` to this. */
export type FieldForm = 'list' | 'paragraph' | 'label-line' | 'table' | 'step' | 'pattern' | 'front-matter';

export type Place = Positions;

/** One line of prose and the offset of its first character in the file. */
export interface ProseLine {
  text: string;
  offset: number;
}

/**
 * A pattern with named groups `value` and, unless `label` is given, `label`. Patterns from the
 * configuration are SafePatterns (linear time); a RegExp, from code, may also be given.
 */
export interface FieldPattern {
  regex: RegExp | SafePattern;
  label?: string;
}

/** A step of an axis scale, keyed by its lower-cased name: `adopts` → `{ label: 'Technology' }`. */
export type StepScale = Map<string, { label: string }>;

/** Where a front-matter key and its value sit in the file. */
export type FrontMatterSpans = (
  key: string,
) => { keyOffset: number; valueOffset: number; valueEnd: number } | undefined;

/** A character of a label or value and the source range it was read from. */
interface Glyph {
  ch: string;
  at: number;
  to: number;
  /** The index of the top-level inline node it came from, for label lines. */
  owner: number;
}

const maxLabelLength = 60;

// ---------------------------------------------------------------------------------------------
// Label lines: `**Label:** value`, `**Label**: value`, `*Label:* value`, `_Label: value_`.

export function readLabelLines(nodes: RootContent[], source: string, place: Place): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph') continue;
    if (!node.children.some((child) => child.type === 'strong' || child.type === 'emphasis')) continue;
    const glyphs = paragraphGlyphs(node, source);
    for (const line of splitGlyphLines(glyphs)) {
      const field = readLabelLine(line, node, source, place);
      if (field) fields.push(field);
    }
  }
  return fields;
}

function paragraphGlyphs(paragraph: Paragraph, source: string): Glyph[] {
  const glyphs: Glyph[] = [];
  paragraph.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
  return glyphs;
}

function readLabelLine(
  line: Glyph[],
  paragraph: Paragraph,
  source: string,
  place: Place,
): MetadataField | undefined {
  const trimmed = trimGlyphs(line);
  const first = trimmed[0];
  if (!first) return undefined;
  const head = paragraph.children[first.owner];
  if (head?.type !== 'strong' && head?.type !== 'emphasis') return undefined;
  const headLength = trimmed.findIndex((glyph) => glyph.owner !== first.owner);
  const inside = trimmed.slice(0, headLength === -1 ? trimmed.length : headLength);
  const after = trimmed.slice(inside.length);
  const insideText = textOf(trimGlyphs(inside));
  const afterText = textOf(after);
  let split: { label: Glyph[]; value: Glyph[] } | undefined;
  if (insideText.endsWith(':')) {
    split = { label: trimGlyphs(inside).slice(0, -1), value: after };
  } else if (/^\s*:/.test(afterText)) {
    split = { label: inside, value: after.slice(afterText.indexOf(':') + 1) };
  } else if (head.type === 'emphasis' && after.every((glyph) => /\s/.test(glyph.ch))) {
    // `_Label: value_`; a whole bold line with a colon is more often a title (`**L4: Lead**`).
    split = splitAtColon(inside);
  }
  if (!split || trimGlyphs(split.label).length > maxLabelLength) return undefined;
  const headStart = head.position?.start.offset;
  const lineStart =
    headStart !== undefined && headStart >= lineStartOf(source, first.at) ? headStart : first.at;
  const lastOwner = paragraph.children[trimmed.at(-1)?.owner ?? first.owner];
  const lineEnd = lineEndOf(source, trimmed.at(-1)?.to ?? first.to);
  const ownerEnd = lastOwner?.position?.end.offset;
  const end = ownerEnd !== undefined && ownerEnd <= lineEnd ? ownerEnd : (trimmed.at(-1)?.to ?? first.to);
  return makeField(split.label, split.value, 'label-line', place, { start: lineStart, end });
}

function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(source: string, offset: number): number {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end;
}

// ---------------------------------------------------------------------------------------------
// Tables: GFM tables and raw HTML tables.

export function readTableFields(nodes: RootContent[], source: string, place: Place): MetadataField[] {
  const fields: MetadataField[] = [];
  const bound = nodes.at(-1)?.position?.end.offset ?? source.length;
  let consumed = 0;
  for (const node of nodes) {
    if (node.type === 'table') {
      append(fields, gfmTableFields(node, source, place));
      continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type !== 'html' || start === undefined || end === undefined || end <= consumed) continue;
    const scan = scanHtmlTables(source, Math.max(start, consumed), end, bound);
    consumed = Math.max(consumed, scan.consumed);
    for (const table of scan.tables) {
      for (const row of table) {
        if (row.every((cell) => cell.header)) continue;
        fields.push(
          ...rowFields(
            row.map((cell) => htmlGlyphs(source, cell.start, cell.end)),
            place,
          ),
        );
      }
    }
  }
  return fields;
}

/** The header row holds column headings; the body rows hold the fields. */
function gfmTableFields(table: Table, source: string, place: Place): MetadataField[] {
  return table.children.slice(1).flatMap((row) =>
    rowFields(
      row.children.map((cell) => {
        const glyphs: Glyph[] = [];
        cell.children.forEach((child, index) => phrasingGlyphs(child, source, index, glyphs));
        return glyphs;
      }),
      place,
    ),
  );
}

/**
 * Cells written `Label: value` are fields; failing any, a row of two cells is one, labelled by
 * the first line of its first cell (before any parenthesised note).
 */
function rowFields(cells: Glyph[][], place: Place): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const cell of cells) {
    const split = splitAtColon(collapse(cell, true));
    const field = split && makeField(split.label, collapse(split.value, false), 'table', place);
    if (field) fields.push(field);
  }
  const [first, second] = cells;
  if (fields.length > 0 || cells.length !== 2 || !first || !second) return fields;
  const firstLine = collapse(first, true);
  const lineEnd = firstLine.findIndex((glyph) => glyph.ch === '\n');
  let label = firstLine.slice(0, lineEnd === -1 ? firstLine.length : lineEnd);
  const note = label.findIndex((glyph) => glyph.ch === '(');
  if (note !== -1) label = label.slice(0, note);
  label = trimGlyphs(label, ' *_');
  if (label.at(-1)?.ch === ':') label = trimGlyphs(label.slice(0, -1), ' *_');
  const value = collapse(second, false);
  const field = makeField(label, value, 'table', place);
  return field ? [field] : [];
}

interface RawCell {
  start: number;
  end: number;
  header: boolean;
}

/** `<tag …>` or `</tag>`, read from where the scanner stands. */
const htmlTag = /<(\/?)([a-z][a-z\d]*)\b[^>]*>/iy;

/**
 * Finds the HTML tables that open in `from`–`to` and reads their rows and cells from the file's
 * text, not from the tree: a blank line inside a table splits it into several HTML nodes with
 * Markdown between them, and a table runs on to `bound` when `</table>` is missing.
 */
function scanHtmlTables(
  source: string,
  from: number,
  to: number,
  bound: number,
): { tables: RawCell[][][]; consumed: number } {
  const tables: RawCell[][][] = [];
  let rows: RawCell[][] | undefined;
  let row: RawCell[] | undefined;
  let cell: { start: number; header: boolean } | undefined;
  let depth = 0;
  const closeCell = (at: number) => {
    if (cell) (row ??= []).push({ ...cell, end: at });
    cell = undefined;
  };
  const closeRow = (at: number) => {
    closeCell(at);
    if (row?.length) rows?.push(row);
    row = undefined;
  };
  let index = from;
  while (index < (rows ? bound : to)) {
    const open = source.indexOf('<', index);
    if (open === -1 || open >= (rows ? bound : to)) break;
    if (source.startsWith('<!--', open)) {
      const close = source.indexOf('-->', open + 4);
      index = close === -1 ? bound : close + 3;
      continue;
    }
    htmlTag.lastIndex = open;
    const tag = htmlTag.exec(source);
    index = tag ? open + tag[0].length : open + 1;
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (name === 'table') {
      depth += closing ? -1 : 1;
      if (!rows && !closing) {
        rows = [];
        depth = 1;
      } else if (rows && depth === 0) {
        closeRow(open);
        tables.push(rows);
        rows = undefined;
      }
      continue;
    }
    if (!rows || depth > 1) continue;
    if (name === 'tr' || name === 'thead' || name === 'tbody' || name === 'tfoot') {
      closeRow(open);
    } else if (name === 'td' || name === 'th') {
      closeCell(open);
      if (!closing) cell = { start: index, header: name === 'th' };
    }
  }
  if (rows) {
    closeRow(bound);
    tables.push(rows);
    index = bound;
  }
  return { tables, consumed: index };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ' };
const entity = /&(amp|lt|gt|nbsp);/iy;
const lineBreakTag = /<br\s*\/?>/iy;

/** The text of an HTML cell: tags and comments dropped, `<br>` a line break, a few entities decoded. */
function htmlGlyphs(source: string, start: number, end: number): Glyph[] {
  const glyphs: Glyph[] = [];
  let index = start;
  while (index < end) {
    const ch = source[index] ?? '';
    if (ch === '<') {
      lineBreakTag.lastIndex = index;
      const br = lineBreakTag.exec(source);
      if (br) {
        glyphs.push({ ch: '\n', at: index, to: index + br[0].length, owner: 0 });
        index += br[0].length;
        continue;
      }
      const comment = source.startsWith('<!--', index) ? source.indexOf('-->', index) : -1;
      htmlTag.lastIndex = index;
      const tagEnd = comment === -1 ? index + (htmlTag.exec(source)?.[0].length ?? 0) : comment + 3;
      if (tagEnd > index && tagEnd <= end) {
        index = tagEnd;
        continue;
      }
    }
    if (ch === '&') {
      entity.lastIndex = index;
      const match = entity.exec(source);
      if (match) {
        const decoded = entities[(match[1] ?? '').toLowerCase()] ?? '';
        glyphs.push({ ch: decoded, at: index, to: index + match[0].length, owner: 0 });
        index += match[0].length;
        continue;
      }
    }
    glyphs.push({ ch, at: index, to: index + 1, owner: 0 });
    index += 1;
  }
  return glyphs;
}

// ---------------------------------------------------------------------------------------------
// Steps: `* **Adopts**: …`, where the bold word is a step of an axis scale.

export function readStepFields(
  nodes: RootContent[],
  source: string,
  place: Place,
  steps: StepScale,
): MetadataField[] {
  const fields: MetadataField[] = [];
  for (const list of nodes.filter((node): node is List => node.type === 'list')) {
    for (const item of list.children) {
      const paragraph = item.children[0];
      const bold = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      if (bold?.type !== 'strong') continue;
      const glyphs: Glyph[] = [];
      phrasingGlyphs(bold, source, 0, glyphs);
      let text = trimGlyphs(glyphs);
      if (text.at(-1)?.ch === ':') text = trimGlyphs(text.slice(0, -1));
      const step = steps.get(textOf(text).toLowerCase());
      const span = spanOf(text);
      if (!step || !span) continue;
      const position = positionOf(place, span.start, span.end);
      fields.push({
        label: step.label,
        value: textOf(text),
        form: 'step' as MetadataField['form'],
        position: item.position ?? position,
        labelPosition: position,
        valuePosition: position,
      });
    }
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Patterns: `Years of experience: 5+` read by a configured expression.

/**
 * Each line gives the fields of the first pattern that matches it: one, or one per match when
 * the pattern has the `g` flag.
 */
export function readPatternFields(
  lines: ProseLine[],
  patterns: FieldPattern[],
  place: Place,
): MetadataField[] {
  const compiled = patterns.map((pattern) => ({ ...pattern, matches: matcherOf(pattern.regex) }));
  const fields: MetadataField[] = [];
  for (const line of lines) {
    for (const pattern of compiled) {
      const found = pattern.matches(line.text).flatMap((match) => {
        const field = patternField(match, line, pattern.label, place);
        return field ? [field] : [];
      });
      if (found.length > 0) {
        append(fields, found);
        break;
      }
    }
  }
  return fields;
}

/** Every match of a line: one, or one per match for a RegExp with the `g` flag. */
function matcherOf(pattern: RegExp | SafePattern): (text: string) => SafeMatch[] {
  if (!(pattern instanceof RegExp)) {
    return (text) => {
      const match = pattern.exec(text);
      return match ? [match] : [];
    };
  }
  const regex = pattern.hasIndices ? pattern : new RegExp(pattern.source, `${pattern.flags}d`);
  return (text) => {
    regex.lastIndex = 0;
    const matches = regex.global ? [...text.matchAll(regex)] : [regex.exec(text)];
    return matches.flatMap((match) => {
      const span = match?.indices?.[0];
      if (!match || !span) return [];
      const spans: Record<string, Span | undefined> = { ...match.indices?.groups };
      return [{ text: match[0], index: span[0], span, groups: { ...match.groups }, spans }];
    });
  };
}

function patternField(
  match: SafeMatch,
  line: ProseLine,
  fixedLabel: string | undefined,
  place: Place,
): MetadataField | undefined {
  const valueSpan = match.spans.value;
  const matchSpan = match.span;
  if (!valueSpan) return undefined;
  const whole = trimGlyphs(unitGlyphs(line, matchSpan[0], matchSpan[1]));
  const labelSpan = match.spans.label;
  let label = labelSpan
    ? unitGlyphs(line, labelSpan[0], labelSpan[1])
    : trimGlyphs(unitGlyphs(line, matchSpan[0], valueSpan[0]), ':');
  if (!labelSpan && fixedLabel === undefined) return undefined;
  if (trimGlyphs(label).length === 0) label = whole;
  const field = makeField(
    label,
    unitGlyphs(line, valueSpan[0], valueSpan[1]),
    'pattern',
    place,
    spanOf(whole),
  );
  if (field && fixedLabel !== undefined) field.label = fixedLabel;
  return field;
}

/** The UTF-16 code units `start`–`end` of a line, each at its offset in the file. */
function unitGlyphs(line: ProseLine, start: number, end: number): Glyph[] {
  const glyphs: Glyph[] = [];
  for (let index = start; index < end; index++) {
    const at = line.offset + index;
    glyphs.push({ ch: line.text[index] ?? '', at, to: at + 1, owner: 0 });
  }
  return glyphs;
}

// ---------------------------------------------------------------------------------------------
// Front matter.

/**
 * A field per key in `keys` (matched without regard to case), or, without `keys`, per key whose
 * value is a number or a string under 40 characters. Keys the spans do not place are left out.
 */
export function readFrontMatterFields(
  data: Record<string, unknown>,
  spans: FrontMatterSpans,
  place: Place,
  keys?: string[],
): MetadataField[] {
  const wanted = keys?.map((key) => key.toLowerCase());
  const fields: MetadataField[] = [];
  for (const [key, raw] of Object.entries(data)) {
    const value = wanted ? listedValue(raw) : defaultValue(raw);
    if (value === undefined || (wanted && !wanted.includes(key.toLowerCase()))) continue;
    const span = spans(key);
    if (!span) continue;
    fields.push({
      label: key,
      value,
      form: 'front-matter' as MetadataField['form'],
      position: positionOf(place, span.keyOffset, span.valueEnd),
      labelPosition: positionOf(place, span.keyOffset, span.keyOffset + key.length),
      valuePosition: positionOf(place, span.valueOffset, span.valueEnd),
    });
  }
  return fields;
}

function defaultValue(raw: unknown): string | undefined {
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'string' && raw.length < 40) return raw;
  return undefined;
}

function listedValue(raw: unknown): string | undefined {
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw) && raw.every((item) => ['string', 'number', 'boolean'].includes(typeof item)))
    return raw.map(String).join(', ');
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Glyphs: text that remembers where each character came from.

/** The text of inline nodes; a break or `<br>` is a line break, other HTML is dropped. */
function phrasingGlyphs(node: PhrasingContent, source: string, owner: number, out: Glyph[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === 'break' && start !== undefined && end !== undefined) {
    out.push({ ch: '\n', at: start, to: end, owner });
  } else if (node.type === 'html' && start !== undefined && end !== undefined) {
    if (/^<br\s*\/?>$/i.test(node.value)) out.push({ ch: '\n', at: start, to: end, owner });
  } else if (
    (node.type === 'text' || node.type === 'inlineCode') &&
    start !== undefined &&
    end !== undefined
  ) {
    alignText(node.value, start, end, source, owner, out);
  } else if ('children' in node) {
    for (const child of node.children) phrasingGlyphs(child, source, owner, out);
  }
}

const anyEntity = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy;

/**
 * Places each character of a text node's value in the file: the value lacks the escapes,
 * entities, backticks and continuation indents the source has, so those are stepped over.
 */
function alignText(value: string, start: number, end: number, source: string, owner: number, out: Glyph[]) {
  if (source.slice(start, end) === value) {
    for (let index = 0; index < value.length; index++)
      out.push({ ch: value[index] ?? '', at: start + index, to: start + index + 1, owner });
    return;
  }
  let at = start;
  for (const ch of value) {
    while (at < end && source[at] !== ch && source[at] !== '&' && /[\s`\\]/.test(source[at] ?? '')) at++;
    if (at < end && source[at] === ch) {
      out.push({ ch, at, to: at + 1, owner });
      at += 1;
      continue;
    }
    anyEntity.lastIndex = at;
    const match = at < end && source[at] === '&' ? anyEntity.exec(source) : null;
    if (match) {
      out.push({ ch, at, to: at + match[0].length, owner });
      at += match[0].length;
    } else {
      out.push({ ch, at: Math.min(at, end - 1), to: Math.min(at + 1, end), owner });
    }
  }
}

function splitGlyphLines(glyphs: Glyph[]): Glyph[][] {
  const lines: Glyph[][] = [[]];
  for (const glyph of glyphs) {
    if (glyph.ch === '\n') lines.push([]);
    else lines.at(-1)?.push(glyph);
  }
  return lines;
}

function textOf(glyphs: Glyph[]): string {
  return glyphs.map((glyph) => glyph.ch).join('');
}

function trimGlyphs(glyphs: Glyph[], strip = ''): Glyph[] {
  const drop = (glyph: Glyph | undefined) =>
    glyph !== undefined && (/\s/.test(glyph.ch) || strip.includes(glyph.ch));
  let start = 0;
  let end = glyphs.length;
  while (start < end && drop(glyphs[start])) start++;
  while (end > start && drop(glyphs[end - 1])) end--;
  return glyphs.slice(start, end);
}

/** Runs of white space become one space, or one line break when they hold one and `lines` is set. */
function collapse(glyphs: Glyph[], lines: boolean): Glyph[] {
  const out: Glyph[] = [];
  for (const glyph of trimGlyphs(glyphs)) {
    const last = out.at(-1);
    if (!/\s/.test(glyph.ch)) out.push(glyph);
    else if (last && /\s/.test(last.ch)) {
      if (lines && glyph.ch === '\n') out[out.length - 1] = { ...last, ch: '\n' };
    } else out.push({ ...glyph, ch: lines && glyph.ch === '\n' ? '\n' : ' ' });
  }
  return out;
}

/** `Label: value`, the colon followed by white space; the label short and on one line. */
function splitAtColon(glyphs: Glyph[]): { label: Glyph[]; value: Glyph[] } | undefined {
  const text = textOf(glyphs);
  const colon = /:\s/.exec(text)?.index;
  if (colon === undefined) return undefined;
  const label = trimGlyphs(glyphs.slice(0, colon), ' *_');
  const value = trimGlyphs(glyphs.slice(colon + 1), ' *_');
  if (label.length === 0 || label.length > maxLabelLength || textOf(label).includes('\n')) return undefined;
  return value.length > 0 ? { label, value } : undefined;
}

function spanOf(glyphs: Glyph[]): { start: number; end: number } | undefined {
  const first = glyphs[0];
  const last = glyphs.at(-1);
  return first && last ? { start: first.at, end: last.to } : undefined;
}

function makeField(
  labelGlyphs: Glyph[],
  valueGlyphs: Glyph[],
  form: FieldForm,
  place: Place,
  whole?: { start: number; end: number },
): MetadataField | undefined {
  const label = trimGlyphs(labelGlyphs);
  const value = trimGlyphs(valueGlyphs);
  const labelSpan = spanOf(label);
  const valueSpan = spanOf(value);
  if (!labelSpan || !valueSpan) return undefined;
  const span = whole ?? { start: labelSpan.start, end: valueSpan.end };
  return {
    label: textOf(label),
    value: textOf(value),
    form: form as MetadataField['form'],
    position: positionOf(place, span.start, span.end),
    labelPosition: positionOf(place, labelSpan.start, labelSpan.end),
    valuePosition: positionOf(place, valueSpan.start, valueSpan.end),
  };
}

function positionOf(place: Place, start: number, end: number): Position {
  return { start: pointAt(place, start), end: pointAt(place, end) };
}

function pointAt(place: Place, offset: number): Point {
  return place.toPoint(offset) ?? { line: 1, column: offset + 1, offset };
}
